// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "testarticles.h"
#include "tldreditor.h"

#include <QLineEdit>
#include <QPushButton>
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
    void tabWalksTheBulletsInOrder();
    void revealSelectsTheBulletText();
    void everyControlHasAnAccessibleName();

private:
    QStringList bullets() const { return m_doc->section(kTlDr)->bullets; }
    QStringList shownBullets() const;
    /// Puts the cursor at `position` (-1: the end) of bullet `index` and returns its edit.
    QLineEdit *focusBullet(int index, int position = -1);

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
        shown.append(m_editor->bulletEdit(i)->text());
    return shown;
}

QLineEdit *TestTlDrEditor::focusBullet(int index, int position)
{
    QLineEdit *edit = m_editor->bulletEdit(index);
    edit->setFocus();
    edit->setCursorPosition(position < 0 ? int(edit->text().size()) : position);
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
    QLineEdit *edit = focusBullet(1, position);
    QTest::keyClick(edit, Qt::Key_Return);

    QStringList expected = m_original;
    expected[1] = text.left(split);
    expected.insert(2, text.mid(split));
    QCOMPARE(bullets(), expected);
    QCOMPARE(shownBullets(), expected);
    QLineEdit *next = m_editor->bulletEdit(2);
    QVERIFY(next->hasFocus());
    QCOMPARE(next->cursorPosition(), 0);

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
    QLineEdit *last = focusBullet(2);
    QTest::keyClick(last, Qt::Key_Return);
    QCOMPARE(bullets().size(), m_original.size() + 1);
    QLineEdit *empty = m_editor->bulletEdit(3);
    QVERIFY(empty->hasFocus());

    QTest::keyClick(empty, Qt::Key_Backspace);
    QCOMPARE(bullets(), m_original);
    QCOMPARE(m_editor->bulletCount(), int(m_original.size()));
    // The cursor goes back to the end of the bullet above.
    QVERIFY(last->hasFocus());
    QCOMPARE(last->cursorPosition(), int(m_original.at(2).size()));

    // Backspace in a bullet with text only deletes a character.
    QTest::keyClick(last, Qt::Key_Backspace);
    QCOMPARE(bullets().size(), m_original.size());
    QCOMPARE(bullets().at(2), m_original.at(2).chopped(1));
}

void TestTlDrEditor::backspaceAtTheStartJoinsTheBulletAbove()
{
    QLineEdit *second = focusBullet(1, 0);
    QTest::keyClick(second, Qt::Key_Backspace);
    QStringList expected = m_original;
    expected[0] += expected.takeAt(1);
    QCOMPARE(bullets(), expected);
    QLineEdit *first = m_editor->bulletEdit(0);
    QVERIFY(first->hasFocus());
    QCOMPARE(first->cursorPosition(), int(m_original.at(0).size()));
    m_doc->undoStack()->undo();
    QCOMPARE(shownBullets(), m_original);
}

void TestTlDrEditor::altUpAndDownMoveTheBulletAndUndoRestores()
{
    QLineEdit *edit = focusBullet(1, 5);
    QTest::keyClick(edit, Qt::Key_Up, Qt::AltModifier);
    QStringList expected = {m_original.at(1), m_original.at(0), m_original.at(2)};
    QCOMPARE(bullets(), expected);
    QCOMPARE(shownBullets(), expected);
    // The cursor moves with the bullet.
    QLineEdit *moved = m_editor->bulletEdit(0);
    QVERIFY(moved->hasFocus());
    QCOMPARE(moved->cursorPosition(), 5);

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
    // Below the middle of the last bullet: the bullet goes to the end.
    const QPoint below = target->rect().center() + QPoint(0, target->height() / 4);
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
    QLineEdit *edit = focusBullet(0);
    QTest::keyClicks(edit, u" And more words"_s);
    QCOMPARE(bullets().at(0), m_original.at(0) + u" And more words"_s);
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(bullets().at(0), m_original.at(0) + u" And more "_s);
    QCOMPARE(edit->text(), m_original.at(0) + u" And more "_s);
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(edit->text(), m_original.at(0) + u" And "_s);
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
    QLineEdit *first = focusBullet(0, 4);
    QTest::keyClick(first, Qt::Key_Down);
    QVERIFY(m_editor->bulletEdit(1)->hasFocus());
    QCOMPARE(m_editor->bulletEdit(1)->cursorPosition(), 4);
    QTest::keyClick(m_editor->bulletEdit(1), Qt::Key_Up);
    QVERIFY(first->hasFocus());
    QCOMPARE(bullets(), m_original);
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
    QLineEdit *edit = m_editor->bulletEdit(2);
    QVERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), m_original.at(2).mid(6, 7));
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

QTEST_MAIN(TestTlDrEditor)
#include "tst_tldreditor.moc"
