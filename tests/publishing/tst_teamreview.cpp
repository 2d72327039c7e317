// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "publishjob.h"
#include "pulljob.h"
#include "sitearticle.h"
#include "siteupdate.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quorum;
using Kind = PublishError::Kind;

// A writer and an editor at two computers, with the Quorum plugin on the fixture's WordPress:
// the article travels whole with the post, two versions merge, and two publishes at the same
// moment cannot overwrite each other.
class TestTeamReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void openFromSiteIsExact();
    void blockEditorChangeComesBackForItsSectionOnly();
    void writerAndEditorMerge();
    void racingPublishesOneWins();
    void overwriteReplacesOnlyTheShownVersion();
    void withoutThePluginNothingTravels();

private:
    struct Outcome
    {
        RemoteBinding binding;
        PublishError error;
        QString pluginVersion;
        /// With the ids of their Notes on a site that keeps Notes: what a caller writes back.
        QList<ReviewComment> comments;
    };
    Outcome publish(const Article &article, const test::WordPressUser &user,
                    const PublishOptions &options = {});
    std::unique_ptr<PullJob> pull(qint64 postId, const test::WordPressUser &user);
    QJsonObject post(qint64 postId);
    void editOnSite(qint64 postId, const QJsonObject &fields);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
};

namespace {

// test::reviewedArticle() without images (the editor's computer would not have them), with a
// title, slug and comment id of its own, and no categories (an author may not create them).
Article teamArticle(const QString &token)
{
    Article article = test::reviewedArticle();
    article.meta.featuredImage.clear();
    article.meta.featuredImageAlt.clear();
    article.meta.title = u"Team %1"_s.arg(token);
    article.meta.slug = token;
    article.meta.categories.clear();
    article.comments.first().id = newId(u'c');
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\([^)]*\\)"_s);
    for (Section &section : article.sections) {
        section.markdown.remove(image);
        if (section.kind == SectionKind::Introduction && section.markdown.isEmpty())
            section.markdown = u"What the forums said, in short."_s;
    }
    return article;
}

// What two computers must agree on: everything but the binding (each computer's own).
Article unbound(Article article)
{
    article.remote = {};
    return article;
}

// Compares part by part, so that a failure names the part.
#define COMPARE_ARTICLES(actual, expected)                                                         \
    do {                                                                                           \
        const Article &a_ = (actual);                                                              \
        const Article &e_ = (expected);                                                            \
        QCOMPARE(a_.meta.title, e_.meta.title);                                                    \
        QCOMPARE(a_.meta.slug, e_.meta.slug);                                                      \
        QCOMPARE(a_.meta.excerpt, e_.meta.excerpt);                                                \
        QCOMPARE(a_.meta.tags, e_.meta.tags);                                                      \
        QCOMPARE(a_.meta.categories, e_.meta.categories);                                          \
        QCOMPARE(a_.meta.published, e_.meta.published);                                            \
        QCOMPARE(a_.meta.focusKeyword, e_.meta.focusKeyword);                                      \
        QCOMPARE(a_.meta, e_.meta);                                                                \
        QCOMPARE(a_.sections.size(), e_.sections.size());                                          \
        for (qsizetype i_ = 0; i_ < a_.sections.size(); ++i_) {                                    \
            QCOMPARE(a_.sections.at(i_).markdown, e_.sections.at(i_).markdown);                    \
            QVERIFY2(a_.sections.at(i_) == e_.sections.at(i_),                                     \
                     qPrintable(u"section %1, “%2”"_s.arg(i_).arg(e_.sections.at(i_).heading)));   \
        }                                                                                          \
        QCOMPARE(a_.comments, e_.comments);                                                        \
        QCOMPARE(a_.review, e_.review);                                                            \
        QCOMPARE(QJsonDocument(a_.extra).toJson(), QJsonDocument(e_.extra).toJson());              \
        QCOMPARE(a_, e_);                                                                          \
    } while (false)

} // namespace

void TestTeamReview::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
    QVERIFY(m_wordpress.setQuorumPlugin(true));
}

void TestTeamReview::cleanupTestCase()
{
    if (m_admin)
        QVERIFY(m_wordpress.setQuorumPlugin(false));
}

