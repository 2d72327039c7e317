// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "keptblock.h"
#include "markdownedit.h"
#include "markdownsectioneditor.h"
#include "sectionoutline.h"
#include "testarticles.h"
#include "testmain.h"

#include <QClipboard>
#include <QHBoxLayout>
#include <QMenu>
#include <QStandardPaths>
#include <QTextBlock>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kFirst = u"First paragraph."_s;
const QString kLast = u"Last paragraph."_s;
// The kept block's line; the renderer resolves its id, the editor never looks it up.
const QString kKept =
    u"<!-- quorum:kept k3f9a1c2e core/columns \"Pros and cons side by side\" -->"_s;
// An id that names no block: the editor treats it the same.
const QString kUnknown = u"<!-- quorum:kept kdeadbeef acme/pricing-table \"Plans\" -->"_s;

} // namespace

// A kept block's line in the Markdown editor of a section: deleted and moved whole, each change
// one undo step of the article (what goes into it is tst_keptlineinput's).
class TestKeptLineGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void deletingPartOfTheLineTakesItAll_data();
    void deletingPartOfTheLineTakesItAll();
    void cutTakesTheWholeLine();
    void backspaceAndDeleteRemoveTheLine_data();
    void backspaceAndDeleteRemoveTheLine();
    void contextMenuDeletesAndMovesIt();
    void altUpAndAltDownMoveIt_data();
    void altUpAndAltDownMoveIt();
    void altUpStaysTheOutlinesElsewhere();

private:
    MarkdownEdit *edit() const { return m_editor->markdownEdit(); }
    QString documentText() const { return m_doc->section(u"i1"_s)->markdown; }
    /// Shows `text` in the editor as the section's, with the cursor at `position`.
    void setText(const QString &text, int position = 0);
    void select(int anchor, int position);
    /// Where the article's history stands: one more after each undo step made.
    int steps() const { return m_doc->undoStack()->index(); }
    void undo() { QTest::keySequence(edit(), QKeySequence::Undo); }
    /// One undo restores `before`, in the document and in the editor.
    void checkOneUndoRestores(const QString &before, int stepsBefore);

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<QWidget> m_window;
    MarkdownSectionEditor *m_editor = nullptr;
    SectionOutline *m_outline = nullptr;
};

void TestKeptLineGuard::init()
{
    Article article = test::fullArticle();
    article.meta.language = u"en"_s;
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(article);
    m_window = std::make_unique<QWidget>();
    auto *layout = new QHBoxLayout(m_window.get());
    m_outline = new SectionOutline(m_doc.get(), m_window.get());
    m_editor = new MarkdownSectionEditor(m_doc.get(), m_window.get());
    layout->addWidget(m_outline);
    layout->addWidget(m_editor, 1);
    m_editor->showSection(u"i1"_s);
    m_window->resize(900, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    edit()->setFocus();
}

void TestKeptLineGuard::cleanup()
{
    m_window.reset();
    m_doc.reset();
}

void TestKeptLineGuard::setText(const QString &text, int position)
{
    Section section = *m_doc->section(u"i1"_s);
    section.markdown = text;
    m_doc->setSection(section);
    QCOMPARE(edit()->markdown(), text);
    select(position, position);
}

void TestKeptLineGuard::select(int anchor, int position)
{
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    edit()->setTextCursor(cursor);
}

void TestKeptLineGuard::checkOneUndoRestores(const QString &before, int stepsBefore)
{
    QCOMPARE(steps(), stepsBefore + 1);
    undo();
    QCOMPARE(documentText(), before);
    QCOMPARE(edit()->markdown(), before);
}

void TestKeptLineGuard::deletingPartOfTheLineTakesItAll_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");

    // "First paragraph.\n\n<kept>\n\nLast paragraph."
    const int lineStart = int(kFirst.size()) + 2;
    const int lineEnd = lineStart + int(kKept.size());
    QTest::newRow("from a paragraph into the line")
        << kKept << 6 << lineStart + 10 << u"First \n\nLast paragraph."_s;
    QTest::newRow("from the line into a paragraph")
        << kKept << lineStart + 10 << lineEnd + 2 + 5 << u"First paragraph.\n\nparagraph."_s;
    QTest::newRow("inside the line")
        << kKept << lineStart + 5 << lineStart + 12 << u"First paragraph.\n\nLast paragraph."_s;
    QTest::newRow("from its end into a paragraph")
        << kKept << lineEnd << lineEnd + 2 + 5 << kFirst + u"\n\n"_s + kKept + u"\nparagraph."_s;
    QTest::newRow("whole lines before it") << kKept << 0 << lineStart << kKept + u"\n\n"_s + kLast;
    QTest::newRow("from its end to the end of the next line")
        << kKept << lineEnd << lineEnd + 2 + int(kLast.size()) << kFirst + u"\n\n"_s + kKept;
    QTest::newRow("an id that names no block")
        << kUnknown << 6 << lineStart + 10 << u"First \n\nLast paragraph."_s;
}

