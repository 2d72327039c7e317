// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"
#include "contentrenderer.h"
#include "footnotes.h"
#include "keptblock.h"
#include "testarticles.h"
#include "testmain.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

Article articleWith(const QList<Section> &sections)
{
    Article article;
    article.sections = sections;
    return article;
}

Section textSection(const QString &id, const QString &markdown)
{
    Section section = test::fixedSection(SectionKind::Text, id);
    section.heading = u"Heading "_s + id;
    section.markdown = markdown;
    return section;
}

// Each footnote reference of `markup`: its id and the number it shows.
QList<std::pair<QString, int>> referencesIn(const QString &markup)
{
    static const QRegularExpression reference(
        u"<sup data-fn=\"([^\"]+)\" class=\"fn\"><a href=\"#\\1\" id=\"\\1-link\">(\\d+)</a></sup>"_s);
    QList<std::pair<QString, int>> found;
    for (auto it = reference.globalMatch(markup); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.append({match.captured(1), match.captured(2).toInt()});
    }
    return found;
}

QString paragraphWith(const QString &html)
{
    return u"<!-- wp:paragraph -->\n<p>"_s + html + u"</p>\n<!-- /wp:paragraph -->"_s;
}

// Two sections with footnotes: numbers run on from one to the next.
Article twoSections()
{
    return articleWith(
        {textSection(u"first"_s, u"A claim[^1] and another[^note].\n\n[^1]: First *source*.\n\n"
                                 "[^note]: Second."_s),
         textSection(u"second"_s, u"More[^1].\n\n[^1]: Third."_s)});
}

} // namespace

class TestFootnotes : public QObject
{
    Q_OBJECT

private slots:
    void referencesAreWordPressFootnotes();
    void numbersRunAcrossTheArticle();
    void idsAreStableAndNamedBySectionAndLabel();
    void contentsAreInlineHtmlInNumberOrder();
    void oneFootnotesBlockAtTheEnd();
    void noFootnotesNoBlock();
    void repeatedReferenceIsAFootnoteOfItsOwn();
    void undefinedReferenceAndUnusedDefinitionStayText();
    void referenceInsideADefinitionIsText();
    void rawHtmlInADefinitionIsText();
    void listShownInPlaceOfTheBlock();
    void sectionsRenderedOneByOneAgreeWithTheWhole();
    void sourceFootnoteKeepsItsIdAndContent();
    void sourceFootnoteEditedGetsNewContent();
    void storedMarkupIsRenumbered();
    void keptFootnotesBlockServes();
    void readPostWithoutFootnotesBlockGetsNone();
    void keptBlockReferencesAreNumberedWithTheirStoredContent();
    void blockAtLineSkipsDefinitions();
    void renumberLeavesOtherMarkupAlone();
};

void TestFootnotes::referencesAreWordPressFootnotes()
{
    const Article article = articleWith({textSection(u"s"_s, u"Text[^1].\n\n[^1]: Note."_s)});
    const QString markup = ContentRenderer().render(article);
    const QString id = ContentRenderer().footnotes(article).value(0).id;
    QVERIFY(!QUuid::fromString(id).isNull());
    QVERIFY2(
        markup.contains(paragraphWith(
            u"Text<sup data-fn=\"%1\" class=\"fn\"><a href=\"#%1\" id=\"%1-link\">1</a></sup>."_s
                .arg(id))),
        qPrintable(markup));
    // The definition renders no block of its own.
    QVERIFY(!markup.contains(u"Note."_s));
}

void TestFootnotes::numbersRunAcrossTheArticle()
{
    const QString markup = ContentRenderer().render(twoSections());
    const QList<std::pair<QString, int>> references = referencesIn(markup);
    QCOMPARE(references.size(), 3);
    QCOMPARE(references.at(0).second, 1);
    QCOMPARE(references.at(1).second, 2);
    QCOMPARE(references.at(2).second, 3);
    // The second section's [^1] is another footnote than the first's.
    QVERIFY(references.at(2).first != references.at(0).first);
}