TestTeamReview::Outcome TestTeamReview::publish(const Article &article,
                                                const test::WordPressUser &user,
                                                const PublishOptions &options)
{
    PublishJob job(article, m_wordpress.target(user), options);
    if (!test::run(job))
        return {{}, PublishError::make(Kind::Timeout, u"the publish did not end"_s), {}, {}};
    return {job.binding(), job.error(), job.sitePluginVersion(), job.comments()};
}

std::unique_ptr<PullJob> TestTeamReview::pull(qint64 postId, const test::WordPressUser &user)
{
    auto job = std::make_unique<PullJob>(m_wordpress.target(user), postId);
    QSignalSpy finished(job.get(), &PullJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(30'000);
    return job;
}

QJsonObject TestTeamReview::post(qint64 postId)
{
    return test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(postId), {{u"context"_s, u"edit"_s}}))
        .toObject();
}

void TestTeamReview::editOnSite(qint64 postId, const QJsonObject &fields)
{
    test::call(m_admin->post(u"wp/v2/posts/%1"_s.arg(postId), fields));
}

void TestTeamReview::openFromSiteIsExact()
{
    Article article = teamArticle(test::unique(u"exact"_s));
    const Outcome published = publish(article, m_wordpress.author());
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QVERIFY(!published.pluginVersion.isEmpty());
    article.comments = published.comments; // where the site keeps Notes, with their ids

    const std::unique_ptr<PullJob> job = pull(published.binding.postId, m_wordpress.editor());
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QVERIFY(job->cameWhole());
    COMPARE_ARTICLES(unbound(job->article()), article);
    // The site's address, its index, the post (and its Notes, where the site has them): the
    // tags' names came with the article.
    QVERIFY(!article.meta.tags.isEmpty());
    QCOMPARE(job->client().requestCount(), job->notesRead() ? 4 : 3);
    // Bound to the post, with the site's version as the base of the next merge.
    QCOMPARE(job->article().remote.postId, published.binding.postId);
    QCOMPARE(job->article().remote.modifiedGmt, published.binding.modifiedGmt);
    QCOMPARE(SiteArticle::syncBase(job->article()), std::optional<Article>(article));
    // Nothing of it reaches readers.
    const QJsonObject view =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(published.binding.postId))).toObject();
    QVERIFY(!view[u"meta"_s].toObject().contains(SiteArticle::metaKey()));
}

void TestTeamReview::blockEditorChangeComesBackForItsSectionOnly()
{
    Article article = teamArticle(test::unique(u"blockedit"_s));
    const Outcome published = publish(article, m_wordpress.author());
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    article.comments = published.comments;
    const qint64 id = published.binding.postId;
    // Someone changes one paragraph of the introduction in the block editor.
    const qsizetype intro = test::indexOfKind(article, SectionKind::Introduction);
    QString content = post(id)[u"content"_s][u"raw"_s].toString();
    const qsizetype heading =
        content.indexOf(u"id=\"section-%1\""_s.arg(article.sections.at(intro).id));
    const qsizetype at = content.indexOf(u"<p>"_s, heading);
    QVERIFY(heading >= 0 && at > heading);
    content.insert(at + 3, u"Edited in WordPress. "_s);
    editOnSite(id, {{u"content"_s, content}});

    const std::unique_ptr<PullJob> job = pull(id, m_wordpress.editor());
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QVERIFY(job->cameWhole());
    const Article &pulled = job->article();
    QCOMPARE(pulled.sections.size(), article.sections.size());
    QVERIFY(pulled.sections.at(intro).markdown.contains(u"Edited in WordPress."_s));
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        if (i != intro)
            QCOMPARE(pulled.sections.at(i), article.sections.at(i));
    }
    QCOMPARE(pulled.comments, article.comments);
    QCOMPARE(pulled.review, article.review);
    QVERIFY(job->warnings().join(u' ').contains(article.sections.at(intro).heading));
}

