// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptblockcard.h"
#include "markdownedit.h"
#include "testmain.h"

#include <QClipboard>
#include <QMimeData>
#include <QStandardPaths>
#include <QTextBlock>
#include <QToolTip>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kFirst = u"First paragraph."_s;
const QString kLast = u"Last paragraph."_s;
const QString kKept =
    u"<!-- quorum:kept k3f9a1c2e core/columns \"Pros and cons side by side\" -->"_s;
// An id that names no block: the editor treats it the same.
const QString kUnknown = u"<!-- quorum:kept kdeadbeef acme/pricing-table \"Plans\" -->"_s;

} // namespace

// What goes into the Markdown editor near a kept block's line: the cursor steps over it, and
// no typing, paste, input method, drop or formatting shortcut changes it.
class TestKeptLineInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void theCursorStandsBeforeOrAfterIt();
    void typingIntoTheLineIsRefused_data();
    void typingIntoTheLineIsRefused();
    void enterBesideTheLineStartsANewOne();
    void pasteAndInputMethodAreRefused();
    void aKeptLineIsPastedOnlyOnALineOfItsOwn();
    void dropOntoTheLineIsRefused();
    void formattingShortcutsLeaveTheLineAlone();

private:
    /// Shows `text` with the cursor at `position`, and no history.
    void setText(const QString &text, int position = 0);
    void select(int anchor, int position);
    int steps() const { return m_edit->document()->availableUndoSteps(); }

    std::unique_ptr<MarkdownEdit> m_edit;
};

void TestKeptLineInput::init()
{
    m_edit = std::make_unique<MarkdownEdit>();
    m_edit->resize(600, 300);
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
    m_edit->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_edit.get()));
    m_edit->setFocus();
}

void TestKeptLineInput::cleanup()
{
    QToolTip::hideText();
    m_edit.reset();
}

void TestKeptLineInput::setText(const QString &text, int position)
{
    m_edit->setPlainText(text);
    select(position, position);
}

void TestKeptLineInput::select(int anchor, int position)
{
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
}

void TestKeptLineInput::theCursorStandsBeforeOrAfterIt()
{
    const QString text = kFirst + u"\n"_s + kKept + u"\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 1;
    const int lineEnd = lineStart + int(kKept.size());
    setText(text, lineStart);
    QTest::keyClick(m_edit.get(), Qt::Key_Right);
    QCOMPARE(m_edit->textCursor().position(), lineEnd);
    QTest::keyClick(m_edit.get(), Qt::Key_Left);
    QCOMPARE(m_edit->textCursor().position(), lineStart);
    QTest::keyClick(m_edit.get(), Qt::Key_Left);
    QCOMPARE(m_edit->textCursor().position(), lineStart - 1);

    // A click on the card puts the cursor after the line.
    const QRect line = m_edit->cursorRect(QTextCursor(m_edit->document()->findBlock(lineStart)));
    QTest::mouseClick(m_edit->viewport(), Qt::LeftButton, {}, QPoint(30, line.center().y()));
    QCOMPARE(m_edit->textCursor().position(), lineEnd);
    // Shift+Left selects into it: a selection may cover part of it (see below).
    QTest::keyClick(m_edit.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_edit->textCursor().selectionStart(), lineEnd - 1);
}

void TestKeptLineInput::typingIntoTheLineIsRefused_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("at"); // in the kept line
    QTest::addColumn<QString>("typed");

    QTest::newRow("a letter in the middle") << kKept << 20 << u"x"_s;
    QTest::newRow("a letter at its start") << kKept << 0 << u"x"_s;
    QTest::newRow("a letter at its end") << kKept << int(kKept.size()) << u"x"_s;
    QTest::newRow("a space in the summary") << kKept << int(kKept.size()) - 6 << u" "_s;
    QTest::newRow("an id that names no block") << kUnknown << 20 << u"x"_s;
}

void TestKeptLineInput::typingIntoTheLineIsRefused()
{
    QFETCH(QString, line);
    QFETCH(int, at);
    QFETCH(QString, typed);
    const QString text = kFirst + u"\n\n"_s + line + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text, lineStart + at);
    const int before = steps();

    QTest::keyClicks(m_edit.get(), typed);

    QCOMPARE(m_edit->markdown(), text);
    QCOMPARE(steps(), before);
    // The cursor goes where writing can go on, and the editor says why.
    QCOMPARE(m_edit->textCursor().position(), lineStart + int(line.size()));
    const QString title = KeptBlockCard::title(KeptBlockLine::parse(line)->blockName);
    QVERIFY2(QToolTip::text().contains(title), qPrintable(QToolTip::text()));
}

