// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"
#include "publishjob.h"
#include "sitecheck.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QImage>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;
using test::wordpressUntilSave;
using Kind = PublishError::Kind;
using Step = PublishJob::Step;

namespace {

Article smallArticle()
{
    Article article;
    article.meta.title = u"A small article"_s;
    article.meta.slug = u"a-small-article"_s;
    Section section = Section::create(SectionKind::Text);
    section.markdown = u"Some text."_s;
    article.sections.append(section);
    return article;
}

// A WordPress that behaves until the post is saved, and then does `onSave`.
// A WordPress with one post (id 12) and a media library, for a job whose save may fail. The
// first save does `firstSave`; the post on the site is what the last save sent, unless `edit`
// changes it as someone else would; each save moves modified_gmt on by a second.
struct FakeWordPress
{
    FakeResponse firstSave;
    std::function<void(QJsonObject &)> edit;
    QJsonObject saved; ///< the last post the site stored
    int saves = 0;
    int uploads = 0;
    QByteArray mediaAnswer = R"({"id":7,"source_url":"http://127.0.0.1/up/cover.png"})";

    static QString modifiedAfter(int saves)
    {
        return QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5 + saves), Qt::UTC)
            .toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    }

    FakeResponse answer(const FakeRequest &request)
    {
        const QUrl url(QString::fromUtf8(request.target));
        const QString fields = QUrlQuery(url).queryItemValue(u"_fields"_s, QUrl::FullyDecoded);
        if (url.path() == u"/wp-json/wp/v2/media") {
            if (request.method == "POST") {
                ++uploads;
                return FakeResponse::json(mediaAnswer, 201);
            }
            const QJsonObject media = QJsonDocument::fromJson(mediaAnswer).object();
            return FakeResponse::json(QJsonDocument(QJsonArray{media}).toJson());
        }
        if (url.path() == u"/wp-json/wp/v2/posts/12" && request.method == "GET") {
            QJsonObject post{{u"id"_s, 12},
                             {u"status"_s, u"draft"_s},
                             {u"modified_gmt"_s, modifiedAfter(saves)}};
            const auto raw = [this](const QString &field) {
                return QJsonObject{{u"raw"_s, saved.value(field).toString()}};
            };
            if (fields.contains(u"content"_s)) {
                post.insert(u"title"_s, raw(u"title"_s));
                post.insert(u"excerpt"_s, raw(u"excerpt"_s));
                post.insert(u"content"_s, raw(u"content"_s));
            }
            return FakeResponse::json(QJsonDocument(post).toJson());
        }
        if (request.method == "POST" && url.path().startsWith(u"/wp-json/wp/v2/posts"_s)) {
            saved = QJsonDocument::fromJson(request.body).object();
            if (edit)
                edit(saved);
            if (++saves == 1 && (firstSave.behaviour != FakeResponse::Behaviour::Answer ||
                                 firstSave.status >= 300)) {
                return firstSave;
            }
            const QJsonObject post{{u"id"_s, 12},
                                   {u"link"_s, u"http://127.0.0.1/a-small-article/"_s},
                                   {u"status"_s, saved.value(u"status"_s)},
                                   {u"modified_gmt"_s, modifiedAfter(saves)},
                                   {u"meta"_s, QJsonObject()}};
            return FakeResponse::json(QJsonDocument(post).toJson(), 201);
        }
        return wordpressUntilSave({})(request);
    }
};

// An article with a featured image and the same image in its text, in `folder`.
Article illustratedArticle(const QTemporaryDir &folder)
{
    QImage cover(8, 8, QImage::Format_RGB32);
    cover.fill(Qt::blue);
    cover.save(folder.filePath(u"cover.png"_s));
    Article article = smallArticle();
    article.meta.featuredImage = u"cover.png"_s;
    article.sections.first().markdown = u"Some text.\n\n![A cover](cover.png)"_s;
    return article;
}

