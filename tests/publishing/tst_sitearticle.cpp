// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "postcontentreader.h"
#include "sitearticle.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using namespace quorum::test;

// The article the Quorum plugin keeps with a post, without a site: what is written, what is
// read back, and how a pull brings it up to date with the post's content.
class TestSiteArticle : public QObject
{
    Q_OBJECT

private slots:
    void writtenArticleReadsBackWhole();
    void bindingStaysOnThisComputer();
    void notAnArticleIsRefused_data();
    void notAnArticleIsRefused();
    void digestIgnoresWhiteSpaceAndFootnotes();
    void digestSeesAnyChangeInABlock();
    void unchangedPostGivesTheStoredArticle();
    void sectionEditedInTheBlockEditorIsRead();
    void sectionsAddedAndDeletedInTheBlockEditor();
    void postFieldsWin();
    void syncBaseRoundTrip();
};

namespace {

// The published digests of every section, as PublishJob computes them.
QHash<QString, QString> digestsOf(const Article &article)
{
    QHash<QString, QString> digests;
    for (const auto &section : ContentRenderer(RenderFormat::Blocks).renderSections(article))
        digests.insert(section.id, SiteArticle::blocksDigest(section.markup));
    return digests;
}

// What a pull reads from the post's content and fields.
Article pulledFrom(const QString &content, const Article &fields)
{
    Article pulled;
    pulled.meta = fields.meta;
    pulled.sections = PostContentReader::read(content);
    return pulled;
}

SiteArticle::Stored stored(const Article &article)
{
    QString error;
    const auto read = SiteArticle::read(SiteArticle::write(article, digestsOf(article)), &error);
    if (!read)
        qFatal("the stored article does not read back: %s", qPrintable(error));
    return *read;
}

QStringList headings(const Article &article)
{
    QStringList list;
    for (const Section &section : article.sections)
        list.append(section.heading);
    return list;
}

} // namespace

void TestSiteArticle::writtenArticleReadsBackWhole()
{
    const Article article = reviewedArticle();
    const QHash<QString, QString> digests = digestsOf(article);
    SiteArticle::TermNames terms;
    terms[u"categories"_s].insert(3, u"News"_s);
    terms[u"tags"_s].insert(12, u"a"_s);
    terms[u"tags"_s].insert(14, u"b c"_s);
    QString error;
    const auto read = SiteArticle::read(SiteArticle::write(article, digests, terms), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->article, article);
    QCOMPARE(read->publishedDigests, digests);
    QCOMPARE(read->terms, terms);
    // What only the site needs never reaches the article, nor so its file.
    QVERIFY(!read->article.extra.contains(u"publishedBlocks"_s));
    QVERIFY(!read->article.extra.contains(u"publishedTerms"_s));
}

void TestSiteArticle::bindingStaysOnThisComputer()
{
    Article article = reviewedArticle();
    article.remote.site = u"https://binding.invalid/"_s;
    article.remote.postId = 12;
    article.remote.extra.insert(u"media"_s, QJsonObject{{u"abc"_s, 3}});
    const QString written = SiteArticle::write(article, {});
    QVERIFY(!written.contains(u"binding.invalid"_s));
    QVERIFY(SiteArticle::read(written, nullptr)->article.remote.isEmpty());
}

void TestSiteArticle::notAnArticleIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not json") << u"<html>Error</html>"_s;
    QTest::newRow("a list") << u"[1, 2]"_s;
    QTest::newRow("wrong schema") << u"{\"format\": 1, \"sections\": 3}"_s;
}

void TestSiteArticle::notAnArticleIsRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!SiteArticle::read(text, &error));
    QVERIFY(!error.isEmpty());
}

void TestSiteArticle::digestIgnoresWhiteSpaceAndFootnotes()
{
    const QString one = u"<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->"_s;
    const QString two = u"<!-- wp:separator -->\n<hr class=\"wp-block-separator\"/>\n"
                        u"<!-- /wp:separator -->"_s;
    const QString footnotes = u"<!-- wp:footnotes /-->"_s;
    const QString digest = SiteArticle::blocksDigest(one + u"\n\n"_s + two);
    QVERIFY(!digest.isEmpty());
    QCOMPARE(SiteArticle::blocksDigest(one + u"\n"_s + two), digest);
    QCOMPARE(SiteArticle::blocksDigest(u"\n"_s + one + u"\n\n\n"_s + two + u"\n"_s), digest);
    QCOMPARE(SiteArticle::blocksDigest(one + u"\n\n"_s + two + u"\n\n"_s + footnotes), digest);
    QCOMPARE(SiteArticle::blocksDigest(u"<!-- wp:paragraph -->"_s), QString());
}

void TestSiteArticle::digestSeesAnyChangeInABlock()
{
    const QString block = u"<!-- wp:paragraph -->\n<p>One two</p>\n<!-- /wp:paragraph -->"_s;
    const QString digest = SiteArticle::blocksDigest(block);
    QVERIFY(SiteArticle::blocksDigest(QString(block).replace(u"two"_s, u"too"_s)) != digest);
    QVERIFY(SiteArticle::blocksDigest(QString(block).replace(u"<p>"_s, u"<p class=\"x\">"_s)) !=
            digest);
    QVERIFY(SiteArticle::blocksDigest(block + block) != digest);
}

