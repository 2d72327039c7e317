// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockgrammar.h"
#include "contentrenderer.h"
#include "keptblock.h"
#include "sourcedmarkup.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Sections read from the site: the block grammar that cuts post content into blocks, the lines
// that stand for kept blocks, and publishing them back block for block.
class TestSourcedMarkup : public QObject
{
    Q_OBJECT

private slots:
    void blockSpansCoverTheContent_data();
    void blockSpansCoverTheContent();
    void malformedMarkupSaysWhy_data();
    void malformedMarkupSaysWhy();
    void innerBlocksLeaveTheirHtml();
    void keptLineRoundTrip_data();
    void keptLineRoundTrip();
    void carryKeepsWhatQuorumDoesNotWrite_data();
    void carryKeepsWhatQuorumDoesNotWrite();
    void unchangedBlocksComeBackByteForByte();
    void editedBlockTakesTheOriginalsPlace();
    void movedBlockIsStillTheStoredBlock();
    void headlessSectionPublishesNoHeading();
    void renamedHeadingKeepsItsBlock();
    void keptBlockLineRendersTheKeptBlock();
};

namespace {

const QString kParagraph = u"<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->"_s;
const QString kCentered = u"<!-- wp:paragraph {\"align\":\"center\"} -->\n"
                          "<p class=\"has-text-align-center\">Two</p>\n<!-- /wp:paragraph -->"_s;
const QString kColumns = u"<!-- wp:columns -->\n<div class=\"wp-block-columns\"><!-- wp:column "
                         "-->\n<div class=\"wp-block-column\"><!-- wp:paragraph -->\n<p>In a "
                         "column</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:column --></div>\n"
                         "<!-- /wp:columns -->"_s;

QString paragraph(const QString &text)
{
    return u"<!-- wp:paragraph -->\n<p>"_s + text + u"</p>\n<!-- /wp:paragraph -->"_s;
}

QList<RenderedMarkdownBlock> rendered(const QString &markdown)
{
    return MarkdownRenderer(BlockMarkup(RenderFormat::Blocks)).toBlockList(markdown);
}

QString joined(const QList<MarkupPiece> &pieces)
{
    QString markup;
    for (const MarkupPiece &piece : pieces)
        markup += (markup.isEmpty() ? QString() : piece.before) + piece.markup;
    return markup;
}

} // namespace

void TestSourcedMarkup::blockSpansCoverTheContent_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("names");
    QTest::newRow("two blocks") << kParagraph + u"\n\n"_s + kCentered
                                << u"core/paragraph core/paragraph"_s;
    QTest::newRow("nested") << kColumns << u"core/columns"_s;
    QTest::newRow("self-closing, odd spacing")
        << u"<!-- wp:block {\"ref\":42} /-->\n\n\n<!-- wp:spacer /-->"_s
        << u"core/block core/spacer"_s;
    QTest::newRow("classic content around blocks")
        << u"<p>classic</p>\n"_s + kParagraph + u"\n<p>after</p>\n"_s
        << u"freeform core/paragraph freeform"_s;
    QTest::newRow("third-party namespace")
        << u"<!-- wp:acme/chart {\"a\":[1,2]} -->\n<div>x</div>\n<!-- /wp:acme/chart -->"_s
        << u"acme/chart"_s;
    // WordPress writes "-->" in an attribute as \u escapes; a brace inside a string is fine.
    QTest::newRow("attributes with braces and an escaped closer")
        << u"<!-- wp:paragraph {\"x\":\"}{ \\u002d\\u002d\\u003e\"} -->\n<p>y</p>\n"
           "<!-- /wp:paragraph -->"_s
        << u"core/paragraph"_s;
}