int postsSent(const FakeHttpServer &server)
{
    const QStringList lines = server.requestLines();
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.startsWith(u"POST /wp-json/wp/v2/posts"_s);
    }));
}

PublishTarget targetAt(const QUrl &site, int timeoutMs = 30'000)
{
    PublishTarget target;
    target.site = site;
    target.user = u"editor"_s;
    target.applicationPassword = u"secret"_s;
    target.timeoutMs = timeoutMs;
    return target;
}

} // namespace

// PublishJob against a fake site, for what a real WordPress will not do on demand.
class TestPublishJobFailures : public QObject
{
    Q_OBJECT

private slots:
    void saveFails_data();
    void saveFails();
    void linkedRootIsUsed();
    void plainHttpSiteGetsNoCredentials();
    void unreadableImageBeforeAnyRequest();
    void cancelWhileWaiting();
    void uploadFolderRaceIsRetriedOnce_data();
    void uploadFolderRaceIsRetriedOnce();
    void mediaKeptWhenSaveFails_data();
    void mediaKeptWhenSaveFails();
    void lostUpdateIsNotAConflict_data();
    void lostUpdateIsNotAConflict();
    void answerWithoutId_data();
    void answerWithoutId();
    void focusKeywordWarningNamesInstalledPlugin();
};

void TestPublishJobFailures::saveFails_data()
{
    QTest::addColumn<FakeResponse>("onSave");
    QTest::addColumn<Kind>("kind");

    FakeResponse hang;
    hang.behaviour = FakeResponse::Behaviour::Hang;
    FakeResponse drop;
    drop.behaviour = FakeResponse::Behaviour::Close;
    QTest::newRow("timeout") << hang << Kind::Timeout;
    QTest::newRow("dropped connection") << drop << Kind::Network;
    QTest::newRow("malformed JSON")
        << FakeResponse::json(R"({"id":12,"link":"http://x/?p=12",)", 201) << Kind::MalformedAnswer;
    QTest::newRow("HTML error page")
        << FakeResponse::html("<html><body><h1>Blocked</h1></body></html>", 403)
        << Kind::RestApiUnavailable;
    QTest::newRow("500") << FakeResponse::html("<html><body>Internal Server Error</body></html>",
                                               500)
                         << Kind::ServerError;
}

void TestPublishJobFailures::saveFails()
{
    QFETCH(FakeResponse, onSave);
    QFETCH(Kind, kind);
    FakeHttpServer server(wordpressUntilSave(onSave));
    PublishJob job(smallArticle(), targetAt(server.url(), 500), {});
    QSignalSpy steps(&job, &PublishJob::stepStarted);
    QSignalSpy failed(&job, &PublishJob::failed);
    QSignalSpy succeeded(&job, &PublishJob::succeeded);
    QSignalSpy finished(&job, &PublishJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<PublishError>(), job.error());
    QCOMPARE(job.error().kind, kind);
    QVERIFY(!job.error().message.isEmpty());
    QCOMPARE(steps.last().at(0).value<Step>(), Step::SavingPost);
    QVERIFY(job.binding().isEmpty());
    // Whatever happened to the answer, the post was sent once: a resend could duplicate it.
    const QStringList lines = server.requestLines();
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [](const QString &line) {
                               return line.startsWith(u"POST /wp-json/wp/v2/posts"_s);
                           }),
             1);
    QVERIFY(!job.isRunning());
}