void TestKeptLineInput::enterBesideTheLineStartsANewOne()
{
    const QString text = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text, lineStart + int(kKept.size()));
    QTest::keyClick(m_edit.get(), Qt::Key_Return);
    QTest::keyClicks(m_edit.get(), u"After"_s);
    QCOMPARE(m_edit->markdown(), kFirst + u"\n\n"_s + kKept + u"\nAfter\n\n"_s + kLast);

    setText(text, lineStart);
    QTest::keyClick(m_edit.get(), Qt::Key_Return);
    QCOMPARE(m_edit->markdown(), kFirst + u"\n\n\n"_s + kKept + u"\n\n"_s + kLast);
}

void TestKeptLineInput::pasteAndInputMethodAreRefused()
{
    const QString text = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text, lineStart + 10);
    const int before = steps();

    QGuiApplication::clipboard()->setText(u"pasted"_s);
    QTest::keySequence(m_edit.get(), QKeySequence::Paste);
    QCOMPARE(m_edit->markdown(), text);

    select(lineStart + 10, lineStart + 10);
    QInputMethodEvent composing(u"\u00e5"_s, {});
    QCoreApplication::sendEvent(m_edit.get(), &composing);
    QInputMethodEvent commit;
    commit.setCommitString(u"\u00e5"_s);
    QCoreApplication::sendEvent(m_edit.get(), &commit);
    QCOMPARE(m_edit->markdown(), text);
    QCOMPARE(steps(), before);

    // Elsewhere both go in as usual.
    select(int(kFirst.size()), int(kFirst.size()));
    QTest::keySequence(m_edit.get(), QKeySequence::Paste);
    QCoreApplication::sendEvent(m_edit.get(), &commit);
    QCOMPARE(m_edit->markdown(), kFirst + u"pasted\u00e5\n\n"_s + kKept + u"\n\n"_s + kLast);
}

void TestKeptLineInput::aKeptLineIsPastedOnlyOnALineOfItsOwn()
{
    setText(kFirst + u"\n\n"_s + kLast, 5);
    const int before = steps();
    QGuiApplication::clipboard()->setText(kKept);
    QTest::keySequence(m_edit.get(), QKeySequence::Paste);
    QCOMPARE(m_edit->markdown(), kFirst + u"\n\n"_s + kLast);
    QCOMPARE(steps(), before);

    // On the empty line between the paragraphs it is a line of its own: cut and paste moves it.
    select(int(kFirst.size()) + 1, int(kFirst.size()) + 1);
    QTest::keySequence(m_edit.get(), QKeySequence::Paste);
    QCOMPARE(m_edit->markdown(), kFirst + u"\n"_s + kKept + u"\n"_s + kLast);
}

void TestKeptLineInput::dropOntoTheLineIsRefused()
{
    const QString text = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    setText(text);
    QMimeData data;
    data.setText(u"dropped"_s);
    // A drag that enters at `point`, moves there (when `move`) and drops there: accepted?
    const auto dropAt = [this, &data](const QPoint &point, bool move) {
        QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_edit->viewport(), &enter);
        if (move) {
            QDragMoveEvent moved(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(m_edit->viewport(), &moved);
            if (!moved.isAccepted())
                return false; // the pointer shows that the text cannot go there
        }
        QDropEvent drop(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_edit->viewport(), &drop);
        return drop.isAccepted();
    };
    const QRect line = m_edit->cursorRect(QTextCursor(m_edit->document()->findBlockByNumber(2)));
    const QPoint onLine(line.left() + 40, line.center().y());
    QVERIFY(!dropAt(onLine, true));
    QVERIFY(!dropAt(onLine, false));
    QCOMPARE(m_edit->markdown(), text);

    const QRect first = m_edit->cursorRect(QTextCursor(m_edit->document()->begin()));
    QVERIFY(dropAt(QPoint(first.left(), first.center().y()), true));
    QCOMPARE(m_edit->markdown(), u"dropped"_s + text);
}

void TestKeptLineInput::formattingShortcutsLeaveTheLineAlone()
{
    const QString text = kFirst + u"\n\n"_s + kKept;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text, lineStart + 30);
    const int before = steps();
    QTest::keyClick(m_edit.get(), Qt::Key_B, Qt::ControlModifier);
    QTest::keyClick(m_edit.get(), Qt::Key_K, Qt::ControlModifier);
    select(lineStart + 20, lineStart + 30);
    QTest::keyClick(m_edit.get(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_edit->markdown(), text);
    QCOMPARE(steps(), before);
}

QUORUM_TEST_MAIN(TestKeptLineInput)
#include "tst_keptlineinput.moc"