void TestSourcedMarkup::blockSpansCoverTheContent()
{
    QFETCH(QString, content);
    QFETCH(QString, names);
    const BlockParse parse = parseBlockMarkup(content);
    QVERIFY2(parse.ok, qPrintable(parse.error));
    QCOMPARE(blockNames(parse.blocks), names.replace(u"freeform"_s, u"freeform"_s));
    // What lies between the blocks is white space only, so blocks and gaps give back the text.
    qsizetype end = 0;
    QString rebuilt;
    for (const ParsedBlock &block : parse.blocks) {
        QVERIFY(content.mid(end, block.start - end).trimmed().isEmpty());
        rebuilt += content.mid(end, block.end - end);
        end = block.end;
    }
    rebuilt += content.mid(end);
    QCOMPARE(rebuilt, content);
}

void TestSourcedMarkup::malformedMarkupSaysWhy_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("never closed") << u"<!-- wp:paragraph -->\n<p>x</p>"_s << u"never closed"_s;
    QTest::newRow("stray closer") << u"<p>x</p><!-- /wp:paragraph -->"_s << u"no opening"_s;
    QTest::newRow("crossed") << u"<!-- wp:group --><!-- wp:paragraph --><!-- /wp:group -->"_s
                             << u"no opening"_s;
    QTest::newRow("attributes not an object")
        << u"<!-- wp:paragraph {\"a\": } -->\n<p>x</p>\n<!-- /wp:paragraph -->"_s
        << u"not a JSON object"_s;
}

void TestSourcedMarkup::malformedMarkupSaysWhy()
{
    QFETCH(QString, content);
    QFETCH(QString, reason);
    const BlockParse parse = parseBlockMarkup(content);
    QVERIFY(!parse.ok);
    QVERIFY2(parse.error.contains(reason), qPrintable(parse.error));
}

void TestSourcedMarkup::innerBlocksLeaveTheirHtml()
{
    const BlockParse parse = parseBlockMarkup(kColumns);
    QVERIFY(parse.ok);
    const ParsedBlock &columns = parse.blocks.first();
    QCOMPARE(columns.innerBlocks.size(), 1);
    QCOMPARE(columns.innerBlocks.first().innerBlocks.first().name, u"core/paragraph"_s);
    QCOMPARE(columns.innerHtml, u"\n<div class=\"wp-block-columns\"></div>\n"_s);
    QCOMPARE(blockHtml(kColumns, columns),
             u"\n<div class=\"wp-block-columns\">\n<div class=\"wp-block-column\">\n<p>In a "
             "column</p>\n</div>\n</div>\n"_s);
    QCOMPARE(withoutDelimiters(kParagraph), u"\n<p>One</p>\n"_s);
}

void TestSourcedMarkup::keptLineRoundTrip_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"In a column"_s << u"In a column"_s;
    QTest::newRow("comment enders and quotes")
        << u"a --> b \"c\""_s << u"a \u2013> b \u201dc\u201d"_s;
    QTest::newRow("long text is cut at a word")
        << QString(u"word "_s).repeated(30)
        << QString(u"word "_s).repeated(12).trimmed() + u'\u2026';
    QTest::newRow("no text") << QString() << QString();
}

void TestSourcedMarkup::keptLineRoundTrip()
{
    QFETCH(QString, summary);
    QFETCH(QString, shown);
    const QString line = KeptBlockLine{u"k0123abcd"_s, u"core/columns"_s, summary}.toLine();
    QVERIFY(!line.contains(u'\n'));
    const std::optional<KeptBlockLine> parsed = KeptBlockLine::parse(line);
    QVERIFY(parsed);
    QCOMPARE(parsed->id, u"k0123abcd"_s);
    QCOMPARE(parsed->blockName, u"core/columns"_s);
    QCOMPARE(parsed->summary, shown);
    QVERIFY(!KeptBlockLine::parse(u"<!-- quorum:kept nothex core/x -->"_s));
    QVERIFY(!KeptBlockLine::parse(u"<!-- a comment -->"_s));
}