void TestPublishJobFailures::linkedRootIsUsed()
{
    FakeHttpServer server(wordpressUntilSave(FakeResponse::json(
        R"({"id":12,"link":"http://127.0.0.1/a-small-article/","status":"draft","modified_gmt":"2026-01-02T03:04:05"})",
        201)));
    const Article article = smallArticle();
    PublishJob job(article, targetAt(server.url()), {});
    QVERIFY(test::run(job, 10'000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().toString()));
    QCOMPARE(job.binding().postId, 12);
    QCOMPARE(job.binding().modifiedGmt, u"2026-01-02T03:04:05"_s);
    QCOMPARE(job.binding().site, server.url().toString());

    const QStringList lines = server.requestLines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), u"HEAD /"_s);
    QVERIFY(lines.at(1).startsWith(u"GET /wp-json/wp/v2/users/me"_s));
    // The index says whether the site runs the Quorum plugin.
    QVERIFY(lines.at(2).startsWith(u"GET /wp-json/?_fields=quorum"_s));
    QVERIFY(lines.at(3).startsWith(u"GET /wp-json/wp/v2/posts?search=section-"_s));
    QVERIFY(lines.at(4).startsWith(u"POST /wp-json/wp/v2/posts?"_s));
    const QJsonObject sent = QJsonDocument::fromJson(server.requests().at(4).body).object();
    QCOMPARE(sent.value(u"title"_s).toString(), article.meta.title);
    QCOMPARE(sent.value(u"slug"_s).toString(), article.meta.slug);
    QCOMPARE(sent.value(u"status"_s).toString(), u"draft"_s);
    QVERIFY(sent.value(u"content"_s).toString().contains(u"<!-- wp:paragraph -->"_s));
}