void TestFootnotes::idsAreStableAndNamedBySectionAndLabel()
{
    const Article article = twoSections();
    QCOMPARE(ContentRenderer().render(article), ContentRenderer().render(article));
    // The same label in the same section keeps its id when the text around it changes.
    Article edited = article;
    edited.sections[0].markdown.prepend(u"New opening.\n\n"_s);
    QCOMPARE(ContentRenderer().footnotes(edited).value(0).id,
             ContentRenderer().footnotes(article).value(0).id);
    // A copy of the section (another section id) has ids of its own.
    Article copied = article;
    copied.sections[1].id = u"copy"_s;
    QVERIFY(ContentRenderer().footnotes(copied).value(2).id !=
            ContentRenderer().footnotes(article).value(2).id);
}

void TestFootnotes::contentsAreInlineHtmlInNumberOrder()
{
    const Article article = twoSections();
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 3);
    QCOMPARE(footnotes.at(0).content, u"First <em>source</em>."_s);
    QCOMPARE(footnotes.at(1).content, u"Second."_s);
    QCOMPARE(footnotes.at(2).content, u"Third."_s);
    const QList<std::pair<QString, int>> references =
        referencesIn(ContentRenderer().render(article));
    for (qsizetype i = 0; i < footnotes.size(); ++i)
        QCOMPARE(footnotes.at(i).id, references.at(i).first);

    // Paragraphs of one footnote are one piece of rich text.
    const Article paragraphs =
        articleWith({textSection(u"p"_s, u"Text[^1].\n\n[^1]: One.\n\n    Two, **bold**."_s)});
    QCOMPARE(ContentRenderer().footnotes(paragraphs).value(0).content,
             u"One.<br>Two, <strong>bold</strong>."_s);
}

void TestFootnotes::oneFootnotesBlockAtTheEnd()
{
    const Article article = twoSections();
    const QString markup = ContentRenderer().render(article);
    QVERIFY(markup.endsWith(u"</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:footnotes /-->"_s));
    QCOMPARE(markup.count(u"wp:footnotes"_s), 1);
    const test::BlockParse parse = test::parseBlocks(markup);
    QVERIFY2(parse.ok, qPrintable(parse.error));
    QCOMPARE(parse.blocks.last().name, u"core/footnotes"_s);
    // Plain HTML shows nothing for it: WordPress renders the list on the page.
    QVERIFY(!ContentRenderer(RenderFormat::Html).render(article).contains(u"footnotes"_s));
}

void TestFootnotes::noFootnotesNoBlock()
{
    const Article article = articleWith({textSection(u"s"_s, u"Plain [link](x) text."_s)});
    QVERIFY(!ContentRenderer().render(article).contains(u"footnotes"_s));
    QVERIFY(ContentRenderer().footnotes(article).isEmpty());
}

void TestFootnotes::repeatedReferenceIsAFootnoteOfItsOwn()
{
    // WordPress has no footnote referred to twice: each reference is one.
    const Article article =
        articleWith({textSection(u"s"_s, u"One[^a], two[^a].\n\n[^a]: Said twice."_s)});
    const QList<std::pair<QString, int>> references =
        referencesIn(ContentRenderer().render(article));
    QCOMPARE(references.size(), 2);
    QVERIFY(references.at(0).first != references.at(1).first);
    QCOMPARE(references.at(1).second, 2);
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 2);
    QCOMPARE(footnotes.at(0).content, footnotes.at(1).content);
}

void TestFootnotes::undefinedReferenceAndUnusedDefinitionStayText()
{
    const Article article =
        articleWith({textSection(u"s"_s, u"Nothing[^x] here.\n\n[^unused]: Never shown."_s)});
    const QString markup = ContentRenderer().render(article);
    QVERIFY2(markup.contains(u"Nothing[^x] here."_s), qPrintable(markup));
    QVERIFY(!markup.contains(u"Never shown"_s));
    QVERIFY(!markup.contains(u"footnotes"_s));
}