void TestKeptLineGuard::deletingPartOfTheLineTakesItAll()
{
    QFETCH(QString, line);
    QFETCH(int, anchor);
    QFETCH(int, position);
    QFETCH(QString, expected);
    const QString text = kFirst + u"\n\n"_s + line + u"\n\n"_s + kLast;
    for (const auto key : {Qt::Key_Backspace, Qt::Key_Delete}) {
        setText(text);
        const int before = steps();
        select(anchor, position);
        QTest::keyClick(edit(), key);
        QCOMPARE(documentText(), expected);
        checkOneUndoRestores(text, before);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKeptLineGuard::cutTakesTheWholeLine()
{
    const QString text = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text);
    int before = steps();
    select(6, lineStart + 10);
    QTest::keySequence(edit(), QKeySequence::Cut);
    QCOMPARE(documentText(), u"First \n\nLast paragraph."_s);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"paragraph.\n\n"_s + kKept);
    checkOneUndoRestores(text, before);
    if (QTest::currentTestFailed())
        return;

    // The context menu's Cut and Delete do the same.
    for (const QString &name : {u"edit-cut"_s, u"edit-delete"_s}) {
        before = steps();
        select(lineStart + 3, lineStart + 9);
        const std::unique_ptr<QMenu> menu(edit()->createContextMenu(QPoint(5, 5)));
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        action->trigger();
        QCOMPARE(documentText(), kFirst + u"\n\n"_s + kLast);
        checkOneUndoRestores(text, before);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKeptLineGuard::backspaceAndDeleteRemoveTheLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("at");
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<QString>("expected");

    const QString between = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    const int lineEnd = lineStart + int(kKept.size());
    const QString without = kFirst + u"\n\n"_s + kLast;
    const QKeySequence backspace(Qt::Key_Backspace);
    const QKeySequence del(Qt::Key_Delete);
    QTest::newRow("backspace at its end") << between << lineEnd << backspace << without;
    QTest::newRow("delete at its start") << between << lineStart << del << without;
    QTest::newRow("delete in the middle") << between << lineStart + 12 << del << without;
    QTest::newRow("ctrl+backspace at its end")
        << between << lineEnd << QKeySequence(Qt::CTRL | Qt::Key_Backspace) << without;

    // Right after it, and right before it, on the neighbouring line.
    const QString tight = kFirst + u'\n' + kKept + u'\n' + kLast;
    const int tightStart = int(kFirst.size()) + 1;
    // The paragraphs around it stay two paragraphs: an empty line is left between them.
    const QString tightWithout = kFirst + u"\n\n"_s + kLast;
    QTest::newRow("backspace at the start of the line after")
        << tight << tightStart + int(kKept.size()) + 1 << backspace << tightWithout;
    QTest::newRow("delete at the end of the line before")
        << tight << int(kFirst.size()) << del << tightWithout;

    QTest::newRow("the last line") << kFirst + u"\n\n"_s + kKept << lineEnd << backspace << kFirst;
    QTest::newRow("the first line") << kKept + u"\n\n"_s + kLast << 0 << del << kLast;
    QTest::newRow("an id that names no block")
        << kFirst + u"\n\n"_s + kUnknown + u"\n\n"_s + kLast << lineStart + 3 << del << without;
}

void TestKeptLineGuard::backspaceAndDeleteRemoveTheLine()
{
    QFETCH(QString, text);
    QFETCH(int, at);
    QFETCH(QKeySequence, key);
    QFETCH(QString, expected);
    setText(text, at);
    const int before = steps();
    QTest::keySequence(edit(), key);
    QCOMPARE(documentText(), expected);
    QCOMPARE(edit()->markdown(), expected);
    checkOneUndoRestores(text, before);
}

void TestKeptLineGuard::contextMenuDeletesAndMovesIt()
{
    const QString text = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    const int lineStart = int(kFirst.size()) + 2;
    setText(text);
    const QTextBlock block = edit()->document()->findBlock(lineStart);
    const QPoint onLine = edit()->cursorRect(QTextCursor(block)).center() + QPoint(40, 0);

    const std::unique_ptr<QMenu> plain(edit()->createContextMenu(QPoint(5, 5)));
    QVERIFY(!plain->findChild<QAction *>(u"deleteKeptBlock"_s));

    int before = steps();
    std::unique_ptr<QMenu> menu(edit()->createContextMenu(onLine));
    QAction *remove = menu->findChild<QAction *>(u"deleteKeptBlock"_s);
    QVERIFY(remove);
    remove->trigger();
    QCOMPARE(documentText(), kFirst + u"\n\n"_s + kLast);
    checkOneUndoRestores(text, before);
    if (QTest::currentTestFailed())
        return;

    before = steps();
    menu.reset(edit()->createContextMenu(onLine));
    QAction *down = menu->findChild<QAction *>(u"moveKeptBlockDown"_s);
    QVERIFY(down && down->isEnabled());
    down->trigger();
    QCOMPARE(documentText(), kFirst + u"\n\n"_s + kLast + u"\n\n"_s + kKept);
    checkOneUndoRestores(text, before);
}

void TestKeptLineGuard::altUpAndAltDownMoveIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QString>("expected");

    const QString list = u"- one\n- two"_s;
    const QString middle = kFirst + u"\n\n"_s + kKept + u"\n\n"_s + list + u"\n\n"_s + kLast;
    QTest::newRow("up past a paragraph")
        << middle << u"Alt+Up"_s
        << kKept + u"\n\n"_s + kFirst + u"\n\n"_s + list + u"\n\n"_s + kLast;
    QTest::newRow("down past a whole list")
        << middle << u"Alt+Down"_s
        << kFirst + u"\n\n"_s + list + u"\n\n"_s + kKept + u"\n\n"_s + kLast;
    QTest::newRow("up at the top does nothing")
        << kKept + u"\n\n"_s + kFirst << u"Alt+Up"_s << QString();
    QTest::newRow("a blank line where paragraphs would touch")
        << kFirst + u'\n' + kKept + u'\n' + kLast << u"Alt+Up"_s
        << kKept + u"\n\n"_s + kFirst + u"\n\n"_s + kLast;
    QTest::newRow("an id that names no block")
        << kFirst + u"\n\n"_s + kUnknown << u"Alt+Up"_s << kUnknown + u"\n\n"_s + kFirst;
}

