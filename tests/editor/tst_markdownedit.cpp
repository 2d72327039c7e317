// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdown.h"
#include "markdownedit.h"
#include "markdownhighlighter.h"
#include "testmain.h"

#include <QAction>
#include <QFontDatabase>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

QTextCharFormat shownFormat(const QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int at = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (at >= range.start && at < range.start + range.length)
            return range.format;
    }
    return {};
}

// The inline elements (em, strong, del, code, a) that enclose `probe` in `html`.
QStringList elementsAround(QString html, const QString &probe)
{
    // Attribute values (an href) may hold the probe too; only the text counts.
    html.remove(QRegularExpression(u"\\s\\w+=\"[^\"]*\""_s));
    // The first time the probe is text, not part of a tag.
    qsizetype at = html.indexOf(probe);
    while (at >= 0 && html.lastIndexOf(u'<', at) > html.lastIndexOf(u'>', at))
        at = html.indexOf(probe, at + 1);
    if (at < 0)
        return {u"(not found)"_s};
    QStringList open;
    static const QRegularExpression tag(u"<(/?)(em|strong|del|code|a)\\b[^>]*>"_s);
    for (auto it = tag.globalMatch(QStringView(html).left(at)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1).isEmpty())
            open.append(match.captured(2));
        else
            open.removeOne(match.captured(2));
    }
    open.sort();
    return open;
}

} // namespace

// The Markdown text editor on its own: highlighting as cmark-gfm reads the text, the
// formatting shortcuts, keyboard behaviour.
class TestMarkdownEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shortcuts_data();
    void shortcuts();
    void shortcutsWinOverWindowShortcuts();
    void highlightingAgreesWithTheRenderer_data();
    void highlightingAgreesWithTheRenderer();
    void highlightingFollowsEditsOnOtherLines();
    void highlightingFollowsThePalette();
    void tabMovesTheFocusOn();
    void shiftReturnStartsALine();
    void markdownKeepsNoBreakSpaces();

private:
    std::unique_ptr<QWidget> m_window;
    MarkdownEdit *m_edit = nullptr;
    QLineEdit *m_next = nullptr;
};

void TestMarkdownEdit::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_edit = new MarkdownEdit(m_window.get());
    m_next = new QLineEdit(m_window.get());
    layout->addWidget(m_edit);
    layout->addWidget(m_next);
    m_window->resize(600, 400);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMarkdownEdit::cleanup()
{
    m_window.reset();
}

void TestMarkdownEdit::shortcuts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("selectionStart");
    QTest::addColumn<int>("selectionEnd");
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<int>("presses");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("expectedStart");
    QTest::addColumn<int>("expectedEnd");

    const QKeySequence bold(Qt::CTRL | Qt::Key_B);
    const QKeySequence italic(Qt::CTRL | Qt::Key_I);
    const QKeySequence link(Qt::CTRL | Qt::Key_K);
    QTest::newRow("bold wraps the selection")
        << u"a word here"_s << 2 << 6 << bold << 1 << u"a **word** here"_s << 4 << 8;
    QTest::newRow("bold leaves the spaces around the selection out")
        << u"a word here"_s << 1 << 7 << bold << 1 << u"a **word** here"_s << 4 << 8;
    QTest::newRow("bold unwraps the selection")
        << u"a **word** here"_s << 4 << 8 << bold << 1 << u"a word here"_s << 2 << 6;
    QTest::newRow("bold unwraps at the cursor")
        << u"a **word** here"_s << 6 << 6 << bold << 1 << u"a word here"_s << 4 << 4;
    QTest::newRow("bold without a selection inserts markers")
        << u"ab"_s << 1 << 1 << bold << 1 << u"a****b"_s << 3 << 3;
    QTest::newRow("bold twice without a selection leaves nothing")
        << u"ab"_s << 1 << 1 << bold << 2 << u"ab"_s << 1 << 1;
    QTest::newRow("italic wraps the selection")
        << u"a word"_s << 2 << 6 << italic << 1 << u"a *word*"_s << 3 << 7;
    QTest::newRow("italic inside bold")
        << u"**word**"_s << 2 << 6 << italic << 1 << u"***word***"_s << 3 << 7;
    QTest::newRow("italic unwraps bold italic")
        << u"***word***"_s << 3 << 7 << italic << 1 << u"**word**"_s << 2 << 6;
    QTest::newRow("bold unwraps bold italic")
        << u"***word***"_s << 3 << 7 << bold << 1 << u"*word*"_s << 1 << 5;
    QTest::newRow("italic unwraps underscores")
        << u"_word_"_s << 3 << 3 << italic << 1 << u"word"_s << 2 << 2;
    QTest::newRow("italic twice is the text again")
        << u"a word"_s << 2 << 6 << italic << 2 << u"a word"_s << 2 << 6;
    QTest::newRow("link wraps the selection and selects the address")
        << u"see the site"_s << 4 << 12 << link << 1 << u"see [the site](https://)"_s << 15 << 23;
    QTest::newRow("link of the word at the cursor")
        << u"see site"_s << 6 << 6 << link << 1 << u"see [site](https://)"_s << 11 << 19;
    QTest::newRow("link of an address") << u"go https://x.org now"_s << 3 << 16 << link << 1
                                        << u"go [](https://x.org) now"_s << 4 << 4;
    QTest::newRow("link unwraps") << u"see [the site](https://x.org) now"_s << 6 << 6 << link << 1
                                  << u"see the site now"_s << 4 << 12;
}