void TestFootnotes::referenceInsideADefinitionIsText()
{
    const Article article =
        articleWith({textSection(u"s"_s, u"Text[^a].\n\n[^a]: See [^b].\n\n[^b]: Only inside."_s)});
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 1);
    QCOMPARE(footnotes.at(0).content, u"See [^b]."_s);
}

void TestFootnotes::rawHtmlInADefinitionIsText()
{
    const Article article = articleWith(
        {textSection(u"s"_s, u"Text[^a].\n\n[^a]: <script>alert(1)</script> <b>x</b>"_s)});
    const QString content = ContentRenderer().footnotes(article).value(0).content;
    QVERIFY2(!content.contains(u"<script"_s) && !content.contains(u"<b>"_s), qPrintable(content));
    QVERIFY(content.contains(u"&lt;script&gt;"_s));
}

void TestFootnotes::listShownInPlaceOfTheBlock()
{
    const Article article = twoSections();
    ContentRenderer renderer;
    renderer.setFootnotesListShown(true);
    const QString markup = renderer.render(article);
    QVERIFY(!markup.contains(u"wp:footnotes"_s));
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    // As WordPress renders the block: each item named by the footnote's id, with a link back.
    const QString expected =
        u"<ol class=\"wp-block-footnotes\"><li id=\"%1\">First <em>source</em>. <a "
        u"href=\"#%1-link\" "
        "aria-label=\"Jump to footnote reference 1\">\u21a9\ufe0e</a></li>"_s.arg(
            footnotes.at(0).id);
    QVERIFY2(markup.contains(expected), qPrintable(markup));
    QVERIFY(markup.endsWith(u"</li></ol>"_s));
    QCOMPARE(markup.count(u"<li id="_s), 3);

    // In the article's language.
    Article norwegian = article;
    norwegian.meta.language = u"nb"_s;
    QVERIFY(renderer.render(norwegian).contains(u"aria-label=\"Gå til fotnotehenvisning 3\""_s));
}