void TestKeptLineGuard::altUpAndAltDownMoveIt()
{
    QFETCH(QString, text);
    QFETCH(QString, keys);
    QFETCH(QString, expected);
    const qsizetype lineStart = text.indexOf(u"<!--"_s);
    setText(text, int(lineStart) + 3);
    const int before = steps();
    QTest::keySequence(edit(), QKeySequence(keys));
    if (expected.isEmpty()) {
        QCOMPARE(documentText(), text);
        QCOMPARE(steps(), before);
        return;
    }
    QCOMPARE(documentText(), expected);
    QCOMPARE(edit()->markdown(), expected);
    // The cursor stays on the line, so that it moves on with the next press.
    QVERIFY(KeptBlockLine::parse(edit()->textCursor().block().text()));
    checkOneUndoRestores(text, before);
}

void TestKeptLineGuard::altUpStaysTheOutlinesElsewhere()
{
    // With the focus in the outline, Alt+Up moves the section, as before.
    const QString text = kFirst + u"\n\n"_s + kKept;
    setText(text, int(kFirst.size()) + 5);
    const QStringList order = [this] {
        QStringList ids;
        for (const Section &section : m_doc->article().sections)
            ids.append(section.id);
        return ids;
    }();
    QTest::keySequence(edit(), QKeySequence(u"Alt+Up"_s));
    QCOMPARE(documentText(), kKept + u"\n\n"_s + kFirst);
    QCOMPARE(m_doc->article().sections.size(), order.size());
    QCOMPARE(m_doc->article().sections.at(order.indexOf(u"i1"_s)).id, u"i1"_s);

    m_outline->setFocus();
    m_outline->selectSection(u"i1"_s);
    const qsizetype at = order.indexOf(u"i1"_s);
    QVERIFY(at > 0);
    QTest::keySequence(m_outline, QKeySequence(u"Alt+Up"_s));
    QCOMPARE(m_doc->article().sections.at(at - 1).id, u"i1"_s);
}

QUORUM_TEST_MAIN(TestKeptLineGuard)
#include "tst_keptlineguard.moc"
