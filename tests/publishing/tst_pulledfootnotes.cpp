// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "footnotes.h"
#include "keptblock.h"
#include "postcontentreader.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

Q_DECLARE_METATYPE(quorum::PostFootnote)

// PostContentReader with the post meta `footnotes`: a paragraph that refers to footnotes is
// Markdown with Markdown footnotes, and publishing what was read unchanged gives the same
// content and the same footnotes.
class TestPulledFootnotes : public QObject
{
    Q_OBJECT

private slots:
    void paragraphWithFootnoteIsMarkdown();
    void unchangedComesBackUnchanged_data();
    void unchangedComesBackUnchanged();
    void quorumPostComesBackUnchanged();
    void editedParagraphKeepsItsFootnote();
    void editedDefinitionKeepsItsId();
    void newFootnoteBeforeRenumbers();
    void footnoteMarkdownCannotSayKeepsItsBlock();
    void footnoteWithoutContentKeepsItsBlock();
    void keptBlockKeepsItsFootnotes();
};

namespace {

const QString kId = u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s;
const QString kOther = u"0b5e7c55-3a38-4b6f-8d0e-6a3a7f3c2d11"_s;

QString blockEditorPost(const QString &name)
{
    return test::blockEditorPosts().value(name);
}

QString paragraph(const QString &html)
{
    return u"<!-- wp:paragraph -->\n<p>"_s + html + u"</p>\n<!-- /wp:paragraph -->"_s;
}

// The fixture's footnote: the content as the block editor stores it (a no-break space).
const QList<PostFootnote> kFootnotes{
    {kId, u"About 1,220&nbsp;°C, as <em>Orton</em> charts give it."_s}};

Article articleOf(const QList<Section> &sections)
{
    Article article;
    article.sections = sections;
    return article;
}

} // namespace

void TestPulledFootnotes::paragraphWithFootnoteIsMarkdown()
{
    QStringList notes;
    const QList<Section> sections =
        PostContentReader::read(blockEditorPost(u"footnotes"_s), kFootnotes, nullptr, &notes);
    QCOMPARE(sections.size(), 1);
    const QStringList blocks = sections.first().markdown.split(u"\n\n"_s);
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks.at(0), u"Cone 6 is a mid-range firing[^1]."_s);
    // The footnotes block is kept where it stands; the definition follows the text.
    const std::optional<KeptBlockLine> kept = KeptBlockLine::parse(blocks.at(1));
    QVERIFY(kept);
    QCOMPARE(kept->blockName, u"core/footnotes"_s);
    QCOMPARE(blocks.at(2), u"[^1]: About 1,220\u00a0°C, as *Orton* charts give it."_s);
    QCOMPARE(sections.first().source.footnotes,
             (QList<SourceFootnote>{{kId, u"1"_s, blocks.at(2), kFootnotes.first().content, {}}}));
    QCOMPARE(notes.size(), 1); // the footnotes block is kept, as before
}

void TestPulledFootnotes::unchangedComesBackUnchanged_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QList<PostFootnote>>("footnotes");
    QTest::newRow("the fixture") << blockEditorPost(u"footnotes"_s) << kFootnotes;
    // Two sections, a list, a heading's footnote, and the footnotes block moved up.
    const QString ref1 = footnoteReference(kId, 1);
    const QString ref2 = footnoteReference(kOther, 2);
    const QString ref3 = footnoteReference(u"c3"_s, 3);
    QTest::newRow("across sections")
        << paragraph(u"Lead"_s + ref1 + u"."_s) + u"\n\n<!-- wp:footnotes /-->\n\n"_s +
               u"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">Head"_s + ref2 +
               u"</h2>\n<!-- /wp:heading -->\n\n"_s +
               u"<!-- wp:list -->\n<ul class=\"wp-block-list\"><!-- wp:list-item -->\n<li>Item"_s +
               ref3 + u"</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->"_s
        << QList<PostFootnote>{{kId, u"One."_s},
                               {kOther, u"Two <a href=\"https://e.org/\">e</a>."_s},
                               {u"c3"_s, u"Three."_s}};
}

