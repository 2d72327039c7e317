// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"
#include "markdown.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

QString blocks(const QString &markdown)
{
    return MarkdownRenderer(BlockMarkup(RenderFormat::Blocks)).toBlocks(markdown);
}

// The words of a text (letters only: list numbers are the list's, not the text's), counted.
QMap<QString, int> wordCounts(const QString &text)
{
    static const QRegularExpression word(u"\\p{L}+"_s);
    QMap<QString, int> counts;
    for (const QRegularExpressionMatch &match : word.globalMatch(text))
        ++counts[match.captured()];
    return counts;
}

// What a reader sees of block markup: the text, without delimiters, tags or attributes.
QString visibleText(QString markup)
{
    static const QRegularExpression comment(u"<!--.*?-->"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    markup.remove(comment).replace(tag, u" "_s);
    return markup.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
}

// Blocks by name, a list with its start when it has one, a quote with what it holds:
// "list table list@2 quote(paragraph)".
QString outline(const QList<ParsedBlock> &blocks)
{
    QStringList names;
    for (const ParsedBlock &block : blocks) {
        QString name = block.name.section(u'/', 1);
        if (block.attributes.contains(u"start"_s))
            name += u'@' + QString::number(block.attributes.value(u"start"_s).toInt());
        if (name == u"quote")
            name += u'(' + outline(block.innerBlocks) + u')';
        names.append(name);
    }
    return names.join(u' ');
}

QString outline(const QString &markup)
{
    const test::BlockParse parse = test::parseBlocks(markup);
    if (!parse.ok || !parse.freeform.isEmpty())
        return u"unparsed: "_s + parse.error + parse.freeform;
    return outline(parse.blocks);
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void everyWordOfAListWithATableIsPublished();
    void blocksAListItemCannotHoldEndTheList_data();
    void blocksAListItemCannotHoldEndTheList();
    void blockAtLineCountsTheBlocksOfASplitList();
};

void TestMarkdown::everyWordOfAListWithATableIsPublished()
{
    // No images: their words are alt text, in an attribute.
    const QString markdown =
        test::listBlocksMarkdown().remove(u"![a kiln shelf](images/shelf.png)"_s);
    const QString markup = blocks(markdown);
    const QMap<QString, int> written = wordCounts(markdown);
    const QMap<QString, int> published = wordCounts(visibleText(markup));
    QVERIFY(written.contains(u"Feldspar"_s));
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QVERIFY2(published.value(it.key()) >= it.value(),
                 qPrintable(u"“%1” is written %2 times, published %3 times"_s.arg(it.key())
                                .arg(it.value())
                                .arg(published.value(it.key()))));
}

void TestMarkdown::blocksAListItemCannotHoldEndTheList_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("outline");
    const QString table = u"| a | b |\n   | - | - |\n   | c | d |\n"_s;
    QTest::newRow("table in an ordered item, text after it")
        << u"1. one\n\n   "_s + table + u"\n   more of one\n2. two\n"_s
        << u"list table paragraph list@2"_s;
    QTest::newRow("table in the last item") << u"- one\n- two\n\n   "_s + table << u"list table"_s;
    QTest::newRow("code block") << u"3. three\n   ```\n   x\n   ```\n4. four\n"_s
                                << u"list@3 code list@4"_s;
    QTest::newRow("quote") << u"- one\n  > said\n- two\n"_s << u"list quote(paragraph) list"_s;
    QTest::newRow("separator") << u"- one\n\n  ***\n- two\n"_s << u"list separator list"_s;
    QTest::newRow("ordered item that starts with a table keeps its number")
        << u"1. "_s + table + u"2. two\n"_s << u"list table list@2"_s;
    QTest::newRow("bullet item that starts with a table")
        << u"- "_s + QString(table).replace(u"   "_s, u"  "_s) + u"- two\n"_s << u"table list"_s;
    QTest::newRow("in a nested list: the rest follows at the top level")
        << u"1. one\n   - inner\n\n     | a | b |\n     | - | - |\n   - inner two\n2. two\n"_s
        << u"list table list list@2"_s;
    QTest::newRow("inside a quote")
        << u"> - one\n>\n>   | a | b |\n>   | - | - |\n> - two\n"_s << u"quote(list table list)"_s;
    QTest::newRow("headings, images and nested lists stay in the item")
        << u"- one\n  ### title\n  ![alt](a.png)\n  - inner\n"_s << u"list"_s;
}

void TestMarkdown::blocksAListItemCannotHoldEndTheList()
{
    QFETCH(QString, markdown);
    QFETCH(QString, outline);
    const QString markup = blocks(markdown);
    QCOMPARE(::outline(markup), outline);
}

void TestMarkdown::blockAtLineCountsTheBlocksOfASplitList()
{
    const QString markdown = u"Intro.\n\n"      // line 1: block 0
                             "1. one\n\n"       // line 3: block 1
                             "   | a | b |\n"   // the table: block 2
                             "   | - | - |\n\n" //
                             "2. two\n\n"       // line 8: block 3
                             "After.\n"_s;      // line 10: block 4
    QCOMPARE(outline(blocks(markdown)), u"paragraph list table list@2 paragraph"_s);
    QCOMPARE(MarkdownRenderer::blockAtLine(markdown, 1), 0);
    QCOMPARE(MarkdownRenderer::blockAtLine(markdown, 3), 1);
    QCOMPARE(MarkdownRenderer::blockAtLine(markdown, 10), 4);
}

QUORUM_TEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