void TestSourcedMarkup::carryKeepsWhatQuorumDoesNotWrite_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("fresh");
    QTest::addColumn<QString>("expected");
    QTest::newRow("alignment and its class")
        << kCentered << paragraph(u"Three"_s) << QString(kCentered).replace(u"Two"_s, u"Three"_s);
    QTest::newRow("anchor and classes of a heading")
        << u"<!-- wp:heading {\"level\":3,\"anchor\":\"a\"} -->\n<h3 class=\"wp-block-heading x\" "
           "id=\"a\">Old</h3>\n<!-- /wp:heading -->"_s
        << u"<!-- wp:heading {\"level\":3} -->\n<h3 class=\"wp-block-heading\">New</h3>\n"
           "<!-- /wp:heading -->"_s
        << u"<!-- wp:heading {\"level\":3,\"anchor\":\"a\"} -->\n<h3 class=\"wp-block-heading x\" "
           "id=\"a\">New</h3>\n<!-- /wp:heading -->"_s;
    const QString newLevel = u"<!-- wp:heading {\"level\":4} -->\n<h4 class=\"wp-block-heading\">"
                             "New</h4>\n<!-- /wp:heading -->"_s;
    QTest::newRow("a level Quorum writes wins")
        << u"<!-- wp:heading {\"level\":3} -->\n<h3>Old</h3>\n<!-- /wp:heading -->"_s << newLevel
        << newLevel;
    QTest::newRow("fixed table layout")
        << u"<!-- wp:table {\"hasFixedLayout\":true} -->\n<figure class=\"wp-block-table\"><table "
           "class=\"has-fixed-layout\"><tbody><tr><td>a</td></tr></tbody></table></figure>\n"
           "<!-- /wp:table -->"_s
        << u"<!-- wp:table {\"hasFixedLayout\":false} -->\n<figure class=\"wp-block-table\"><table>"
           "<tbody><tr><td>b</td></tr></tbody></table></figure>\n<!-- /wp:table -->"_s
        << u"<!-- wp:table {\"hasFixedLayout\":false} -->\n<figure class=\"wp-block-table\"><table>"
           "<tbody><tr><td>b</td></tr></tbody></table></figure>\n<!-- /wp:table -->"_s;
    QTest::newRow("another kind of block") << kParagraph << newLevel << newLevel;
}

void TestSourcedMarkup::carryKeepsWhatQuorumDoesNotWrite()
{
    QFETCH(QString, original);
    QFETCH(QString, fresh);
    QFETCH(QString, expected);
    QCOMPARE(carryAttributes(original, fresh), expected);
}

void TestSourcedMarkup::unchangedBlocksComeBackByteForByte()
{
    // The site's spelling of a block differs from Quorum's (an entity, no wp-block-heading
    // class), and the white space between blocks is not Quorum's: all of it stays.
    const QList<SourceBlock> source{
        {u"Tom & Jerry"_s, paragraph(u"Tom &amp; Jerry"_s), QString(), {}},
        {u"## Small"_s,
         u"<!-- wp:heading {\"level\":3} -->\n<h3>Small</h3>\n<!-- /wp:heading -->"_s,
         u"\n"_s,
         {}},
        {u"Two"_s, kCentered, u"\n\n\n"_s, {}}};
    const QList<MarkupPiece> pieces =
        sourcedPieces(rendered(u"Tom & Jerry\n\n## Small\n\nTwo"_s), source);
    QCOMPARE(pieces.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(pieces.at(i).markup, source.at(i).markup);
        QCOMPARE(pieces.at(i).before, source.at(i).before);
    }
}

void TestSourcedMarkup::editedBlockTakesTheOriginalsPlace()
{
    const QList<SourceBlock> source{{u"One"_s, kParagraph, u"\n\n"_s, {}},
                                    {u"Two"_s, kCentered, u"\n\n"_s, {}},
                                    {u"Three"_s, paragraph(u"Three"_s), u"\n\n"_s, {}}};
    const QList<MarkupPiece> pieces =
        sourcedPieces(rendered(u"One\n\nTwo, *edited*\n\nThree\n\nAdded"_s), source);
    QCOMPARE(pieces.size(), 4);
    QCOMPARE(pieces.at(0).markup, kParagraph);
    QCOMPARE(pieces.at(1).markup,
             QString(kCentered).replace(u">Two<"_s, u">Two, <em>edited</em><"_s));
    QCOMPARE(pieces.at(2).markup, paragraph(u"Three"_s));
    QCOMPARE(pieces.at(3).markup, paragraph(u"Added"_s));
    QCOMPARE(pieces.at(3).before, u"\n\n"_s);

    // Deleted: the rest stays as it was.
    QCOMPARE(joined(sourcedPieces(rendered(u"One\n\nThree"_s), source)),
             kParagraph + u"\n\n"_s + paragraph(u"Three"_s));
}