void TestPulledFootnotes::quorumPostComesBackUnchanged()
{
    // What Quorum publishes: footnotes in a paragraph, a list, a quote and a table cell, in
    // two sections, one label referred to twice.
    Article article;
    Section first = Section::create(SectionKind::Introduction);
    first.markdown = u"Cone 6[^1], cone 04[^2].\n\n[^1]: About *1,220* °C.\n\n[^2]: Cooler."_s;
    Section second = Section::create(SectionKind::Text);
    second.heading = u"Glazes"_s;
    second.markdown =
        u"- Listed[^a]\n\n> Quoted[^a]\n\n| Cone | °C[^b] |\n|---|---|\n| 6 | 1222 |"
        "\n\n[^a]: Twice.\n\n[^b]: Celsius, see [the chart](https://e.org/c?a=1&b=2)."_s;
    article.sections = {first, second};
    const QString content = ContentRenderer().render(article);
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 5);

    bool quorumPost = false;
    const Article pulled = articleOf(PostContentReader::read(content, footnotes, &quorumPost));
    QVERIFY(quorumPost);
    QCOMPARE(ContentRenderer().render(pulled), content);
    QCOMPARE(ContentRenderer().footnotes(pulled), footnotes);
    // The sections come back with their footnotes as Markdown, numbered as published.
    QCOMPARE(pulled.sections.at(0).markdown,
             u"Cone 6[^1], cone 04[^2].\n\n[^1]: About *1,220* °C.\n\n[^2]: Cooler."_s);
    QVERIFY2(pulled.sections.at(1).markdown.startsWith(u"- Listed[^3]\n\n> Quoted[^4]\n\n"_s),
             qPrintable(pulled.sections.at(1).markdown));
}

void TestPulledFootnotes::unchangedComesBackUnchanged()
{
    QFETCH(QString, content);
    QFETCH(QList<PostFootnote>, footnotes);
    const Article article = articleOf(PostContentReader::read(content, footnotes));
    QCOMPARE(ContentRenderer().render(article), content);
    QCOMPARE(ContentRenderer().footnotes(article), footnotes);
    // No block that refers to a footnote had to be kept.
    for (const Section &section : article.sections) {
        for (const QString &line : section.markdown.split(u'\n')) {
            const std::optional<KeptBlockLine> kept = KeptBlockLine::parse(line);
            QVERIFY2(!kept || kept->blockName == u"core/footnotes", qPrintable(line));
        }
    }
}

void TestPulledFootnotes::editedParagraphKeepsItsFootnote()
{
    const QString content = blockEditorPost(u"footnotes"_s);
    Article article = articleOf(PostContentReader::read(content, kFootnotes));
    article.sections[0].markdown.replace(u"mid-range"_s, u"*middle*"_s);
    QString expected = content;
    expected.replace(u"mid-range"_s, u"<em>middle</em>"_s);
    QCOMPARE(ContentRenderer().render(article), expected);
    QCOMPARE(ContentRenderer().footnotes(article), kFootnotes);
}

void TestPulledFootnotes::editedDefinitionKeepsItsId()
{
    const QString content = blockEditorPost(u"footnotes"_s);
    Article article = articleOf(PostContentReader::read(content, kFootnotes));
    article.sections[0].markdown.replace(u"charts give it."_s, u"cones say."_s);
    QCOMPARE(ContentRenderer().render(article), content);
    QCOMPARE(ContentRenderer().footnotes(article),
             (QList<PostFootnote>{{kId, u"About 1,220\u00a0°C, as <em>Orton</em> cones say."_s}}));
}

void TestPulledFootnotes::newFootnoteBeforeRenumbers()
{
    const QString content = blockEditorPost(u"footnotes"_s);
    Article article = articleOf(PostContentReader::read(content, kFootnotes));
    Section &section = article.sections[0];
    section.markdown = u"First[^new].\n\n"_s + section.markdown + u"\n\n[^new]: Added."_s;
    const QString published = ContentRenderer().render(article);
    // The stored paragraph stays as it was, but for the number it now shows.
    QVERIFY2(published.contains(
                 QString(content.section(u"\n\n"_s, 0, 0)).replace(u">1</a>"_s, u">2</a>"_s)),
             qPrintable(published));
    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 2);
    QCOMPARE(footnotes.at(0).content, u"Added."_s);
    QCOMPARE(footnotes.at(1), kFootnotes.first());
}

