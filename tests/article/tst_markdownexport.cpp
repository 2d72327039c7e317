// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptblock.h"
#include "markdownexport.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestMarkdownExport : public QObject
{
    Q_OBJECT

private slots:
    void frontMatterQuotesEverything();
    void sectionsInOrder();
    void voicesBecomeAttributedQuotes();
    void pulledPostExportsWhatItShows();
};

void TestMarkdownExport::frontMatterQuotesEverything()
{
    Article article = test::fullArticle();
    const QString markdown = articleToMarkdown(article);
    QVERIFY(markdown.startsWith(u"---\n"_s));
    QVERIFY(markdown.contains(u"\ntitle: \"Städte & Dörfer: \\\"quoted\\\" <title>\"\n"_s));
    QVERIFY(markdown.contains(u"\nexcerpt: \"An excerpt\\nwith a line break.\"\n"_s));
    QVERIFY(markdown.contains(u"\ndate: \"2026-03-01T09:30:15Z\"\n"_s));
    QVERIFY(markdown.contains(u"\ncategories: [\"News\", \"Tech\"]\n"_s));
    QVERIFY(markdown.contains(u"\nfeatured_image: \"images/cover.png\"\n"_s));
    QVERIFY(markdown.contains(u"\nlanguage: \"nb\"\n"_s));
    QVERIFY(markdown.contains(
        u"\nfeatured_image_alt: \"A cover\"\n---\n\n# Städte & Dörfer: \"quoted\" \\<title\\>\n"_s));
}

void TestMarkdownExport::sectionsInOrder()
{
    const Article article = test::fullArticle();
    const QString markdown = articleToMarkdown(article);
    qsizetype position = 0;
    for (const Section &section : article.sections) {
        const qsizetype found = markdown.indexOf(u"\n## "_s + section.heading + u'\n', position);
        QVERIFY2(found > position, qPrintable(section.heading));
        position = found;
    }
    QVERIFY(markdown.contains(u"\n- One\n- **Two**\n"_s));
    QVERIFY(markdown.contains(u"**60% Skeptical, 40% Supportive**\n\nBelow the split."_s));
    QVERIFY(markdown.contains(test::markdownFeatures().trimmed()));
    // An image alone in its paragraph, an image block when published, stays Markdown.
    QVERIFY(
        markdown.contains(u"\n\n![A chart of the split](images/chart.png \"The split\")\n\n"_s));
    QVERIFY(!markdown.contains(u"Check the split."_s)); // review comments are never exported
}

void TestMarkdownExport::voicesBecomeAttributedQuotes()
{
    const QString markdown = articleToMarkdown(test::fullArticle());
    QVERIFY2(
        markdown.contains(u"> A quote\n>\n> in two paragraphs\n>\n> — kari, "
                          "[Forum](<https://forum.example.org/t/1>) · 2026-02-28 · Skeptical"_s),
        qPrintable(markdown));
}

void TestMarkdownExport::pulledPostExportsWhatItShows()
{
    const QString line = KeptBlockLine{u"k0000000a"_s, u"core/html"_s, u"Hand"_s}.toLine();
    Section lead = Section::create(SectionKind::Introduction);
    lead.heading.clear();
    lead.headless = true;
    lead.markdown = u"Lead.\n\n"_s + line;
    lead.source.blocks = {
        {u"Lead."_s, u"<!-- wp:paragraph -->\n<p>Lead.</p>\n<!-- /wp:paragraph -->"_s, {}, {}},
        {line, u"<!-- wp:html -->\n<div class=\"hand\">Hand</div>\n<!-- /wp:html -->"_s, {}, {}}};
    Article article;
    article.meta.title = u"T"_s;
    article.sections = {lead};
    const QString markdown = articleToMarkdown(article);
    // No heading the post never had, and the kept block as its HTML, not as a hidden comment.
    QVERIFY2(markdown.endsWith(u"# T\n\nLead.\n\n<div class=\"hand\">Hand</div>\n"_s),
             qPrintable(markdown));
}

QUORUM_TEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
