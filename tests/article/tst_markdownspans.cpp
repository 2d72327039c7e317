// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdown.h"
#include "markdownspans.h"
#include "testarticles.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The spans of `kind` in `text`, each as "its text@its start".
QStringList spansOf(const QString &text, MarkdownSpanKind kind)
{
    QStringList found;
    for (const MarkdownSpan &span : markdownSpans(text)) {
        if (span.kind == kind)
            found.append(text.mid(span.start, span.length) + u'@' + QString::number(span.start));
    }
    return found;
}

qsizetype countOf(const QList<MarkdownSpan> &spans, MarkdownSpanKind kind)
{
    return std::count_if(spans.cbegin(), spans.cend(),
                         [kind](const MarkdownSpan &span) { return span.kind == kind; });
}

qsizetype countOf(const QString &html, const QString &pattern)
{
    return html.count(QRegularExpression(pattern));
}

// Texts that exercise every construct and the places where cmark-gfm's own columns are off.
QStringList samples()
{
    return {
        test::markdownFeatures(),
        u"> a *quote* with\n> more *em* here\n  lazy *x* y\n"_s,
        u"- item **one**\n  cont *two*\n    cont3 `c` *d*\n"_s,
        u"> > nested *n*\n> lazy *l* and `c`\n"_s,
        u"Setext *x*\n  line *y*\n===\n"_s,
        u"a `code\nspan` after *e* and ~~f~~\n"_s,
        u"- a\n    `code` *x*\n    www.example.com *y*\n"_s,
        u"blåbær *søt* 🙂 **x** ~~y~~ [z](u) <https://a.b>\n"_s,
        u"***x*** and *a **b** c* and __d__\n"_s,
        u"> | a | *b* |\n> |---|---|\n> | *c* | d |\n"_s,
        u"text *x*\nmore *y*\n| a | *b* |\n|---|---|\n| *c* | d |\n"_s,
        u"> text *x*\n> | a | *b* |\n> |---|---|\n"_s,
        u"x www.example.com. and\n- a\n    www.example.com *y*\n    https://a.b *z*\n"_s,
    };
}

} // namespace

// Where cmark-gfm reads each construct of a Markdown text, in QString positions.
class TestMarkdownSpans : public QObject
{
    Q_OBJECT

private slots:
    void spansOfKind_data();
    void spansOfKind();
    void agreesWithTheRenderer_data();
    void agreesWithTheRenderer();
    void delimitersAreWhereTheSpansSayTheyAre_data();
    void delimitersAreWhereTheSpansSayTheyAre();
    void crlfLinesCountOnce();
};