void TestSiteArticle::unchangedPostGivesTheStoredArticle()
{
    const Article article = reviewedArticle();
    const QString content = ContentRenderer(RenderFormat::Blocks).render(article);
    QStringList notes;
    const Article merged =
        SiteArticle::merged(stored(article), pulledFrom(content, article), content, &notes);
    QCOMPARE(merged, article);
    QCOMPARE(notes, QStringList());
}

void TestSiteArticle::sectionEditedInTheBlockEditorIsRead()
{
    const Article article = reviewedArticle();
    qsizetype edited = -1;
    for (qsizetype i = 0; i < article.sections.size() && edited < 0; ++i) {
        if (article.sections.at(i).kind == SectionKind::Introduction)
            edited = i;
    }
    QVERIFY(edited >= 0);
    Article changed = article;
    changed.sections[edited].markdown += u"\n\nAdded in the block editor."_s;
    const QString content = ContentRenderer(RenderFormat::Blocks).render(changed);

    QStringList notes;
    const Article merged =
        SiteArticle::merged(stored(article), pulledFrom(content, article), content, &notes);
    QCOMPARE(merged.sections.size(), article.sections.size());
    QVERIFY(merged.sections.at(edited).markdown.contains(u"Added in the block editor."_s));
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        if (i != edited)
            QCOMPARE(merged.sections.at(i), article.sections.at(i));
    }
    QCOMPARE(merged.comments, article.comments);
    QCOMPARE(merged.review, article.review);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(article.sections.at(edited).heading));
}

void TestSiteArticle::sectionsAddedAndDeletedInTheBlockEditor()
{
    const Article article = reviewedArticle();
    const ContentRenderer renderer(RenderFormat::Blocks);
    const QList<ContentRenderer::RenderedSection> sections = renderer.renderSections(article);
    QVERIFY(sections.size() >= 3);
    // The second section deleted, a section of the block editor's own added at the end.
    QString content;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (i != 1)
            content += sections.at(i).markup + u"\n\n"_s;
    }
    content += u"<!-- wp:heading -->\n<h2 class=\"wp-block-heading\">From WordPress</h2>\n"
               u"<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>New.</p>\n"
               u"<!-- /wp:paragraph -->"_s;

    const Article merged =
        SiteArticle::merged(stored(article), pulledFrom(content, article), content, nullptr);
    QStringList expected = headings(article);
    expected.removeAt(1);
    expected.append(u"From WordPress"_s);
    QCOMPARE(headings(merged), expected);
    QCOMPARE(merged.sections.first(), article.sections.first());
    QCOMPARE(merged.sections.last().markdown.trimmed(), u"New."_s);
}

void TestSiteArticle::postFieldsWin()
{
    const Article article = reviewedArticle();
    const QString content = ContentRenderer(RenderFormat::Blocks).render(article);
    Article fields = article;
    fields.meta.title = u"Retitled in WordPress"_s;
    fields.meta.slug = u"retitled"_s;
    fields.meta.excerpt = u"Shorter."_s;
    fields.meta.tags = QStringList{u"new tag"_s};
    fields.meta.categories = QStringList{u"Elsewhere"_s};
    const Article merged =
        SiteArticle::merged(stored(article), pulledFrom(content, fields), content, nullptr);
    QCOMPARE(merged.meta.title, fields.meta.title);
    QCOMPARE(merged.meta.slug, fields.meta.slug);
    QCOMPARE(merged.meta.excerpt, fields.meta.excerpt);
    QCOMPARE(merged.meta.tags, fields.meta.tags);
    QCOMPARE(merged.meta.categories, fields.meta.categories);
    // The same terms in the site's order are the article's terms in its own.
    Article reordered = article;
    reordered.meta.categories = {u"Tech"_s, u"News"_s};
    reordered.meta.tags = {u"b c"_s, u"A"_s};
    const Article same =
        SiteArticle::merged(stored(article), pulledFrom(content, reordered), content, nullptr);
    QCOMPARE(same.meta.categories, article.meta.categories);
    QCOMPARE(same.meta.tags, article.meta.tags);
    // What the post does not say stays the stored article's.
    QCOMPARE(merged.meta.featuredImage, article.meta.featuredImage);
    QCOMPARE(merged.meta.reviewStatus, article.meta.reviewStatus);
    QCOMPARE(merged.sections, article.sections);
}

void TestSiteArticle::syncBaseRoundTrip()
{
    Article article = reviewedArticle();
    QVERIFY(!SiteArticle::syncBase(article));
    article.remote.site = u"https://example.org/"_s;
    article.remote.postId = 7;
    SiteArticle::setSyncBase(&article.remote, article);
    const auto base = SiteArticle::syncBase(article);
    QVERIFY(base);
    Article expected = article;
    expected.remote = {};
    QCOMPARE(*base, expected);
    // Kept in the file like any other member of the binding.
    article.remote.extra[u"base"_s] = QJsonObject{{u"format"_s, u"not an article"_s}};
    QVERIFY(!SiteArticle::syncBase(article));
}

QUORUM_TEST_GUILESS_MAIN(TestSiteArticle)
#include "tst_sitearticle.moc"