void TestTeamReview::writerAndEditorMerge()
{
    // The writer publishes for review.
    Article writer = teamArticle(test::unique(u"team"_s));
    PublishOptions pending;
    pending.status = u"pending"_s;
    Outcome out = publish(writer, m_wordpress.author(), pending);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    writer.remote = out.binding;
    writer.comments = out.comments;
    const qint64 id = out.binding.postId;
    const qsizetype intro = test::indexOfKind(writer, SectionKind::Introduction);
    const qsizetype conclusion = test::indexOfKind(writer, SectionKind::Conclusion);

    // The editor opens it from the site, comments, edits the introduction, publishes.
    std::unique_ptr<PullJob> job = pull(id, m_wordpress.editor());
    QVERIFY(job->cameWhole());
    Article editor = job->article();
    editor.sections[intro].markdown = u"The editor's introduction."_s;
    ReviewComment note;
    note.id = newId(u'c');
    note.sectionId = editor.sections.at(intro).id;
    note.author = u"Editor"_s;
    note.created = QDateTime::currentDateTimeUtc().addMSecs(-QTime::currentTime().msec());
    note.text = u"Tightened this."_s;
    editor.comments.append(note);
    out = publish(editor, m_wordpress.editor(), pending);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    editor.remote = out.binding;
    editor.comments = out.comments;

    // The writer changed the conclusion meanwhile: publishing is refused, updating merges.
    writer.sections[conclusion].markdown = u"The writer's conclusion."_s;
    out = publish(writer, m_wordpress.author(), pending);
    QCOMPARE(out.error.kind, Kind::Conflict);
    job = pull(id, m_wordpress.author());
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    ArticleMerge merge = mergeFromSite(writer, job->article());
    QVERIFY(!merge.hasUnresolvedConflicts());
    QCOMPARE(merge.article.sections.at(intro).markdown, u"The editor's introduction."_s);
    QCOMPARE(merge.article.sections.at(conclusion).markdown, u"The writer's conclusion."_s);
    QVERIFY(merge.article.indexOfComment(note.id) >= 0);
    QCOMPARE(changesFromSite(writer, merge), 1);
    writer = merge.article;
    out = publish(writer, m_wordpress.author(), pending);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    writer.remote = out.binding;
    writer.comments = out.comments;

    // Both change the introduction: a conflict, settled by an edit of the writer's, published.
    job = pull(id, m_wordpress.editor());
    editor = job->article();
    editor.sections[intro].markdown = u"Editor, second pass."_s;
    out = publish(editor, m_wordpress.editor(), pending);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));
    writer.sections[intro].markdown = u"Writer, second pass."_s;
    QCOMPARE(publish(writer, m_wordpress.author(), pending).error.kind, Kind::Conflict);
    job = pull(id, m_wordpress.author());
    merge = mergeFromSite(writer, job->article());
    QCOMPARE(merge.conflicts.size(), 1);
    QCOMPARE(merge.conflicts.first().id, writer.sections.at(intro).id);
    QCOMPARE(merge.conflicts.first().remote->markdown, u"Editor, second pass."_s);
    Section settled = *merge.conflicts.first().local;
    settled.markdown = u"Writer and editor, agreed."_s;
    merge.resolveSection(0, settled);
    out = publish(merge.article, m_wordpress.author(), pending);
    QVERIFY2(!out.error.isError(), qPrintable(out.error.toString()));

    // What the site holds now is the settled article, whole.
    job = pull(id, m_wordpress.editor());
    QVERIFY(job->cameWhole());
    QCOMPARE(job->article().sections.at(intro).markdown, u"Writer and editor, agreed."_s);
    QCOMPARE(job->article().sections.at(conclusion).markdown, u"The writer's conclusion."_s);
    QCOMPARE(unbound(job->article()).comments, unbound(merge.article).comments);
}

