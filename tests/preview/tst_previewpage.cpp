// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "previewpage.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestPreviewPage : public QObject
{
    Q_OBJECT

private slots:
    void pageHoldsEverySectionUnchanged();
    void pageForbidsScripts_data();
    void pageForbidsScripts();
    void headerIsEscaped();
    void theme();
    void featuredImage();
};

void TestPreviewPage::pageHoldsEverySectionUnchanged()
{
    const Article article = test::sampleArticle();
    const QList<ContentRenderer::RenderedSection> sections =
        ContentRenderer().renderSections(article);
    const QString page = previewPageHtml(article, sections);
    for (const ContentRenderer::RenderedSection &section : sections) {
        QVERIFY(page.contains(
            u"<div class=\"quorum-section\" data-section-id=\"%1\">\n"_s.arg(section.id) +
            section.markup + u"\n</div>"_s));
    }
    QVERIFY(page.contains(
        u"<h1 class=\"entry-title\">Can a Small Country Build Its Own Language Model?</h1>"_s));
    QVERIFY(page.contains(u"<html lang=\"en\">"_s));
    QVERIFY(page.contains(u"ingrid.solberg"_s));
    QVERIFY(page.contains(u"October 14, 2026"_s)); // the article's language decides the date
    QVERIFY(page.contains(
        u"ul.quorum-verdict-bar>li.quorum-share-60{flex:60 60 0%}"_s)); // the bar's proportions
    QVERIFY(page.contains(u"content-visibility: auto"_s));
}

void TestPreviewPage::pageForbidsScripts_data()
{
    QTest::addColumn<bool>("remoteImages");
    QTest::newRow("remote images") << true;
    QTest::newRow("local images only") << false;
}

void TestPreviewPage::pageForbidsScripts()
{
    QFETCH(bool, remoteImages);
    PreviewPageOptions options;
    options.remoteImages = remoteImages;
    const QString page = previewPageHtml(Article{}, {}, options);
    const QRegularExpression csp(u"Content-Security-Policy\" content=\"([^\"]*)\""_s);
    const QString policy = csp.match(page).captured(1);
    QVERIFY(policy.startsWith(u"default-src 'none';"_s));
    QVERIFY(!policy.contains(u"script-src"_s)); // so scripts fall back to 'none'
    QCOMPARE(policy.contains(u"https:"_s), remoteImages);
    QVERIFY(!page.contains(u"<script"_s));
}

void TestPreviewPage::headerIsEscaped()
{
    Article article;
    article.meta.title = u"<script>x</script>"_s;
    article.meta.author = u"a&b"_s;
    article.meta.categories = {u"<i>c</i>"_s};
    article.meta.language = u"nb\"><script>"_s;
    article.meta.featuredImage = u"x\" onerror=\"alert(1)"_s;
    const QString page = previewPageHtml(article, {});
    QVERIFY(!page.contains(u"<script>"_s));
    QVERIFY(!page.contains(u"\" onerror"_s));
    QVERIFY(page.contains(u"&lt;script&gt;x&lt;/script&gt;"_s));
    QVERIFY(page.contains(u"a&amp;b"_s));
    QVERIFY(page.contains(u"&lt;i&gt;c&lt;/i&gt;"_s));
}

void TestPreviewPage::theme()
{
    PreviewPageOptions options;
    QVERIFY(previewPageHtml(Article{}, {}, options).contains(u"<html lang=\"en\">"_s));
    options.theme = PreviewTheme::Dark;
    QVERIFY(previewPageHtml(Article{}, {}, options)
                .contains(u"<html lang=\"en\" data-theme=\"dark\">"_s));
}

void TestPreviewPage::featuredImage()
{
    Article article;
    article.meta.featuredImage = u"images/cover.png"_s;
    article.meta.featuredImageAlt = u"The cover"_s;
    QVERIFY(
        previewHeaderHtml(article).contains(u"<img src=\"images/cover.png\" alt=\"The cover\">"_s));
    PreviewPageOptions options;
    options.images = [](const QString &url) {
        return ResolvedImage{u"data:image/png;base64,"_s + QString::number(url.size())};
    };
    QVERIFY(previewHeaderHtml(article, options).contains(u"<img src=\"data:image/png;base64,"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