void TestPulledFootnotes::footnoteMarkdownCannotSayKeepsItsBlock()
{
    // A footnote with a highlight, which Markdown has no way to say: its paragraph is kept.
    const QString content =
        paragraph(u"Text"_s + footnoteReference(kId, 1) + u"."_s) + u"\n\n<!-- wp:footnotes /-->"_s;
    const QList<PostFootnote> footnotes{
        {kId, u"A <mark style=\"background-color:#ff0\" class=\"has-inline-color\">marked</mark> "
              "note."_s}};
    const QList<Section> sections = PostContentReader::read(content, footnotes);
    QVERIFY(!sections.first().markdown.contains(u"[^"_s));
    QVERIFY(KeptBlockLine::parse(sections.first().markdown.section(u"\n\n"_s, 0, 0)));
    QCOMPARE(sections.first().source.footnotes,
             (QList<SourceFootnote>{{kId, QString(), QString(), footnotes.first().content, {}}}));
    QCOMPARE(ContentRenderer().render(articleOf(sections)), content);
    QCOMPARE(ContentRenderer().footnotes(articleOf(sections)), footnotes);
}

void TestPulledFootnotes::footnoteWithoutContentKeepsItsBlock()
{
    const QString content = blockEditorPost(u"footnotes"_s);
    const QList<Section> sections = PostContentReader::read(content, {});
    QVERIFY(!sections.first().markdown.contains(u"[^"_s));
    QCOMPARE(ContentRenderer().render(articleOf(sections)), content);
    QVERIFY(ContentRenderer().footnotes(articleOf(sections)).isEmpty());
}

void TestPulledFootnotes::keptBlockKeepsItsFootnotes()
{
    // A verse (kept) refers to the first footnote, a paragraph to the second.
    const QString content = u"<!-- wp:verse -->\n<pre class=\"wp-block-verse\">Line"_s +
                            footnoteReference(kOther, 1) + u"</pre>\n<!-- /wp:verse -->\n\n"_s +
                            paragraph(u"Text"_s + footnoteReference(kId, 2)) +
                            u"\n\n<!-- wp:footnotes /-->"_s;
    const QList<PostFootnote> footnotes{{kOther, u"In a verse."_s}, {kId, u"In text."_s}};
    const QList<Section> sections = PostContentReader::read(content, footnotes);
    QVERIFY2(sections.first().markdown.contains(u"\n\nText[^2]\n\n"_s),
             qPrintable(sections.first().markdown));
    QVERIFY(sections.first().markdown.endsWith(u"[^2]: In text."_s));
    // The verse's footnote has no label: no Markdown refers to it.
    QCOMPARE(sections.first().source.footnotes.value(0),
             (SourceFootnote{kOther, QString(), QString(), u"In a verse."_s, {}}));
    const Article article = articleOf(sections);
    QCOMPARE(ContentRenderer().render(article), content);
    QCOMPARE(ContentRenderer().footnotes(article), footnotes);

    // A verse alone: its footnote is not in the Markdown at all.
    const QString verse = content.section(u"\n\n"_s, 0, 0);
    const QList<Section> alone = PostContentReader::read(verse, footnotes);
    QVERIFY(!alone.first().markdown.contains(u"[^"_s));
    QCOMPARE(alone.first().source.footnotes,
             (QList<SourceFootnote>{{kOther, QString(), QString(), u"In a verse."_s, {}}}));
    QCOMPARE(ContentRenderer().render(articleOf(alone)), verse);
    QCOMPARE(ContentRenderer().footnotes(articleOf(alone)), footnotes.mid(0, 1));
}

QUORUM_TEST_GUILESS_MAIN(TestPulledFootnotes)
#include "tst_pulledfootnotes.moc"