void TestPublishJobFailures::plainHttpSiteGetsNoCredentials()
{
    // A WordPress on plain http at an address that is not this computer's loopback.
    const QHostAddress address = test::nonLoopbackAddress();
    if (address.isNull())
        QSKIP("this machine has no network address other than loopback");
    FakeHttpServer server(wordpressUntilSave(FakeResponse::json(R"({"id":12})", 201)),
                          {address, std::nullopt});
    QVERIFY(server.url().isValid());
    const auto sentNoCredentials = [&server] {
        for (const FakeRequest &request : server.requests()) {
            if (request.headers.contains("authorization"))
                return false;
        }
        return true;
    };

    PublishJob job(smallArticle(), targetAt(server.url()), {});
    QVERIFY(test::run(job, 10'000));
    QCOMPARE(job.error().kind, Kind::InsecureConnection);
    QVERIFY2(job.error().message.contains(u"unencrypted"_s), qPrintable(job.error().message));
    QVERIFY(!server.requests().isEmpty()); // it did look for the site, without the password
    QVERIFY(sentNoCredentials());

    const qsizetype before = server.requests().size();
    SiteCheck check(targetAt(server.url()));
    QSignalSpy checked(&check, &SiteCheck::finished);
    check.start();
    QVERIFY(checked.wait(10'000));
    QCOMPARE(check.error().kind, Kind::InsecureConnection);
    QVERIFY(server.requests().size() > before);
    QVERIFY(sentNoCredentials());
}

void TestPublishJobFailures::unreadableImageBeforeAnyRequest()
{
    Article article = smallArticle();
    article.meta.featuredImage = u"missing/cover.png"_s;
    PublishOptions options;
    options.baseDirectory = QDir::tempPath();
    PublishJob job(article, targetAt(QUrl(u"http://127.0.0.1:9/"_s)), options);
    QSignalSpy failed(&job, &PublishJob::failed);
    job.start();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(job.error().kind, Kind::ImageUnreadable);
    QVERIFY(job.error().message.contains(u"missing/cover.png"_s));
    QCOMPARE(job.client().requestCount(), 0);
}

void TestPublishJobFailures::cancelWhileWaiting()
{
    FakeResponse hang;
    hang.behaviour = FakeResponse::Behaviour::Hang;
    FakeHttpServer server(wordpressUntilSave(hang));
    PublishJob job(smallArticle(), targetAt(server.url()), {});
    QSignalSpy finished(&job, &PublishJob::finished);
    QSignalSpy steps(&job, &PublishJob::stepStarted);
    job.start();
    QTRY_VERIFY(!steps.isEmpty() && steps.last().at(0).value<Step>() == Step::SavingPost);
    // Link header, users/me, the index, the search for a lost post, and the save, which hangs.
    QTRY_COMPARE(server.requests().size(), 5);
    job.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.error().kind, Kind::Canceled);
    job.cancel(); // a second cancel changes nothing
    QCOMPARE(finished.size(), 1);
}

void TestPublishJobFailures::uploadFolderRaceIsRetriedOnce_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("published");
    QTest::addColumn<int>("uploads");
    QTest::newRow("the first upload loses the race") << 1 << true << 2;
    QTest::newRow("the folder cannot be made") << 2 << false << 2;
}

// Parallel uploads on a fresh month race to create the upload folder in WordPress; the one
// that loses reports rest_upload_sideload_error although the folder now exists.
void TestPublishJobFailures::uploadFolderRaceIsRetriedOnce()
{
    QFETCH(int, failures);
    QFETCH(bool, published);
    QFETCH(int, uploads);
    const auto uploadsSeen = std::make_shared<int>(0);
    const FakeHttpServer::Handler site = wordpressUntilSave(FakeResponse::json(
        R"({"id":12,"link":"http://127.0.0.1/a/","status":"draft","modified_gmt":"2026-01-02T03:04:05"})",
        201));
    FakeHttpServer server([=](const FakeRequest &request) {
        if (request.method != "POST" || !request.target.startsWith("/wp-json/wp/v2/media"))
            return site(request);
        if (++*uploadsSeen <= failures) {
            return FakeResponse::json(
                R"({"code":"rest_upload_sideload_error","message":"Unable to create directory wp-content/uploads/2026/11. Is its parent directory writable by the server?","data":{"status":500}})",
                500);
        }
        return FakeResponse::json(R"({"id":7,"source_url":"http://127.0.0.1/cover.png"})", 201);
    });
    QTemporaryDir folder;
    QImage cover(8, 8, QImage::Format_RGB32);
    cover.fill(Qt::red);
    QVERIFY(cover.save(folder.filePath(u"cover.png"_s)));
    Article article = smallArticle();
    article.meta.featuredImage = u"cover.png"_s;
    PublishOptions options;
    options.baseDirectory = folder.path();
    PublishJob job(article, targetAt(server.url()), options);
    QVERIFY(test::run(job, 10'000));
    QCOMPARE(*uploadsSeen, uploads);
    QCOMPARE(!job.error().isError(), published);
    if (published) {
        QCOMPARE(job.binding().postId, 12);
        const QJsonObject sent =
            QJsonDocument::fromJson(server.requests().constLast().body).object();
        QCOMPARE(sent.value(u"featured_media"_s).toInteger(), 7);
    } else {
        QCOMPARE(job.error().code, u"rest_upload_sideload_error"_s);
        QCOMPARE(job.error().kind, Kind::ServerError);
        QVERIFY(job.error().detail.contains(u"wp-content/uploads/2026/11"_s)); // where it failed
        QVERIFY(job.binding().isEmpty());
    }
}

void TestPublishJobFailures::mediaKeptWhenSaveFails_data()
{
    QTest::addColumn<FakeResponse>("firstSave");
    QTest::addColumn<Kind>("kind");
    FakeResponse drop;
    drop.behaviour = FakeResponse::Behaviour::Close;
    QTest::newRow("answer lost") << drop << Kind::Network;
    QTest::newRow("may not publish")
        << FakeResponse::json(
               R"({"code":"rest_cannot_publish","message":"Sorry, you are not allowed to publish posts as this user.","data":{"status":403}})",
               403)
        << Kind::CannotPublish;
}

// The images a failed save sent for are on the site: the next job uses them.
void TestPublishJobFailures::mediaKeptWhenSaveFails()
{
    QFETCH(FakeResponse, firstSave);
    QFETCH(Kind, kind);
    auto site = std::make_shared<FakeWordPress>();
    site->firstSave = firstSave;
    FakeHttpServer server([site](const FakeRequest &request) { return site->answer(request); });
    QTemporaryDir folder;
    Article article = illustratedArticle(folder);
    PublishOptions options;
    options.baseDirectory = folder.path();

    PublishJob first(article, targetAt(server.url()), options);
    QVERIFY(test::run(first, 10'000));
    QCOMPARE(first.error().kind, kind);
    QCOMPARE(site->uploads, 1);
    const RemoteBinding kept = first.keptBinding();
    QCOMPARE(kept.postId, 0);
    QCOMPARE(kept.site, server.url().toString());
    const QJsonObject media = kept.extra.value(PublishJob::mediaKey()).toObject();
    QCOMPARE(media.size(), 1);
    QCOMPARE(media.constBegin().value().toInteger(), 7);

    article.remote = kept;
    PublishJob second(article, targetAt(server.url()), options);
    QVERIFY(test::run(second, 10'000));
    QVERIFY2(!second.error().isError(), qPrintable(second.error().toString()));
    QCOMPARE(site->uploads, 1); // not uploaded again
    QCOMPARE(site->saved.value(u"featured_media"_s).toInteger(), 7);
    QVERIFY(
        site->saved.value(u"content"_s).toString().contains(u"http://127.0.0.1/up/cover.png"_s));
    QCOMPARE(second.binding().extra.value(PublishJob::mediaKey()).toObject(), media);
}

void TestPublishJobFailures::lostUpdateIsNotAConflict_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("the site has our own save") << QString() << false;
    QTest::newRow("someone changed the title") << u"title"_s << true;
    QTest::newRow("someone changed the excerpt") << u"excerpt"_s << true;
    QTest::newRow("someone changed the content") << u"content"_s << true;
}

// An update reached the site, but its answer did not reach the article: the next publish sees
// a newer modified_gmt, which is its own doing unless the post differs from what it sends.
void TestPublishJobFailures::lostUpdateIsNotAConflict()
{
    QFETCH(QString, field);
    QFETCH(bool, conflict);
    auto site = std::make_shared<FakeWordPress>();
    site->firstSave.behaviour = FakeResponse::Behaviour::Close;
    if (!field.isEmpty()) {
        site->edit = [field](QJsonObject &post) {
            post.insert(field, QString(post.value(field).toString() + u" (edited on the site)"_s));
        };
    }
    FakeHttpServer server([site](const FakeRequest &request) { return site->answer(request); });
    QTemporaryDir folder;
    Article article = illustratedArticle(folder);
    article.meta.excerpt = u"An excerpt."_s;
    article.remote.site = server.url().toString();
    article.remote.postId = 12;
    article.remote.modifiedGmt = FakeWordPress::modifiedAfter(0);
    PublishOptions options;
    options.baseDirectory = folder.path();

    PublishJob lost(article, targetAt(server.url()), options);
    QVERIFY(test::run(lost, 10'000));
    QCOMPARE(lost.error().kind, Kind::Network);
    QCOMPARE(site->saves, 1);
    if (field.isEmpty())
        QCOMPARE(site->saved.value(u"title"_s).toString(), article.meta.title);
    site->edit = nullptr;

    article.remote = lost.keptBinding();
    QCOMPARE(article.remote.modifiedGmt, FakeWordPress::modifiedAfter(0));
    PublishJob retry(article, targetAt(server.url()), options);
    QVERIFY(test::run(retry, 10'000));
    QCOMPARE(site->uploads, 1);
    if (conflict) {
        QCOMPARE(retry.error().kind, Kind::Conflict);
        QCOMPARE(site->saves, 1);
        QVERIFY(site->saved.value(field).toString().endsWith(u"(edited on the site)"_s));
    } else {
        QVERIFY2(!retry.error().isError(), qPrintable(retry.error().toString()));
        QCOMPARE(site->saves, 2);
        QCOMPARE(retry.binding().postId, 12);
        QCOMPARE(retry.binding().modifiedGmt, FakeWordPress::modifiedAfter(2));
    }
    QCOMPARE(postsSent(server), site->saves);
}

void TestPublishJobFailures::answerWithoutId_data()
{
    QTest::addColumn<QByteArray>("mediaAnswer");
    QTest::addColumn<FakeResponse>("onSave");
    QTest::addColumn<int>("saves");
    const QByteArray media = R"({"id":7,"source_url":"http://127.0.0.1/up/cover.png"})";
    const QByteArray saved =
        R"(,"link":"http://127.0.0.1/a/","status":"draft","modified_gmt":"2026-01-02T03:04:05"})";
    QTest::newRow("save without id") << media << FakeResponse::json("{" + saved.mid(1), 201) << 1;
    QTest::newRow("save with id as text")
        << media << FakeResponse::json(R"({"id":"12")" + saved, 201) << 1;
    QTest::newRow("save with id 0") << media << FakeResponse::json(R"({"id":0)" + saved, 201) << 1;
    QTest::newRow("save answer is a list") << media << FakeResponse::json("[]", 200) << 1;
    QTest::newRow("upload without id")
        << QByteArray(R"({"source_url":"http://127.0.0.1/up/cover.png"})")
        << FakeResponse::json("{}", 201) << 0;
    QTest::newRow("upload with id null")
        << QByteArray(R"({"id":null,"source_url":"http://127.0.0.1/up/cover.png"})")
        << FakeResponse::json("{}", 201) << 0;
}

// A 2xx answer that does not name what was saved is no success with id 0.
void TestPublishJobFailures::answerWithoutId()
{
    QFETCH(QByteArray, mediaAnswer);
    QFETCH(FakeResponse, onSave);
    QFETCH(int, saves);
    const FakeHttpServer::Handler site = wordpressUntilSave(onSave);
    FakeHttpServer server([=](const FakeRequest &request) {
        if (request.method == "POST" && request.target.startsWith("/wp-json/wp/v2/media"))
            return FakeResponse::json(mediaAnswer, 201);
        return site(request);
    });
    QTemporaryDir folder;
    PublishOptions options;
    options.baseDirectory = folder.path();
    PublishJob job(illustratedArticle(folder), targetAt(server.url()), options);
    QSignalSpy succeeded(&job, &PublishJob::succeeded);
    QVERIFY(test::run(job, 10'000));
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(job.error().kind, Kind::MalformedAnswer);
    QVERIFY(!job.error().message.isEmpty());
    QVERIFY(!job.error().fix.isEmpty());
    QVERIFY(job.error().detail.contains(u"id"_s));
    QVERIFY(job.binding().isEmpty());
    QCOMPARE(postsSent(server), saves);
}

void TestPublishJobFailures::focusKeywordWarningNamesInstalledPlugin()
{
    FakeHttpServer server(wordpressUntilSave(FakeResponse::json(
        R"({"id":12,"link":"http://127.0.0.1/a/","status":"draft","modified_gmt":"2026-01-02T03:04:05","meta":{}})",
        201)));
    Article article = smallArticle();
    article.meta.focusKeyword = u"small articles"_s;
    PublishJob job(article, targetAt(server.url()), {});
    QVERIFY(test::run(job, 10'000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().toString()));
    QCOMPARE(job.warnings().size(), 1);
    const QString warning = job.warnings().first();
    QVERIFY2(warning.contains(article.meta.focusKeyword), qPrintable(warning));
    // Where an installed Quorum has the plugin, not where its sources do.
    QVERIFY2(!warning.contains(u"packaging"_s), qPrintable(warning));
    QVERIFY2(warning.contains(PublishJob::pluginFolder()), qPrintable(warning));
    QVERIFY(PublishJob::pluginFolder().endsWith(
        QDir::toNativeSeparators(u"share/quorum/wordpress-plugins/quorum"_s)));
}

QUORUM_TEST_GUILESS_MAIN(TestPublishJobFailures)
#include "tst_publishjobfailures.moc"
