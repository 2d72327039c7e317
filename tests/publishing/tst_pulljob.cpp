// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "footnotesmeta.h"
#include "publishjob.h"
#include "pulljob.h"
#include "reviewworkflow.h"
#include "testarticles.h"
#include "testmain.h"
#include "textdiff.h"
#include "wordpressfixture.h"

#include <QImage>

#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace quorum;
using Kind = PublishError::Kind;

// Publishing with images in the text, and pulling posts back, against the fixture's
// WordPress.
class TestPullJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void foreignPost();
    void publicPostComesBackWithItsPublishedSnapshot();
    void missingPost();
    void blockEditorPostSurvivesPullAndPublish_data();
    void blockEditorPostSurvivesPullAndPublish();
    void editingOneParagraphChangesOnlyItOnTheSite();
    void footnotesComeBackAsMarkdown();

private:
    PullJob *pull(qint64 postId);
    // A post the administrator writes with `content` (and the meta `footnotes`): its id and
    // what the site stored.
    std::pair<qint64, QString> createPost(const QString &content, const QString &footnotes = {});
    QString storedContent(qint64 postId);
    // The post's meta `footnotes`, or nothing where the site keeps no footnotes (before 6.3).
    std::optional<QString> storedFootnotes(qint64 postId);
    // Pulls the post, lets `edit` change the article, publishes it: what the site stores then.
    QString pullEditPublish(qint64 postId, const std::function<void(Article *)> &edit);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
};

namespace {

// The footnotes of tests/fixtures/blockeditor/footnotes.html as the block editor writes the
// post meta for a new footnote: id first, slashes as they are.
const QString kFixtureFootnotes =
    u"[{\"id\":\"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b\",\"content\":\"About 1,220&nbsp;°C, as "
    "<em>Orton</em> charts give it.\"}]"_s;

// Three small PNG files that differ, so that each is its own upload.
QStringList writeImages(const QString &folder, const QString &token)
{
    QStringList paths;
    const QList<QColor> colours = {Qt::red, Qt::green, Qt::blue};
    QDir(folder).mkpath(u"images"_s);
    for (qsizetype i = 0; i < colours.size(); ++i) {
        QImage image(4, 4, QImage::Format_RGB32);
        image.fill(colours.at(i));
        const QString path = u"images/%1-%2.png"_s.arg(token).arg(i);
        image.save(QDir(folder).filePath(path));
        paths.append(path);
    }
    return paths;
}

} // namespace

void TestPullJob::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
}