void TestFootnotes::sectionsRenderedOneByOneAgreeWithTheWhole()
{
    Article article = twoSections();
    article.sections.append(textSection(u"third"_s, u"No notes here."_s));
    for (const bool list : {false, true}) {
        ContentRenderer renderer;
        renderer.setFootnotesListShown(list);
        QStringList one;
        QStringList all;
        for (const Section &section : article.sections)
            one.append(renderer.renderSection(article, section));
        for (const ContentRenderer::RenderedSection &section : renderer.renderSections(article))
            all.append(section.markup);
        QCOMPARE(one, all);
        QCOMPARE(all.join(u"\n\n"_s), renderer.render(article));
        // The block (or the list) belongs to the last section.
        QVERIFY(all.last().contains(list ? u"wp-block-footnotes"_s : u"wp:footnotes"_s));
    }
    // The block follows them from the last section.
    QCOMPARE(ContentRenderer::followingFootnotes(article),
             (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    article.sections.append(textSection(u"fourth"_s, u"Nor here."_s));
    QCOMPARE(ContentRenderer::followingFootnotes(article),
             (QStringList{u"first"_s, u"second"_s, u"fourth"_s}));
}

void TestFootnotes::sourceFootnoteKeepsItsIdAndContent()
{
    const QString id = u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
    Section section = textSection(u"s"_s, u"Cone 6[^1].\n\n[^1]: About 1,220 °C."_s);
    section.source.footnotes = {
        {id, u"1"_s, u"[^1]: About 1,220 °C."_s, u"About 1,220&nbsp;°C."_s, {}}};
    const Article article = articleWith({section});
    QCOMPARE(referencesIn(ContentRenderer().render(article)).value(0).first, id);
    // The content the site stored, which the Markdown says the same way.
    QCOMPARE(ContentRenderer().footnotes(article),
             (QList<PostFootnote>{{id, u"About 1,220&nbsp;°C."_s}}));
}

void TestFootnotes::sourceFootnoteEditedGetsNewContent()
{
    const QString id = u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
    Section section = textSection(u"s"_s, u"Cone 6[^1].\n\n[^1]: About 1,222 °C."_s);
    section.source.footnotes = {
        {id, u"1"_s, u"[^1]: About 1,220 °C."_s, u"About 1,220&nbsp;°C."_s, {}}};
    QCOMPARE(ContentRenderer().footnotes(articleWith({section})),
             (QList<PostFootnote>{{id, u"About 1,222 °C."_s}}));
}

void TestFootnotes::storedMarkupIsRenumbered()
{
    // A paragraph published as the site stored it, whose footnote is now the second.
    const QString id = u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
    const QString stored = paragraphWith(u"Stored<sup data-fn=\"%1\" class=\"fn\"><a href=\"#%1\" "
                                         "id=\"%1-link\">1</a></sup>."_s.arg(id));
    Section section = textSection(u"s"_s, u"Stored[^1].\n\n[^1]: Note."_s);
    section.source.blocks = {{u"Stored[^1]."_s, stored, u"\n\n"_s, {}}};
    section.source.footnotes = {{id, u"1"_s, u"[^1]: Note."_s, u"Note."_s, {}}};
    Article article = articleWith({section});
    QVERIFY(ContentRenderer().render(article).contains(stored));

    article.sections[0].markdown = u"New[^0].\n\nStored[^1].\n\n[^0]: New note.\n\n[^1]: Note."_s;
    const QString markup = ContentRenderer().render(article);
    QVERIFY2(markup.contains(QString(stored).replace(u">1</a>"_s, u">2</a>"_s)),
             qPrintable(markup));
    QCOMPARE(ContentRenderer().footnotes(article).value(1).id, id);
}

void TestFootnotes::keptFootnotesBlockServes()
{
    // A post read from the site brought its footnotes block, which the writer moved up.
    const KeptBlockLine line{u"k1"_s, u"core/footnotes"_s, QString()};
    Section first =
        textSection(u"first"_s, u"Text[^1].\n\n"_s + line.toLine() + u"\n\n[^1]: Note."_s);
    first.source.blocks = {{line.toLine(), u"<!-- wp:footnotes /-->"_s, u"\n\n"_s, {}}};
    const Section last = textSection(u"last"_s, u"The end."_s);
    const Article article = articleWith({first, last});
    const QString markup = ContentRenderer().render(article);
    QCOMPARE(markup.count(u"wp:footnotes"_s), 1);
    QVERIFY(!ContentRenderer().renderSection(article, last).contains(u"footnotes"_s));
    QCOMPARE(ContentRenderer::followingFootnotes(article), QStringList{u"first"_s});

    // Shown as the list where it stands.
    ContentRenderer renderer;
    renderer.setFootnotesListShown(true);
    const QString shown = renderer.renderSection(article, article.sections.at(0));
    QVERIFY2(shown.contains(u"<ol class=\"wp-block-footnotes\"><li id="_s), qPrintable(shown));
    QVERIFY(!shown.contains(u"wp:footnotes"_s));
}

void TestFootnotes::readPostWithoutFootnotesBlockGetsNone()
{
    // Read from a post whose footnotes had no block: none is added, in the post or the preview.
    const QString id = u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
    Section section = textSection(u"s"_s, u"Cone 6[^1].\n\n[^1]: Note."_s);
    section.source.footnotes = {{id, u"1"_s, u"[^1]: Note."_s, u"Note."_s, {}}};
    const Article article = articleWith({section});
    QVERIFY(!ContentRenderer().render(article).contains(u"footnotes"_s));
    ContentRenderer preview;
    preview.setFootnotesListShown(true);
    QVERIFY(!preview.render(article).contains(u"footnotes"_s));
    QCOMPARE(ContentRenderer().footnotes(article).size(), 1);
    QCOMPARE(ContentRenderer::followingFootnotes(article), QStringList{u"s"_s});

    // Nor when the writer took the kept block's line out.
    const KeptBlockLine line{u"k1"_s, u"core/footnotes"_s, QString()};
    Section kept = textSection(u"k"_s, u"Text[^1].\n\n[^1]: Note."_s);
    kept.source.blocks = {{line.toLine(), u"<!-- wp:footnotes /-->"_s, u"\n\n"_s, {}}};
    QVERIFY(!ContentRenderer().render(articleWith({kept})).contains(u"footnotes"_s));
}

void TestFootnotes::keptBlockReferencesAreNumberedWithTheirStoredContent()
{
    // A kept block (a table Quorum could not read) refers to a footnote of the post: it is
    // numbered in its place, and listed with the content the site stored.
    const QString keptId = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
    const QString table = u"<!-- wp:table -->\n<figure class=\"wp-block-table\"><table><tr><td>"
                          "Cell<sup data-fn=\"%1\" class=\"fn\"><a href=\"#%1\" id=\"%1-link\">1"
                          "</a></sup></td></tr></table></figure>\n<!-- /wp:table -->"_s.arg(keptId);
    const KeptBlockLine line{u"k2"_s, u"core/table"_s, u"Cell"_s};
    Section section =
        textSection(u"s"_s, u"Before[^1].\n\n"_s + line.toLine() + u"\n\n[^1]: First."_s);
    section.source.blocks = {{line.toLine(), table, u"\n\n"_s, {}}};
    section.source.footnotes = {{keptId, QString(), QString(), u"Kept <em>note</em>."_s, {}}};
    const Article article = articleWith({section});
    const QString markup = ContentRenderer().render(article);
    QVERIFY2(markup.contains(QString(table).replace(u">1</a>"_s, u">2</a>"_s)), qPrintable(markup));
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 2);
    QCOMPARE(footnotes.at(1), (PostFootnote{keptId, u"Kept <em>note</em>."_s}));
}

void TestFootnotes::blockAtLineSkipsDefinitions()
{
    const QString markdown = u"One[^1].\n\n[^1]: Note.\n\nTwo."_s;
    QCOMPARE(MarkdownRenderer::blockAtLine(markdown, 1), 0);
    QCOMPARE(MarkdownRenderer::blockAtLine(markdown, 5), 1); // "Two." is the second block
}

void TestFootnotes::renumberLeavesOtherMarkupAlone()
{
    const QString plain = paragraphWith(u"No <sup>2</sup> references."_s);
    QCOMPARE(renumberFootnotes(plain, [](const QString &) { return 5; }), plain);
    const QString one = footnoteReference(u"x"_s, 1);
    QCOMPARE(renumberFootnotes(one, [](const QString &) { return 0; }), one);
    QCOMPARE(renumberFootnotes(one + one, [](const QString &) { return 7; }),
             footnoteReference(u"x"_s, 7) + footnoteReference(u"x"_s, 7));
    QCOMPARE(footnoteIdsIn(one + footnoteReference(u"y"_s, 2)), (QStringList{u"x"_s, u"y"_s}));
    // The attribute as text is no reference, and does not confuse the one that follows.
    const QString text = u"<code>&lt;sup data-fn=\"t\"&gt;</code> data-fn=\"u\" "_s + one;
    QCOMPARE(footnoteIdsIn(text), QStringList{u"x"_s});
    QCOMPARE(renumberFootnotes(text, [](const QString &id) { return id == u"x" ? 4 : 9; }),
             u"<code>&lt;sup data-fn=\"t\"&gt;</code> data-fn=\"u\" "_s +
                 footnoteReference(u"x"_s, 4));
}

QUORUM_TEST_GUILESS_MAIN(TestFootnotes)
#include "tst_footnotes.moc"