void TestSourcedMarkup::movedBlockIsStillTheStoredBlock()
{
    const QList<SourceBlock> source{{u"One"_s, kParagraph, u"\n\n"_s, {}},
                                    {u"Two"_s, kCentered, u"\n\n"_s, {}},
                                    {u"Three"_s, paragraph(u"Three"_s), u"\n\n"_s, {}}};
    const QList<MarkupPiece> pieces = sourcedPieces(rendered(u"Three\n\nOne\n\nTwo"_s), source);
    QCOMPARE(joined(pieces),
             paragraph(u"Three"_s) + u"\n\n"_s + kParagraph + u"\n\n"_s + kCentered);
}

void TestSourcedMarkup::headlessSectionPublishesNoHeading()
{
    Article article;
    Section section = Section::create(SectionKind::Introduction);
    section.heading.clear();
    section.headless = true;
    section.markdown = u"One"_s;
    section.source.blocks = {{u"One"_s, kParagraph, u"\n\n"_s, {}}};
    article.sections = {section};
    QCOMPARE(ContentRenderer().render(article), kParagraph);
    QCOMPARE(ContentRenderer::firstMarkdownElement(article, section), 0);

    // Once the writer gives it a heading, it has one.
    article.sections[0].heading = u"Now titled"_s;
    QVERIFY(ContentRenderer().render(article).startsWith(u"<!-- wp:heading"_s));
}

void TestSourcedMarkup::renamedHeadingKeepsItsBlock()
{
    Article article;
    Section section = Section::create(SectionKind::Text);
    section.heading = u"Old"_s;
    const QString h1 = u"<!-- wp:heading {\"level\":1} -->\n<h1 class=\"wp-block-heading\">Old"
                       "</h1>\n<!-- /wp:heading -->"_s;
    section.source.heading = {u"Old"_s, h1, QString(), {}};
    article.sections = {section};
    QCOMPARE(ContentRenderer().render(article), h1);
    article.sections[0].heading = u"New & better"_s;
    QCOMPARE(ContentRenderer().render(article),
             QString(h1).replace(u">Old<"_s, u">New &amp; better<"_s));
}

void TestSourcedMarkup::keptBlockLineRendersTheKeptBlock()
{
    const QString line =
        KeptBlockLine{u"k00000001"_s, u"core/columns"_s, u"In a column"_s}.toLine();
    Article article;
    Section from = Section::create(SectionKind::Text);
    from.markdown = line;
    from.source.blocks = {{line, kColumns, QString(), {}}};
    // The line pasted into another section still stands for the block.
    Section to = Section::create(SectionKind::Text);
    to.markdown = u"Before\n\n"_s + line;
    article.sections = {from, to};
    const QString rendered = ContentRenderer().renderSection(article, article.sections.at(1));
    QVERIFY(rendered.endsWith(u"\n\n"_s + kColumns));
    // In plain HTML it loses its delimiters like any other block.
    QVERIFY(ContentRenderer(RenderFormat::Html)
                .renderSection(article, article.sections.at(1))
                .endsWith(withoutDelimiters(kColumns)));
    // A line naming no kept block is text, never markup.
    Section unknown = Section::create(SectionKind::Text);
    unknown.markdown = KeptBlockLine{u"kffffffff"_s, u"core/html"_s, QString()}.toLine();
    article.sections = {unknown};
    QVERIFY(ContentRenderer().render(article).contains(u"&lt;!-- quorum:kept"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestSourcedMarkup)
#include "tst_sourcedmarkup.moc"