PullJob *TestPullJob::pull(qint64 postId)
{
    auto *job = new PullJob(m_wordpress.target(m_wordpress.editor()), postId, this);
    QSignalSpy finished(job, &PullJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(30'000);
    return job;
}

void TestPullJob::roundTrip()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString token = test::unique(u"pull"_s);
    const QStringList images = writeImages(folder.path(), token);

    Article article = test::sampleArticle();
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.meta.categories = {u"Pulled "_s + token};
    article.meta.tags = {u"R&D "_s + token, u"pulled "_s + token};
    Section pictures = Section::create(SectionKind::Text);
    pictures.heading = u"Pictures"_s;
    pictures.markdown = u"Three charts: ![red](%1), ![green](%2 \"Green\")\n\n![blue](%3)"_s.arg(
        images.at(0), images.at(1), images.at(2));
    article.sections.insert(3, pictures);
    article.remote = {};

    PublishOptions options;
    options.baseDirectory = folder.path();
    PublishJob publish(article, m_wordpress.target(m_wordpress.editor()), options);
    QVERIFY(test::run(publish));
    QVERIFY2(!publish.error().isError(), qPrintable(publish.error().toString()));
    QCOMPARE(publish.binding().extra.value(PublishJob::mediaKey()).toObject().size(), 3);

    const QJsonObject post =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(publish.binding().postId),
                                {{u"context"_s, u"edit"_s}}))
            .toObject();
    const QString stored = post[u"content"_s][u"raw"_s].toString();
    QVERIFY(!stored.contains(u"images/"_s)); // the text points at the uploaded files
    QCOMPARE(stored.count(m_wordpress.site().toString() + u"wp-content/uploads/"_s), 3);

    // Publishing again uploads nothing: one request checks that the site still has them.
    Article bound = article;
    bound.remote = publish.binding();
    PublishJob again(bound, m_wordpress.target(m_wordpress.editor()), options);
    QVERIFY(test::run(again));
    QVERIFY2(!again.error().isError(), qPrintable(again.error().toString()));
    QCOMPARE(again.binding().postId, publish.binding().postId);
    QCOMPARE(again.binding().extra, publish.binding().extra);
    // Link header, users/me, the REST index, the post's modified_gmt, 1 term create+2 tags,
    // media check, save.
    QCOMPARE(again.client().requestCount(), 9);

    std::unique_ptr<PullJob> job(pull(publish.binding().postId));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QVERIFY(job->wasQuorumPost());
    const Article pulled = job->article();
    QCOMPARE(pulled.meta.title, article.meta.title);
    QCOMPARE(pulled.meta.slug, article.meta.slug);
    QCOMPARE(pulled.meta.excerpt, article.meta.excerpt);
    QCOMPARE(pulled.meta.categories, article.meta.categories);
    // WordPress keeps a post's terms in its own order.
    QStringList tags = pulled.meta.tags;
    tags.sort();
    QStringList expectedTags = article.meta.tags;
    expectedTags.sort();
    QCOMPARE(tags, expectedTags);
    QCOMPARE(pulled.remote.postId, again.binding().postId);
    QCOMPARE(pulled.remote.modifiedGmt, again.binding().modifiedGmt);
    QCOMPARE(pulled.remote.link, again.binding().link);
    QCOMPARE(pulled.remote.status, u"draft"_s);
    QCOMPARE(pulled.remote.site, m_wordpress.site().toString());
    // A draft is not published: nothing to compare with, and publishing it asks for approval.
    QCOMPARE(pulled.meta.reviewStatus, ReviewStatus::Draft);
    QVERIFY(!pulled.review.published);
    QVERIFY(pulled.review.statusHistory.isEmpty());

    // Section for section: kinds, ids, headings, bullets, stances, voices.
    QCOMPARE(pulled.sections.size(), article.sections.size());
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        const Section &before = article.sections.at(i);
        const Section &after = pulled.sections.at(i);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.heading, before.heading);
        QCOMPARE(after.bullets, before.bullets);
        QCOMPARE(after.stances, before.stances);
        QCOMPARE(after.stancesFromVoices, before.stancesFromVoices);
        QCOMPARE(after.voices, before.voices);
        if (before.id != pictures.id)
            QCOMPARE(after.markdown, before.markdown.trimmed()); // its final newline is lost
    }
    // And the post it makes is the post on the site, byte for byte.
    QCOMPARE(ContentRenderer(RenderFormat::Blocks).render(pulled), stored);

    // Publishing the pulled article updates the same post, without a conflict.
    PublishJob republish(pulled, m_wordpress.target(m_wordpress.editor()), {});
    QVERIFY(test::run(republish));
    QVERIFY2(!republish.error().isError(), qPrintable(republish.error().toString()));
    QCOMPARE(republish.binding().postId, publish.binding().postId);
}

void TestPullJob::foreignPost()
{
    const QJsonObject created =
        test::call(
            m_admin->post(u"wp/v2/posts"_s,
                          {{u"title"_s, u"Written in WordPress"_s},
                           {u"content"_s,
                            u"<!-- wp:paragraph --><p>The lead.</p><!-- /wp:paragraph -->"
                            "<!-- wp:heading --><h2>First</h2><!-- /wp:heading -->"
                            "<!-- wp:paragraph --><p>One <em>two</em>.</p><!-- /wp:paragraph -->"
                            "<!-- wp:heading --><h2>Second</h2><!-- /wp:heading -->"
                            "<!-- wp:list --><ul><li>a</li><li>b</li></ul><!-- /wp:list -->"_s}}))
            .toObject();
    std::unique_ptr<PullJob> job(pull(created.value(u"id"_s).toInteger()));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QVERIFY(!job->wasQuorumPost());
    const Article &pulled = job->article();
    QCOMPARE(pulled.meta.title, u"Written in WordPress"_s);
    QCOMPARE(pulled.sections.size(), 3);
    QCOMPARE(pulled.sections.at(0).kind, SectionKind::Introduction);
    QCOMPARE(pulled.sections.at(0).markdown, u"The lead."_s);
    QCOMPARE(pulled.sections.at(1).kind, SectionKind::Text);
    QCOMPARE(pulled.sections.at(1).heading, u"First"_s);
    QCOMPARE(pulled.sections.at(1).markdown, u"One *two*."_s);
    QCOMPARE(pulled.sections.at(2).heading, u"Second"_s);
    QCOMPARE(pulled.sections.at(2).markdown, u"- a\n- b"_s);
    QCOMPARE(pulled.meta.categories, QStringList{u"Uncategorized"_s});
}

