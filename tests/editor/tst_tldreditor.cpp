// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "testarticles.h"
#include "testmain.h"
#include "tldreditor.h"

#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {
const QString kTlDr = u"s1a2b3c01"_s;
}

// The TL;DR editor: a line per bullet, driven from the keyboard and the mouse.
class TestTlDrEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void showsEveryBullet();
    void enterStartsTheNextBulletAndFocusesIt_data();
    void enterStartsTheNextBulletAndFocusesIt();
    void backspaceOnAnEmptyBulletRemovesIt();
    void backspaceAtTheStartJoinsTheBulletAbove();
    void altUpAndDownMoveTheBulletAndUndoRestores();
    void draggingTheGripMovesTheBullet();
    void typingInABulletUndoesWordByWord();
    void addAndRemoveButtons();
    void upAndDownStepBetweenBullets();
    void longBulletsWrapAndLineBreaksBecomeSpaces();
    void tabWalksTheBulletsInOrder();
    void revealSelectsTheBulletText();
    void everyControlHasAnAccessibleName();

private:
    QStringList bullets() const { return m_doc->section(kTlDr)->bullets; }
    QStringList shownBullets() const;
    /// Puts the cursor at `position` (-1: the end) of bullet `index` and returns its field.
    QPlainTextEdit *focusBullet(int index, int position = -1);
    static int cursorAt(const QPlainTextEdit *edit) { return edit->textCursor().position(); }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<TlDrEditor> m_editor;
    QStringList m_original;
};

void TestTlDrEditor::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::sampleArticle());
    m_original = bullets();
    QVERIFY(m_original.size() >= 3);
    m_editor = std::make_unique<TlDrEditor>(m_doc.get());
    m_editor->resize(700, 400);
    m_editor->showSection(kTlDr);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

QStringList TestTlDrEditor::shownBullets() const
{
    QStringList shown;
    for (int i = 0; i < m_editor->bulletCount(); ++i)
        shown.append(m_editor->bulletEdit(i)->toPlainText());
    return shown;
}

QPlainTextEdit *TestTlDrEditor::focusBullet(int index, int position)
{
    QPlainTextEdit *edit = m_editor->bulletEdit(index);
    edit->setFocus();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(position < 0 ? int(edit->toPlainText().size()) : position);
    edit->setTextCursor(cursor);
    return edit;
}

void TestTlDrEditor::showsEveryBullet()
{
    QCOMPARE(shownBullets(), m_original);
    QCOMPARE(m_editor->headingEdit()->text(), m_doc->section(kTlDr)->heading);
}

void TestTlDrEditor::enterStartsTheNextBulletAndFocusesIt_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("at the end") << -1;
    QTest::newRow("in the middle") << 11; // "The aim is |a model..."
    QTest::newRow("at the start") << 0;
}

void TestTlDrEditor::enterStartsTheNextBulletAndFocusesIt()
{
    QFETCH(int, position);
    const QString text = m_original.at(1);
    const int split = position < 0 ? int(text.size()) : position;
    QPlainTextEdit *edit = focusBullet(1, position);
    QTest::keyClick(edit, Qt::Key_Return);

    QStringList expected = m_original;
    expected[1] = text.left(split);
    expected.insert(2, text.mid(split));
    QCOMPARE(bullets(), expected);
    QCOMPARE(shownBullets(), expected);
    QPlainTextEdit *next = m_editor->bulletEdit(2);
    QVERIFY(next->hasFocus());
    QCOMPARE(cursorAt(next), 0);

    // What is typed next goes into the new bullet.
    QTest::keyClicks(next, u"New "_s);
    expected[2] = u"New "_s + text.mid(split);
    QCOMPARE(bullets(), expected);
    // Undo takes back the typing, then the split.
    QTest::keySequence(next, QKeySequence::Undo);
    QTest::keySequence(next, QKeySequence::Undo);
    QCOMPARE(bullets(), m_original);
    QCOMPARE(shownBullets(), m_original);
}