void TestTeamReview::racingPublishesOneWins()
{
    Article article = teamArticle(test::unique(u"race"_s));
    Outcome first = publish(article, m_wordpress.author());
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    article.remote = first.binding;
    article.comments = first.comments;
    for (int round = 0; round < 5; ++round) {
        // The same bound article, two titles, two computers, one moment.
        Article one = article;
        Article two = article;
        one.meta.title = u"Title one, round %1"_s.arg(round);
        two.meta.title = u"Title two, round %1"_s.arg(round);
        PublishJob jobOne(one, m_wordpress.target(m_wordpress.author()), {});
        PublishJob jobTwo(two, m_wordpress.target(m_wordpress.editor()), {});
        QSignalSpy doneOne(&jobOne, &PublishJob::finished);
        QSignalSpy doneTwo(&jobTwo, &PublishJob::finished);
        jobOne.start();
        jobTwo.start();
        QTRY_VERIFY_WITH_TIMEOUT(!doneOne.isEmpty() && !doneTwo.isEmpty(), 60'000);

        const bool oneWon = !jobOne.error().isError();
        const bool twoWon = !jobTwo.error().isError();
        QVERIFY2(oneWon != twoWon, qPrintable(u"round %1: %2 / %3"_s.arg(round).arg(
                                       jobOne.error().toString(), jobTwo.error().toString())));
        const PublishJob &loser = oneWon ? jobTwo : jobOne;
        QCOMPARE(loser.error().kind, Kind::Conflict);
        // The post holds the winner's version whole: title, content and stored article.
        const Article &winner = oneWon ? one : two;
        const QJsonObject stored = post(first.binding.postId);
        QCOMPARE(stored[u"title"_s][u"raw"_s].toString(), winner.meta.title);
        const auto kept =
            SiteArticle::read(stored[u"meta"_s][SiteArticle::metaKey()].toString(), nullptr);
        QVERIFY(kept);
        QCOMPARE(kept->article.meta.title, winner.meta.title);
        article = winner;
        article.remote = (oneWon ? jobOne : jobTwo).binding();
        article.comments = (oneWon ? jobOne : jobTwo).comments();
    }
}

void TestTeamReview::overwriteReplacesOnlyTheShownVersion()
{
    Article article = teamArticle(test::unique(u"overwrite"_s));
    const Outcome first = publish(article, m_wordpress.author());
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    article.remote = first.binding;
    article.comments = first.comments;
    const qint64 id = first.binding.postId;

    editOnSite(id, {{u"title"_s, u"Someone else's title"_s}});
    article.meta.title = u"Mine"_s;
    const Outcome refused = publish(article, m_wordpress.author());
    QCOMPARE(refused.error.kind, Kind::Conflict);
    const QString shown = refused.error.siteModified;
    QCOMPARE(shown, post(id)[u"modified_gmt"_s].toString());

    // A third save arrives after the writer saw the conflict: an overwrite of the version shown
    // must not replace it.
    // modified_gmt counts whole seconds: saved again until the site's clock has moved on.
    QTRY_VERIFY_WITH_TIMEOUT((editOnSite(id, {{u"title"_s, u"A later title"_s}}),
                              post(id)[u"modified_gmt"_s].toString() != shown),
                             10'000);
    PublishOptions overwrite;
    overwrite.overwrite = true;
    overwrite.overwriteExpected = shown;
    Outcome late = publish(article, m_wordpress.author(), overwrite);
    QCOMPARE(late.error.kind, Kind::Conflict);
    QCOMPARE(post(id)[u"title"_s][u"raw"_s].toString(), u"A later title"_s);

    // Shown the later one, the overwrite goes through.
    overwrite.overwriteExpected = late.error.siteModified;
    late = publish(article, m_wordpress.author(), overwrite);
    QVERIFY2(!late.error.isError(), qPrintable(late.error.toString()));
    QCOMPARE(post(id)[u"title"_s][u"raw"_s].toString(), u"Mine"_s);
}

void TestTeamReview::withoutThePluginNothingTravels()
{
    QVERIFY(m_wordpress.setQuorumPlugin(false));
    const Article article = teamArticle(test::unique(u"noplugin"_s));
    const Outcome published = publish(article, m_wordpress.author());
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QVERIFY(published.pluginVersion.isEmpty());
    const std::unique_ptr<PullJob> job = pull(published.binding.postId, m_wordpress.editor());
    QVERIFY2(!job->error().isError(), qPrintable(job->error().toString()));
    QVERIFY(!job->cameWhole());
    QVERIFY(job->article().comments.isEmpty());
}

QUORUM_TEST_GUILESS_MAIN(TestTeamReview)
#include "tst_teamreview.moc"