void TestMarkdownSpans::spansOfKind_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<MarkdownSpanKind>("kind");
    QTest::addColumn<QStringList>("expected");

    using K = MarkdownSpanKind;
    QTest::newRow("star emphasis") << u"a *b* c"_s << K::Emphasis << QStringList{u"*b*@2"_s};
    QTest::newRow("underscore emphasis") << u"_b_"_s << K::Emphasis << QStringList{u"_b_@0"_s};
    QTest::newRow("underscores inside a word are not emphasis")
        << u"snake_case_name"_s << K::Emphasis << QStringList{};
    QTest::newRow("underscores inside emphasis stay text")
        << u"_in_word_"_s << K::Emphasis << QStringList{u"_in_word_@0"_s};
    QTest::newRow("stars inside a word are emphasis")
        << u"a*b*c"_s << K::Emphasis << QStringList{u"*b*@1"_s};
    QTest::newRow("strong") << u"x **b** y"_s << K::Strong << QStringList{u"**b**@2"_s};
    QTest::newRow("strong delimiters")
        << u"x **b**"_s << K::Delimiter << QStringList{u"**@2"_s, u"**@5"_s};
    QTest::newRow("code hides emphasis") << u"`*x*`"_s << K::Emphasis << QStringList{};
    QTest::newRow("code span") << u"a `*x*` b"_s << K::Code << QStringList{u"`*x*`@2"_s};
    QTest::newRow("code span with spaces") << u"` a `"_s << K::Code << QStringList{u"` a `@0"_s};
    QTest::newRow("double backticks") << u"``a`b``"_s << K::Code << QStringList{u"``a`b``@0"_s};
    QTest::newRow("escaped stars are text") << u"\\*x\\*"_s << K::Emphasis << QStringList{};
    QTest::newRow("unclosed star is text") << u"*x"_s << K::Emphasis << QStringList{};
    QTest::newRow("strong inside emphasis, emphasis")
        << u"***x***"_s << K::Emphasis << QStringList{u"***x***@0"_s};
    QTest::newRow("strong inside emphasis, strong")
        << u"***x***"_s << K::Strong << QStringList{u"**x**@1"_s};
    QTest::newRow("strikethrough") << u"~~gone~~ and ~one~"_s << K::Strikethrough
                                   << QStringList{u"~~gone~~@0"_s, u"~one~@13"_s};
    QTest::newRow("link text") << u"see [the site](https://example.org \"t\")"_s << K::LinkText
                               << QStringList{u"[the site]@4"_s};
    QTest::newRow("link destination")
        << u"see [the site](https://example.org \"t\")"_s << K::LinkDestination
        << QStringList{u"(https://example.org \"t\")@14"_s};
    QTest::newRow("reference link")
        << u"[a][r]\n\n[r]: https://x.y"_s << K::LinkDestination << QStringList{u"[r]@3"_s};
    QTest::newRow("image") << u"![alt *x*](a.png)"_s << K::ImageText
                           << QStringList{u"![alt *x*]@0"_s};
    QTest::newRow("emphasis in image text")
        << u"![alt *x*](a.png)"_s << K::Emphasis << QStringList{u"*x*@6"_s};
    QTest::newRow("autolinks") << u"<https://a.b> and https://example.org/x and www.example.com."_s
                               << K::Autolink
                               << QStringList{u"<https://a.b>@0"_s, u"https://example.org/x@18"_s,
                                              u"www.example.com@44"_s};
    QTest::newRow("the same bare URL twice")
        << u"x https://a.b y https://a.b"_s << K::Autolink
        << QStringList{u"https://a.b@2"_s, u"https://a.b@16"_s};
    QTest::newRow("atx heading") << u"## Title *x* ##"_s << K::HeadingMarker
                                 << QStringList{u"##@0"_s, u"##@13"_s};
    QTest::newRow("atx heading, # in a word")
        << u"# C#"_s << K::HeadingMarker << QStringList{u"#@0"_s};
    QTest::newRow("heading line") << u"para\n\n# Title\nnext"_s << K::Heading
                                  << QStringList{u"# Title@6"_s};
    QTest::newRow("setext heading")
        << u"Title\n===\n"_s << K::HeadingMarker << QStringList{u"===@6"_s};
    QTest::newRow("list markers") << u"- a\n  - b\n\n3) c"_s << K::ListMarker
                                  << QStringList{u"-@0"_s, u"-@6"_s, u"3)@11"_s};
    QTest::newRow("block quote markers")
        << u"> a\n>\n> > b\n> lazy"_s << K::BlockQuoteMarker
        << QStringList{u">@0"_s, u">@4"_s, u">@6"_s, u">@8"_s, u">@12"_s};
    QTest::newRow("code block") << u"text\n\n```js\ncode *x*\n```\n"_s << K::CodeBlock
                                << QStringList{u"```js\ncode *x*\n```@6"_s};
    QTest::newRow("no emphasis in a code block")
        << u"```\ncode *x*\n```\n"_s << K::Emphasis << QStringList{};
    QTest::newRow("indented code block")
        << u"para\n\n    code *x*\n"_s << K::CodeBlock << QStringList{u"code *x*@10"_s};
    QTest::newRow("table pipes") << u"| a | *b* |\n|---|---|\n| c \\| d |"_s << K::TableDelimiter
                                 << QStringList{u"|@0"_s,          u"|@4"_s,  u"|@10"_s,
                                                u"|---|---|@12"_s, u"|@22"_s, u"|@31"_s};
    QTest::newRow("emphasis in a table cell")
        << u"| a | *b* |\n|---|---|"_s << K::Emphasis << QStringList{u"*b*@6"_s};
    // A table right after a paragraph's lines: cmark-gfm misplaces both.
    QTest::newRow("table after a paragraph, its emphasis")
        << u"text *x*\nmore *y*\n| a | *b* |\n|---|---|\n| *c* | d |"_s << K::Emphasis
        << QStringList{u"*x*@5"_s, u"*y*@14"_s, u"*b*@24"_s, u"*c*@42"_s};
    QTest::newRow("table after a paragraph, its pipes")
        << u"text\n| a | b |\n|---|---|\n| c | d |"_s << K::TableDelimiter
        << QStringList{u"|@5"_s,  u"|@9"_s,  u"|@13"_s, u"|---|---|@15"_s,
                       u"|@25"_s, u"|@29"_s, u"|@33"_s};
    QTest::newRow("table after a paragraph in a quote")
        << u"> text *x*\n> | a | *b* |\n> |---|---|"_s << K::Emphasis
        << QStringList{u"*x*@7"_s, u"*b*@19"_s};
    QTest::newRow("table after a paragraph in a list item")
        << u"- text *x*\n  | a | *b* |\n  |---|---|"_s << K::Emphasis
        << QStringList{u"*x*@7"_s, u"*b*@19"_s};
    QTest::newRow("raw html") << u"text <b>in</b> line"_s << K::RawHtml
                              << QStringList{u"<b>@5"_s, u"</b>@10"_s};
    QTest::newRow("thematic break")
        << u"a\n\n***\n\nb"_s << K::ThematicBreak << QStringList{u"***@3"_s};

    // cmark-gfm's columns on continuation lines count from the line's content.
    QTest::newRow("continuation line in a list item")
        << u"- item *a*\n    more *b*"_s << K::Emphasis << QStringList{u"*a*@7"_s, u"*b*@20"_s};
    QTest::newRow("lazy line in a quote")
        << u"> a *q*\n  lazy *x* y"_s << K::Emphasis << QStringList{u"*q*@4"_s, u"*x*@15"_s};
    QTest::newRow("lazy line in a nested quote")
        << u"> > nested *n*\n> lazy *l*"_s << K::Emphasis << QStringList{u"*n*@11"_s, u"*l*@22"_s};
    QTest::newRow("setext heading's second line")
        << u"Setext *x*\n  line *y*\n==="_s << K::Emphasis << QStringList{u"*x*@7"_s, u"*y*@18"_s};
    QTest::newRow("code span that starts a continuation line")
        << u"- a\n    `code` *x*"_s << K::Code << QStringList{u"`code`@8"_s};
    QTest::newRow("emphasis after it")
        << u"- a\n    `code` *x*"_s << K::Emphasis << QStringList{u"*x*@15"_s};
    QTest::newRow("code span over two lines")
        << u"a `code\nspan` after *e*"_s << K::Code << QStringList{u"`code\nspan`@2"_s};
    QTest::newRow("emphasis after a code span over two lines")
        << u"- a `code\n  span` after *e*"_s << K::Emphasis << QStringList{u"*e*@24"_s};
    QTest::newRow("bare URL that starts a continuation line")
        << u"- a\n    www.example.com *y*"_s << K::Autolink << QStringList{u"www.example.com@8"_s};

    // Positions count UTF-16 code units, while cmark-gfm counts UTF-8 bytes.
    QTest::newRow("after letters beyond ASCII")
        << u"blåbær *søt* 🙂 *x*"_s << K::Emphasis << QStringList{u"*søt*@7"_s, u"*x*@16"_s};
    QTest::newRow("emoji inside emphasis")
        << u"a *🙂*"_s << K::Emphasis << QStringList{u"*🙂*@2"_s};
}