void TestTlDrEditor::backspaceOnAnEmptyBulletRemovesIt()
{
    QPlainTextEdit *last = focusBullet(2);
    QTest::keyClick(last, Qt::Key_Return);
    QCOMPARE(bullets().size(), m_original.size() + 1);
    QPlainTextEdit *empty = m_editor->bulletEdit(3);
    QVERIFY(empty->hasFocus());

    QTest::keyClick(empty, Qt::Key_Backspace);
    QCOMPARE(bullets(), m_original);
    QCOMPARE(m_editor->bulletCount(), int(m_original.size()));
    // The cursor goes back to the end of the bullet above.
    QVERIFY(last->hasFocus());
    QCOMPARE(cursorAt(last), int(m_original.at(2).size()));

    // Backspace in a bullet with text only deletes a character.
    QTest::keyClick(last, Qt::Key_Backspace);
    QCOMPARE(bullets().size(), m_original.size());
    QCOMPARE(bullets().at(2), m_original.at(2).chopped(1));
}

void TestTlDrEditor::backspaceAtTheStartJoinsTheBulletAbove()
{
    QPlainTextEdit *second = focusBullet(1, 0);
    QTest::keyClick(second, Qt::Key_Backspace);
    QStringList expected = m_original;
    expected[0] += expected.takeAt(1);
    QCOMPARE(bullets(), expected);
    QPlainTextEdit *first = m_editor->bulletEdit(0);
    QVERIFY(first->hasFocus());
    QCOMPARE(cursorAt(first), int(m_original.at(0).size()));
    m_doc->undoStack()->undo();
    QCOMPARE(shownBullets(), m_original);
}