void TestMarkdownEdit::shortcuts()
{
    QFETCH(QString, text);
    QFETCH(int, selectionStart);
    QFETCH(int, selectionEnd);
    QFETCH(QKeySequence, keys);
    QFETCH(int, presses);
    QFETCH(QString, expected);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedEnd);

    m_edit->setPlainText(text);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(selectionStart);
    cursor.setPosition(selectionEnd, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
    QSignalSpy changed(m_edit, &QPlainTextEdit::textChanged);
    for (int i = 0; i < presses; ++i)
        QTest::keySequence(m_edit, keys);
    QCOMPARE(m_edit->markdown(), expected);
    QCOMPARE(m_edit->textCursor().selectionStart(), expectedStart);
    QCOMPARE(m_edit->textCursor().selectionEnd(), expectedEnd);
    // Each press is one change of the text (so one step of the article's history).
    QCOMPARE(changed.count(), presses);
}

void TestMarkdownEdit::shortcutsWinOverWindowShortcuts()
{
    auto *windowBold = new QAction(m_window.get());
    windowBold->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_window->addAction(windowBold);
    QSignalSpy triggered(windowBold, &QAction::triggered);
    m_edit->setPlainText(u"word"_s);
    m_edit->selectAll();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_edit->setFocus();
    QTest::keySequence(m_edit, QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(m_edit->markdown(), u"**word**"_s);
    QCOMPARE(triggered.count(), 0);
}

void TestMarkdownEdit::highlightingAgreesWithTheRenderer_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<QStringList>("elements");

    QTest::newRow("star emphasis") << u"some *ital* text"_s << u"ital"_s << QStringList{u"em"_s};
    QTest::newRow("underscore emphasis")
        << u"some _ital_ text"_s << u"ital"_s << QStringList{u"em"_s};
    QTest::newRow("strong") << u"a **bold** b"_s << u"bold"_s << QStringList{u"strong"_s};
    QTest::newRow("code is not emphasis")
        << u"a `*code*` b"_s << u"code"_s << QStringList{u"code"_s};
    QTest::newRow("escaped stars are not emphasis")
        << u"a \\*esc\\* b"_s << u"esc"_s << QStringList{};
    QTest::newRow("underscores inside emphasis")
        << u"_in_word_"_s << u"in_word"_s << QStringList{u"em"_s};
    QTest::newRow("underscores inside a word")
        << u"snake_case_name"_s << u"case"_s << QStringList{};
    QTest::newRow("stars inside a word") << u"x*mid*y"_s << u"mid"_s << QStringList{u"em"_s};
    QTest::newRow("strong and emphasis")
        << u"***both***"_s << u"both"_s << QStringList{u"em"_s, u"strong"_s};
    QTest::newRow("strikethrough") << u"a ~~gone~~ b"_s << u"gone"_s << QStringList{u"del"_s};
    QTest::newRow("link text") << u"[site](https://example.org)"_s << u"site"_s
                               << QStringList{u"a"_s};
    QTest::newRow("angle autolink")
        << u"<https://auto.example>"_s << u"auto.example"_s << QStringList{u"a"_s};
    QTest::newRow("bare autolink")
        << u"see www.bare.example now"_s << u"bare.example"_s << QStringList{u"a"_s};
    QTest::newRow("unclosed strong") << u"**unclosed"_s << u"unclosed"_s << QStringList{};
    QTest::newRow("emphasis over two lines")
        << u"*multi\nline*"_s << u"line"_s << QStringList{u"em"_s};
    QTest::newRow("quote continuation")
        << u"> *quoted*\n> more *qmore*"_s << u"qmore"_s << QStringList{u"em"_s};
    QTest::newRow("lazy quote line")
        << u"> quote\n  lazy *lz*"_s << u"lz"_s << QStringList{u"em"_s};
    QTest::newRow("list item continuation")
        << u"- item\n    *cont*"_s << u"cont"_s << QStringList{u"em"_s};
    QTest::newRow("table cell") << u"| h |\n|---|\n| *cell* |"_s << u"cell"_s
                                << QStringList{u"em"_s};
    QTest::newRow("paragraph right before a table")
        << u"text *pre*\n| h | *hcell* |\n|---|---|"_s << u"pre"_s << QStringList{u"em"_s};
    QTest::newRow("header of a table right after a paragraph")
        << u"text *pre*\n| h | *hcell* |\n|---|---|"_s << u"hcell"_s << QStringList{u"em"_s};
    QTest::newRow("indented code")
        << u"para\n\n    *code block*"_s << u"block"_s << QStringList{u"code"_s};
    QTest::newRow("fenced code") << u"```\n*fenced*\n```"_s << u"fenced"_s
                                 << QStringList{u"code"_s};
    QTest::newRow("raw html stays text") << u"a <b>tag</b> c"_s << u"tag"_s << QStringList{};
}

