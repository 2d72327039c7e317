// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "footnotesmeta.h"
#include "publishjob.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressblocks.h"
#include "wordpressfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::WordPressUser;

// Footnotes published to the real WordPress of the ctest fixtures: WordPress 6.3 and later keep
// their contents in the post meta `footnotes` and render the footnotes block as their list;
// 6.1 ignores the meta key, and publishing says that the site shows no list.
class TestPublishFootnotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void footnotesReachTheSite();
    void publishingAgainChangesNothing();
    void filteredFootnotesAreLeftAlone();
    void removingFootnotesClearsThem();

private:
    struct Published
    {
        bool ok = false;
        RemoteBinding binding;
        QStringList warnings;
        QString error;
    };
    Article article(const QString &name) const;
    Published publish(const Article &article, const WordPressUser &user);
    QJsonObject serverPost(qint64 id);
    // Whether the site keeps footnotes: its posts have the meta key (WordPress 6.3 and later).
    static bool keepsFootnotes(const QJsonObject &post);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
};

void TestPublishFootnotes::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
}

Article TestPublishFootnotes::article(const QString &name) const
{
    Article article = test::sampleArticle();
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.meta.categories.clear();
    article.meta.tags.clear();
    article.meta.focusKeyword.clear(); // its own warning, without the plugin
    article.remote = {};
    Section &intro = article.sections[2];
    intro.markdown +=
        u" The figures are from a survey[^survey].\n\n"
        "[^survey]: The *2026* survey, \"quoted\", at [example.org](https://example.org/s?a=1&b=2).\n"_s;
    Section notes = Section::create(SectionKind::Text);
    notes.heading = u"Notes"_s;
    notes.markdown = u"Cone 6[^1] and cone 04[^2], with æøå.\n\n[^1]: About 1,220 °C.\n\n"
                     "[^2]: Cooler: about 1,060 °C.\n"_s;
    article.sections.insert(3, notes);
    return article;
}

TestPublishFootnotes::Published TestPublishFootnotes::publish(const Article &article,
                                                              const WordPressUser &user)
{
    PublishJob job(article, m_wordpress.target(user), {});
    Published published;
    published.ok = test::run(job) && !job.error().isError();
    published.binding = job.binding();
    published.warnings = job.warnings();
    published.error = job.error().toString();
    return published;
}

QJsonObject TestPublishFootnotes::serverPost(qint64 id)
{
    return test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(id), {{u"context"_s, u"edit"_s}}))
        .toObject();
}

bool TestPublishFootnotes::keepsFootnotes(const QJsonObject &post)
{
    return post.value(u"meta"_s).toObject().contains(FootnotesMeta::key());
}

