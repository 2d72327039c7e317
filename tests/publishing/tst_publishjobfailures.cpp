// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"
#include "publishjob.h"
#include "sitecheck.h"

#include <QImage>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;
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
FakeHttpServer::Handler wordpressUntilSave(const FakeResponse &onSave)
{
    return [onSave](const FakeRequest &request) {
        if (request.method == "HEAD") {
            FakeResponse home = FakeResponse::html({});
            home.headers.append(std::pair<QByteArray, QByteArray>(
                "Link", R"(</wp-json/>; rel="https://api.w.org/")"));
            return home;
        }
        if (request.target.startsWith("/wp-json/wp/v2/users/me"))
            return FakeResponse::json(R"({"id":1})");
        if (request.method == "GET" && request.target.startsWith("/wp-json/wp/v2/posts?"))
            return FakeResponse::json("[]");
        if (request.method == "POST" && request.target.startsWith("/wp-json/wp/v2/posts"))
            return onSave;
        return FakeResponse::json(R"({"code":"rest_no_route","message":"No route"})", 404);
    };
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
    QSignalSpy finished(&job, &PublishJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().toString()));
    QCOMPARE(job.binding().postId, 12);
    QCOMPARE(job.binding().modifiedGmt, u"2026-01-02T03:04:05"_s);
    QCOMPARE(job.binding().site, server.url().toString());

    const QStringList lines = server.requestLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), u"HEAD /"_s);
    QVERIFY(lines.at(1).startsWith(u"GET /wp-json/wp/v2/users/me"_s));
    QVERIFY(lines.at(2).startsWith(u"GET /wp-json/wp/v2/posts?search=section-"_s));
    QVERIFY(lines.at(3).startsWith(u"POST /wp-json/wp/v2/posts?"_s));
    const QJsonObject sent = QJsonDocument::fromJson(server.requests().at(3).body).object();
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
    QSignalSpy finished(&job, &PublishJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
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
    QTRY_COMPARE(server.requests().size(), 4); // the save reached the server, which hangs
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
    QSignalSpy finished(&job, &PublishJob::finished);
    job.start();
    QVERIFY(finished.wait(10'000));
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

QTEST_GUILESS_MAIN(TestPublishJobFailures)
#include "tst_publishjobfailures.moc"