void TestPullJob::publicPostComesBackWithItsPublishedSnapshot()
{
    Article article = test::sampleArticle();
    article.meta.slug = test::unique(u"public"_s);
    article.remote = {};
    article.review = {};
    PublishOptions options;
    options.status = u"publish"_s;
    PublishJob publish(article, m_wordpress.target(m_wordpress.editor()), options);
    QVERIFY(test::run(publish));
    QVERIFY2(!publish.error().isError(), qPrintable(publish.error().toString()));
    QCOMPARE(publish.binding().status, u"publish"_s);

    std::unique_ptr<PullJob> job(pull(publish.binding().postId));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    const Article pulled = job->article();
    QCOMPARE(pulled.meta.reviewStatus, ReviewStatus::Published);

    // What was pulled is what was published, as of the site's last save of the post.
    QVERIFY(pulled.review.published);
    const Revision &snapshot = *pulled.review.published;
    QCOMPARE(snapshot.meta, pulled.meta);
    QCOMPARE(snapshot.sections, pulled.sections);
    QDateTime saved = QDateTime::fromString(pulled.remote.modifiedGmt, Qt::ISODate);
    saved.setTimeSpec(Qt::UTC);
    QVERIFY(saved.isValid());
    QCOMPARE(snapshot.created, saved);
    QCOMPARE(pulled.review.statusHistory,
             (QList<StatusChange>{{ReviewStatus::Published, QString(), saved, {}}}));

    // So publishing it again at once asks for no approval, and "Compare with Published" finds
    // nothing that differs.
    QVERIFY(!publishNeedsConfirmation(pulled));
    Article published;
    published.meta = snapshot.meta;
    published.sections = snapshot.sections;
    QVERIFY(diffArticles(published, pulled).isEmpty());
}

void TestPullJob::missingPost()
{
    std::unique_ptr<PullJob> job(pull(99'999'999));
    QCOMPARE(job->error().kind, Kind::NotFound);
    QVERIFY(job->error().message.contains(u"99999999"_s));
}

std::pair<qint64, QString> TestPullJob::createPost(const QString &content, const QString &footnotes)
{
    QJsonObject fields{{u"title"_s, test::unique(u"blocks"_s)},
                       {u"content"_s, content},
                       {u"status"_s, u"draft"_s}};
    // WordPress before 6.3 ignores the key.
    if (!footnotes.isEmpty())
        fields.insert(u"meta"_s, QJsonObject{{FootnotesMeta::key(), footnotes}});
    const QJsonObject created = test::call(m_admin->post(u"wp/v2/posts"_s, fields)).toObject();
    const qint64 id = created.value(u"id"_s).toInteger();
    return {id, storedContent(id)};
}

std::optional<QString> TestPullJob::storedFootnotes(qint64 postId)
{
    const QJsonObject meta =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(postId), {{u"context"_s, u"edit"_s}}))
            .toObject()[u"meta"_s]
            .toObject();
    if (!meta.contains(FootnotesMeta::key()))
        return std::nullopt;
    return meta.value(FootnotesMeta::key()).toString();
}

QString TestPullJob::storedContent(qint64 postId)
{
    return test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(postId), {{u"context"_s, u"edit"_s}}))
        .toObject()[u"content"_s][u"raw"_s]
        .toString();
}