// What the widget shows is what the renderer makes of the same text.
void TestMarkdownEdit::highlightingAgreesWithTheRenderer()
{
    QFETCH(QString, markdown);
    QFETCH(QString, probe);
    QFETCH(QStringList, elements);

    const QString html = MarkdownRenderer(BlockMarkup(RenderFormat::Html)).toBlocks(markdown);
    QCOMPARE(elementsAround(html, probe), elements);

    m_edit->setPlainText(markdown);
    const int at = int(markdown.indexOf(probe));
    QVERIFY(at >= 0);
    for (int position = at; position < at + probe.size(); ++position) {
        const QTextCharFormat format = shownFormat(m_edit, position);
        QCOMPARE(format.fontItalic(), elements.contains(u"em"_s));
        QCOMPARE(format.fontWeight() >= QFont::Bold, elements.contains(u"strong"_s));
        QCOMPARE(format.fontStrikeOut(), elements.contains(u"del"_s));
        QCOMPARE(format.fontFamilies().toStringList().contains(
                     QFontDatabase::systemFont(QFontDatabase::FixedFont).family()),
                 elements.contains(u"code"_s));
        QCOMPARE(format.foreground().color() == m_edit->palette().color(QPalette::Link),
                 elements.contains(u"a"_s));
    }
}

// A `*` typed on one line can make emphasis of the line above: that line changes too.
void TestMarkdownEdit::highlightingFollowsEditsOnOtherLines()
{
    m_edit->setPlainText(u"*multi\nline"_s);
    QVERIFY(!shownFormat(m_edit, 2).fontItalic());
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
    QTest::keyClick(m_edit, Qt::Key_Asterisk);
    QCOMPARE(m_edit->markdown(), u"*multi\nline*"_s);
    QVERIFY(shownFormat(m_edit, 2).fontItalic());
    QVERIFY(shownFormat(m_edit, 8).fontItalic());
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QVERIFY(!shownFormat(m_edit, 2).fontItalic());
    QVERIFY(!shownFormat(m_edit, 8).fontItalic());

    // A fence opened above turns the lines below into code, and closing the gap undoes it.
    m_edit->setPlainText(u"``\n*em*"_s);
    QVERIFY(shownFormat(m_edit, 5).fontItalic());
    m_edit->moveCursor(QTextCursor::Start);
    QTest::keyClick(m_edit, Qt::Key_QuoteLeft);
    QVERIFY(!shownFormat(m_edit, 6).fontItalic());
}

void TestMarkdownEdit::highlightingFollowsThePalette()
{
    m_edit->setPlainText(u"[site](https://example.org) and `code`"_s);
    for (const QColor &colour : {QColor(Qt::darkGreen), QColor(Qt::magenta)}) {
        QPalette palette = m_edit->palette();
        palette.setColor(QPalette::Link, colour);
        palette.setColor(QPalette::AlternateBase, colour.lighter());
        m_edit->setPalette(palette);
        QCOMPARE(shownFormat(m_edit, 1).foreground().color(), colour);
        QCOMPARE(shownFormat(m_edit, 33).background().color(), colour.lighter());
    }
}

void TestMarkdownEdit::tabMovesTheFocusOn()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_edit->setFocus();
    QVERIFY(m_edit->hasFocus());
    QTest::keyClick(m_edit, Qt::Key_Tab);
    QVERIFY(m_next->hasFocus());
    QVERIFY(m_edit->markdown().isEmpty());
    QVERIFY(!m_edit->accessibleName().isEmpty());
}

void TestMarkdownEdit::shiftReturnStartsALine()
{
    m_edit->setFocus();
    QTest::keyClicks(m_edit, u"a"_s);
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(m_edit, u"b"_s);
    QCOMPARE(m_edit->markdown(), u"a\nb"_s);
    QCOMPARE(m_edit->document()->blockCount(), 2);
}

void TestMarkdownEdit::markdownKeepsNoBreakSpaces()
{
    m_edit->setPlainText(u"10\u00A0km\nnext"_s);
    QCOMPARE(m_edit->markdown(), u"10\u00A0km\nnext"_s);
}

QUORUM_TEST_MAIN(TestMarkdownEdit)
#include "tst_markdownedit.moc"