void TestMarkdownSpans::spansOfKind()
{
    QFETCH(QString, markdown);
    QFETCH(MarkdownSpanKind, kind);
    QFETCH(QStringList, expected);
    QCOMPARE(spansOf(markdown, kind), expected);
}

void TestMarkdownSpans::agreesWithTheRenderer_data()
{
    QTest::addColumn<QString>("markdown");
    const QStringList texts = samples();
    for (qsizetype i = 0; i < texts.size(); ++i)
        QTest::addRow("sample %lld", qlonglong(i)) << texts.at(i);
}

// As many emphasis, strong, code, struck and linked stretches as the renderer writes.
void TestMarkdownSpans::agreesWithTheRenderer()
{
    QFETCH(QString, markdown);
    const QString html = MarkdownRenderer(BlockMarkup(RenderFormat::Html)).toBlocks(markdown);
    const QList<MarkdownSpan> spans = markdownSpans(markdown);
    using K = MarkdownSpanKind;
    QCOMPARE(countOf(spans, K::Emphasis), countOf(html, u"<em>"_s));
    QCOMPARE(countOf(spans, K::Strong), countOf(html, u"<strong>"_s));
    QCOMPARE(countOf(spans, K::Strikethrough), countOf(html, u"<del>"_s));
    QCOMPARE(countOf(spans, K::Code), countOf(html, u"<code>"_s) - countOf(html, u"<pre"_s));
    QCOMPARE(countOf(spans, K::LinkText) + countOf(spans, K::Autolink),
             countOf(html, u"<a href"_s));
    QCOMPARE(countOf(spans, K::ImageText), countOf(html, u"<img src"_s));
}