void TestPublishFootnotes::footnotesReachTheSite()
{
    const Article article = this->article(u"footnotes"_s);
    const Published published = publish(article, m_wordpress.editor());
    QVERIFY2(published.ok, qPrintable(published.error));

    const QJsonObject post = serverPost(published.binding.postId);
    const QString content = post[u"content"_s][u"raw"_s].toString();
    QCOMPARE(content, ContentRenderer().render(article));
    QString error;
    const QJsonArray blocks = test::wordpressParseBlocks(content, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(test::topLevelBlockNames(blocks).last(), u"core/footnotes"_s);
    QCOMPARE(test::freeformFragments(blocks), QStringList());

    const QList<PostFootnote> footnotes = ContentRenderer().footnotes(article);
    QCOMPARE(footnotes.size(), 3);
    const QString rendered = post[u"content"_s][u"rendered"_s].toString();
    if (!keepsFootnotes(post)) {
        // WordPress 6.1: the meta key is not registered and is ignored without a word; the
        // post shows the references, and publishing says that there is no list.
        QVERIFY(!rendered.contains(u"wp-block-footnotes"_s));
        QCOMPARE(published.warnings.size(), 1);
        QVERIFY2(published.warnings.first().contains(u"6.3"_s),
                 qPrintable(published.warnings.first()));
        return;
    }
    QCOMPARE(published.warnings, QStringList());
    const QString stored = post[u"meta"_s][FootnotesMeta::key()].toString();
    QCOMPARE(stored, FootnotesMeta::toJson(footnotes));
    QCOMPARE(FootnotesMeta::fromJson(stored), footnotes);
    // The site lists them where the block stands, in order, each after its reference.
    qsizetype at = rendered.indexOf(u"<ol class=\"wp-block-footnotes\">"_s);
    QVERIFY2(at > 0, qPrintable(rendered));
    for (qsizetype i = 0; i < footnotes.size(); ++i) {
        const PostFootnote &footnote = footnotes.at(i);
        QVERIFY2(rendered.indexOf(footnoteReference(footnote.id, int(i + 1))) > 0,
                 qPrintable(rendered));
        const qsizetype item = rendered.indexOf(
            u"<li id=\"%1\">%2 <a href=\"#%1-link\""_s.arg(footnote.id, footnote.content), at);
        QVERIFY2(item > at, qPrintable(rendered.mid(at)));
        at = item;
    }
}

void TestPublishFootnotes::publishingAgainChangesNothing()
{
    Article article = this->article(u"again"_s);
    const Published first = publish(article, m_wordpress.editor());
    QVERIFY2(first.ok, qPrintable(first.error));
    const QJsonObject before = serverPost(first.binding.postId);
    article.remote = first.binding;
    const Published second = publish(article, m_wordpress.editor());
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.binding.postId, first.binding.postId);
    const QJsonObject after = serverPost(first.binding.postId);
    QCOMPARE(after[u"content"_s][u"raw"_s], before[u"content"_s][u"raw"_s]);
    QCOMPARE(after[u"meta"_s], before[u"meta"_s]);
}

void TestPublishFootnotes::filteredFootnotesAreLeftAlone()
{
    // An author may not post unfiltered HTML: WordPress filters the footnotes and writes the
    // meta anew, with escapes of its own. Publishing again sends back what the site holds.
    Article article = this->article(u"filtered"_s);
    const Published first = publish(article, m_wordpress.author());
    QVERIFY2(first.ok, qPrintable(first.error));
    const QJsonObject before = serverPost(first.binding.postId);
    if (!keepsFootnotes(before))
        QSKIP("This WordPress keeps no footnotes (it is older than 6.3).");
    const QString stored = before[u"meta"_s][FootnotesMeta::key()].toString();
    QVERIFY2(stored != FootnotesMeta::toJson(ContentRenderer().footnotes(article)),
             qPrintable(stored));
    QCOMPARE(FootnotesMeta::fromJson(stored), ContentRenderer().footnotes(article));

    article.remote = first.binding;
    const Published second = publish(article, m_wordpress.author());
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(serverPost(first.binding.postId)[u"meta"_s][FootnotesMeta::key()].toString(), stored);
}

void TestPublishFootnotes::removingFootnotesClearsThem()
{
    Article article = this->article(u"removed"_s);
    const Published first = publish(article, m_wordpress.editor());
    QVERIFY2(first.ok, qPrintable(first.error));
    for (Section &section : article.sections)
        section.markdown.replace(u"[^"_s, u"["_s);
    QVERIFY(ContentRenderer().footnotes(article).isEmpty());
    article.remote = first.binding;
    const Published second = publish(article, m_wordpress.editor());
    QVERIFY2(second.ok, qPrintable(second.error));
    QCOMPARE(second.warnings, QStringList());
    const QJsonObject post = serverPost(first.binding.postId);
    QVERIFY(!post[u"content"_s][u"raw"_s].toString().contains(u"footnotes"_s));
    if (keepsFootnotes(post))
        QCOMPARE(post[u"meta"_s][FootnotesMeta::key()].toString(), QString());
}

QUORUM_TEST_GUILESS_MAIN(TestPublishFootnotes)
#include "tst_publishfootnotes.moc"