QString TestPullJob::pullEditPublish(qint64 postId, const std::function<void(Article *)> &edit)
{
    std::unique_ptr<PullJob> job(pull(postId));
    if (job->error().isError())
        return u"pull failed: "_s + job->error().toString();
    Article article = job->article();
    edit(&article);
    PublishJob publish(article, m_wordpress.target(m_wordpress.editor()), {});
    if (!test::run(publish) || publish.error().isError())
        return u"publish failed: "_s + publish.error().toString();
    if (publish.binding().postId != postId)
        return u"published as another post"_s;
    return storedContent(postId);
}

void TestPullJob::blockEditorPostSurvivesPullAndPublish_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("footnotes");
    const QMap<QString, QString> posts = test::blockEditorPosts();
    QVERIFY(posts.size() >= 20);
    for (auto it = posts.begin(); it != posts.end(); ++it)
        QTest::newRow(it.key().toUtf8().constData())
            << it.value() << (it.key() == u"footnotes" ? kFixtureFootnotes : QString());
    QTest::newRow("all of them in one post") << posts.values().join(u"\n\n"_s) << kFixtureFootnotes;
}

void TestPullJob::blockEditorPostSurvivesPullAndPublish()
{
    QFETCH(QString, content);
    QFETCH(QString, footnotes);
    const auto [id, stored] = createPost(content, footnotes);
    QVERIFY(id > 0);
    QCOMPARE(stored, content); // the site keeps what the block editor sends
    const std::optional<QString> storedNotes = storedFootnotes(id);
    if (storedNotes)
        QCOMPARE(*storedNotes, footnotes);
    QCOMPARE(pullEditPublish(id, [](Article *) {}), stored);
    QCOMPARE(storedFootnotes(id), storedNotes);
}

void TestPullJob::editingOneParagraphChangesOnlyItOnTheSite()
{
    const QString content = test::allBlockEditorPosts();
    const auto [id, stored] = createPost(content);
    const QString was = u"Opening words under the first heading."_s;
    const QString after = pullEditPublish(id, [&was](Article *article) {
        for (Section &section : article->sections)
            section.markdown.replace(was, u"Opening words, edited."_s);
    });
    QString expected = stored;
    expected.replace(u"<p>"_s + was + u"</p>"_s, u"<p>Opening words, edited.</p>"_s);
    QVERIFY(expected != stored);
    QCOMPARE(after, expected);
}

void TestPullJob::footnotesComeBackAsMarkdown()
{
    const QString content = test::blockEditorPosts().value(u"footnotes"_s);
    const auto [id, stored] = createPost(content, kFixtureFootnotes);
    std::unique_ptr<PullJob> job(pull(id));
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    const QString markdown = job->article().sections.value(0).markdown;
    if (!storedFootnotes(id)) {
        // WordPress 6.1 keeps no footnotes: the paragraph is kept as it is.
        QVERIFY2(!markdown.contains(u"[^"_s), qPrintable(markdown));
        return;
    }
    QVERIFY2(markdown.startsWith(u"Cone 6 is a mid-range firing[^1].\n\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.endsWith(u"\n\n[^1]: About 1,220\u00a0°C, as *Orton* charts give it."_s),
             qPrintable(markdown));

    // Edited in Quorum: the paragraph and the footnote keep their id.
    const QString after = pullEditPublish(id, [](Article *article) {
        article->sections[0]
            .markdown.replace(u"mid-range"_s, u"middle"_s)
            .replace(u"charts give it"_s, u"cones say"_s);
    });
    QString expected = stored;
    QCOMPARE(after, expected.replace(u"mid-range"_s, u"middle"_s));
    const std::optional<QList<PostFootnote>> footnotes =
        FootnotesMeta::fromJson(storedFootnotes(id).value_or(QString()));
    QCOMPARE(footnotes.value_or(QList<PostFootnote>()),
             (QList<PostFootnote>{{u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s,
                                   u"About 1,220\u00a0°C, as <em>Orton</em> cones say."_s}}));
}

QUORUM_TEST_GUILESS_MAIN(TestPullJob)
#include "tst_pulljob.moc"
