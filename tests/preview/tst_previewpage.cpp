// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "previewpage.h"
#include "testarticles.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestPreviewPage : public QObject
{
    Q_OBJECT

private slots:
    void pageWrapsTheRenderedContentUnchanged();
    void pageForbidsScripts();
    void headerIsEscaped();
};

void TestPreviewPage::pageWrapsTheRenderedContentUnchanged()
{
    const Article article = test::sampleArticle();
    const QString content = ContentRenderer().render(article);
    const QString page = previewPageHtml(article, content);
    QVERIFY(page.contains(u"<div class=\"entry-content\">\n"_s + content + u"\n</div>"_s));
    QVERIFY(page.contains(
        u"<h1 class=\"entry-title\">Can a Small Country Build Its Own Language Model?</h1>"_s));
    QVERIFY(page.contains(u"<html lang=\"en\">"_s));
    QVERIFY(page.contains(u"ingrid.solberg"_s));
    QVERIFY(page.contains(u"October 14, 2026"_s)); // the article's language decides the date
    QVERIFY(page.contains(u".wp-block-quote"_s));  // the theme is embedded
}

void TestPreviewPage::pageForbidsScripts()
{
    const QString page = previewPageHtml(Article{}, QString());
    QVERIFY(page.contains(u"Content-Security-Policy"_s));
    QVERIFY(page.contains(u"default-src 'none'"_s));
    QVERIFY(!page.contains(u"script-src"_s)); // so scripts fall back to 'none'
    QVERIFY(!page.contains(u"<script"_s));
}

void TestPreviewPage::headerIsEscaped()
{
    Article article;
    article.meta.title = u"<script>x</script>"_s;
    article.meta.author = u"a&b"_s;
    article.meta.categories = {u"<i>c</i>"_s};
    article.meta.language = u"nb\"><script>"_s;
    const QString page = previewPageHtml(article, QString());
    QVERIFY(!page.contains(u"<script>"_s));
    QVERIFY(page.contains(u"&lt;script&gt;x&lt;/script&gt;"_s));
    QVERIFY(page.contains(u"a&amp;b"_s));
    QVERIFY(page.contains(u"&lt;i&gt;c&lt;/i&gt;"_s));
}

QTEST_GUILESS_MAIN(TestPreviewPage)
#include "tst_previewpage.moc"