void TestTlDrEditor::altUpAndDownMoveTheBulletAndUndoRestores()
{
    QPlainTextEdit *edit = focusBullet(1, 5);
    QTest::keyClick(edit, Qt::Key_Up, Qt::AltModifier);
    QStringList expected = {m_original.at(1), m_original.at(0), m_original.at(2)};
    QCOMPARE(bullets(), expected);
    QCOMPARE(shownBullets(), expected);
    // The cursor moves with the bullet.
    QPlainTextEdit *moved = m_editor->bulletEdit(0);
    QVERIFY(moved->hasFocus());
    QCOMPARE(cursorAt(moved), 5);

    // Up at the top changes nothing; Down twice takes it to the end.
    QTest::keyClick(moved, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(bullets(), expected);
    QTest::keyClick(moved, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(m_editor->bulletEdit(1), Qt::Key_Down, Qt::AltModifier);
    expected = {m_original.at(0), m_original.at(2), m_original.at(1)};
    QCOMPARE(bullets(), expected);
    QVERIFY(m_editor->bulletEdit(2)->hasFocus());

    // Each move is one undo step.
    QTest::keySequence(m_editor->bulletEdit(2), QKeySequence::Undo);
    QCOMPARE(bullets(), m_original);
    QTest::keySequence(m_editor->bulletEdit(2), QKeySequence::Undo);
    QTest::keySequence(m_editor->bulletEdit(2), QKeySequence::Undo);
    QCOMPARE(bullets(), m_original);
    QCOMPARE(shownBullets(), m_original);
    QVERIFY(!m_doc->undoStack()->canUndo());
}

void TestTlDrEditor::draggingTheGripMovesTheBullet()
{
    QWidget *grip = m_editor->dragGrip(0);
    QWidget *target = m_editor->dragGrip(2);
    QTest::mousePress(grip, Qt::LeftButton, {}, grip->rect().center());
    // Just below the last bullet: the bullet goes to the end.
    const QPoint below(target->width() / 2, target->height() + 1);
    QTest::mouseMove(target, below);

    QTest::mouseRelease(target, Qt::LeftButton, {}, below);
    const QStringList expected = {m_original.at(1), m_original.at(2), m_original.at(0)};
    QCOMPARE(bullets(), expected);
    QCOMPARE(shownBullets(), expected);
    m_doc->undoStack()->undo();
    QCOMPARE(shownBullets(), m_original);
}

void TestTlDrEditor::typingInABulletUndoesWordByWord()
{
    QPlainTextEdit *edit = focusBullet(0);
    QTest::keyClicks(edit, u" And more words"_s);
    QCOMPARE(bullets().at(0), m_original.at(0) + u" And more words"_s);
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(bullets().at(0), m_original.at(0) + u" And more "_s);
    QCOMPARE(edit->toPlainText(), m_original.at(0) + u" And more "_s);
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(edit->toPlainText(), m_original.at(0) + u" And "_s);
    QTest::keySequence(edit, QKeySequence::Redo);
    QCOMPARE(bullets().at(0), m_original.at(0) + u" And more "_s);
}

void TestTlDrEditor::addAndRemoveButtons()
{
    // From the keyboard: the Add button is in the tab order.
    m_editor->addButton()->setFocus();
    QTest::keyClick(m_editor->addButton(), Qt::Key_Space);
    QCOMPARE(bullets(), m_original + QStringList{QString()});
    QVERIFY(m_editor->bulletEdit(3)->hasFocus());

    QTest::mouseClick(m_editor->removeButton(0), Qt::LeftButton);
    QCOMPARE(bullets(), m_original.mid(1) + QStringList{QString()});
    QCOMPARE(shownBullets(), bullets());
    m_doc->undoStack()->undo();
    QCOMPARE(shownBullets(), m_original + QStringList{QString()});
}

void TestTlDrEditor::upAndDownStepBetweenBullets()
{
    // Down on the last line of a bullet goes on to the first line of the next one.
    QPlainTextEdit *first = focusBullet(0);
    QTest::keyClick(first, Qt::Key_Down);
    QPlainTextEdit *second = m_editor->bulletEdit(1);
    QVERIFY(second->hasFocus());
    QCOMPARE(
        second->textCursor().block().layout()->lineForTextPosition(cursorAt(second)).lineNumber(),
        0);
    // Up on its first line goes back to the last line of the first.
    QTest::keyClick(second, Qt::Key_Up);
    QVERIFY(first->hasFocus());
    QTextCursor probe = first->textCursor();
    QVERIFY(!probe.movePosition(QTextCursor::Down));
    QCOMPARE(bullets(), m_original);
}

void TestTlDrEditor::longBulletsWrapAndLineBreaksBecomeSpaces()
{
    // The editor is narrow enough for the sample's first bullet to take two lines.
    QPlainTextEdit *longBullet = m_editor->bulletEdit(0);
    QTest::keyClick(focusBullet(2), Qt::Key_Return);
    QPlainTextEdit *empty = m_editor->bulletEdit(3);
    QVERIFY(longBullet->height() > empty->height());
    QVERIFY(longBullet->document()->lineCount() > 1);

    QGuiApplication::clipboard()->setText(u"one\ntwo"_s);
    QTest::keySequence(empty, QKeySequence::Paste);
    QCOMPARE(bullets().at(3), u"one two"_s);
    QCOMPARE(empty->toPlainText(), u"one two"_s);
}

void TestTlDrEditor::tabWalksTheBulletsInOrder()
{
    // Bullets made after the editor (Enter) still come before the Add button.
    QTest::keyClick(focusBullet(2), Qt::Key_Return);
    m_editor->headingEdit()->setFocus();
    QList<QWidget *> order;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    const QList<QWidget *> expected = {m_editor->bulletEdit(0), m_editor->bulletEdit(1),
                                       m_editor->bulletEdit(2), m_editor->bulletEdit(3),
                                       m_editor->addButton()};
    QCOMPARE(order, expected);
}

void TestTlDrEditor::revealSelectsTheBulletText()
{
    TextLocation location{kTlDr, TextField::Bullet, 2, 6, 7};
    QVERIFY(m_editor->revealText(location));
    QPlainTextEdit *edit = m_editor->bulletEdit(2);
    QVERIFY(edit->hasFocus());
    QCOMPARE(edit->textCursor().selectedText(), m_original.at(2).mid(6, 7));
    location.index = 7;
    QVERIFY(!m_editor->revealText(location));
    QVERIFY(m_editor->revealText({kTlDr, TextField::Heading, 0, -1, 0}));
    QCOMPARE(m_editor->headingEdit()->selectedText(), m_doc->section(kTlDr)->heading);
}

void TestTlDrEditor::everyControlHasAnAccessibleName()
{
    for (QWidget *widget : m_editor->findChildren<QWidget *>()) {
        const bool control = (widget->focusPolicy() & Qt::TabFocus) ||
                             qobject_cast<QAbstractButton *>(widget) ||
                             widget == m_editor->dragGrip(0);
        if (control && widget->isVisibleTo(m_editor.get()))
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QCOMPARE(m_editor->bulletEdit(1)->accessibleName(), u"Bullet 2"_s);
    QCOMPARE(m_editor->removeButton(1)->accessibleName(), u"Remove bullet 2"_s);
}

QUORUM_TEST_MAIN(TestTlDrEditor)
#include "tst_tldreditor.moc"