void TestMarkdownSpans::delimitersAreWhereTheSpansSayTheyAre_data()
{
    agreesWithTheRenderer_data();
}

void TestMarkdownSpans::delimitersAreWhereTheSpansSayTheyAre()
{
    QFETCH(QString, markdown);
    using K = MarkdownSpanKind;
    for (const MarkdownSpan &span : markdownSpans(markdown)) {
        const QString text = markdown.mid(span.start, span.length);
        QVERIFY2(span.end() <= markdown.size(), qPrintable(text));
        const auto check = [&](const QString &pattern) {
            QVERIFY2(QRegularExpression(u"\\A(?:"_s + pattern + u")\\z"_s,
                                        QRegularExpression::DotMatchesEverythingOption)
                         .match(text)
                         .hasMatch(),
                     qPrintable(markdownSpanKindName(span.kind) + u": "_s + text));
        };
        switch (span.kind) {
        case K::Emphasis:
            check(u"\\*.+\\*|_.+_"_s);
            break;
        case K::Strong:
            check(u"\\*\\*.+\\*\\*|__.+__"_s);
            break;
        case K::Strikethrough:
            check(u"~.+~"_s);
            break;
        case K::Code:
            check(u"(`+).+\\1"_s);
            break;
        case K::LinkText:
            check(u"\\[.*\\]"_s);
            break;
        case K::ImageText:
            check(u"!\\[.*\\]"_s);
            break;
        case K::LinkDestination:
            check(u"\\(.*\\)|\\[.*\\]"_s);
            break;
        case K::Autolink:
            check(u"<.+>|(https?://|www\\.)\\S+|\\S+@\\S+"_s);
            break;
        case K::ListMarker:
            check(u"[-+*]|\\d+[.)]"_s);
            break;
        case K::BlockQuoteMarker:
            check(u">"_s);
            break;
        default:
            break;
        }
    }
}

void TestMarkdownSpans::crlfLinesCountOnce()
{
    const QString text = u"first\r\nsecond *x*\r\n\r\nthird *y*"_s;
    QCOMPARE(spansOf(text, MarkdownSpanKind::Emphasis), (QStringList{u"*x*@14"_s, u"*y*@27"_s}));
}

QUORUM_TEST_GUILESS_MAIN(TestMarkdownSpans)
#include "tst_markdownspans.moc"
