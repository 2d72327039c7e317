// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"
#include "testmain.h"
#include "wordpressclient.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::FakeHttpServer;
using test::FakeRequest;
using test::FakeResponse;
using Kind = PublishError::Kind;

namespace {

// Waits for a reply to finish; a QSignalSpy made after the call is still in time, because
// a WordPressReply never finishes before control returns to the event loop.
bool waitFor(WordPressReply *reply, int timeoutMs = 10'000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &WordPressReply::finished);
    return spy.wait(timeoutMs);
}

const QByteArray kRootIndex = R"({"namespaces":["oembed/1.0","wp/v2"]})";

} // namespace

class TestWordPressClient : public QObject
{
    Q_OBJECT

private slots:
    void discoversRootFromLinkHeader();
    void discoveryFallsBackToRestRoute();
    void discoveryReportsBlockedApi();
    void answers_data();
    void answers();
    void timesOut();
    void droppedConnection();
    void sendsBasicAuthWithoutExpect();
    void postSendsExtraHeaders();
    void encodesQueryValues();
    void refusesCredentialsOverPlainHttp();
    void followsRedirectOnSameHost();
    void refusesRedirectToAnotherHost();
    void abortFinishesAsCanceled();
};

void TestWordPressClient::discoversRootFromLinkHeader()
{
    QUrl root;
    FakeHttpServer server([&](const FakeRequest &request) {
        if (request.method == "HEAD") {
            FakeResponse page = FakeResponse::html({});
            page.headers.append({"Link", "<" + root.toEncoded() +
                                             ">; rel=\"https://api.w.org/\", <" + root.toEncoded() +
                                             "?p=1>; rel=shortlink"});
            return page;
        }
        return FakeResponse::json(R"([{"id":7}])");
    });
    root = server.url().resolved(QUrl(u"api/"_s));
    WordPressClient client;
    client.setSite(server.url());
    WordPressReply *reply = client.discover();
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(client.restRoot(), root);
    QCOMPARE(reply->json().toString(), root.toString());

    WordPressReply *posts = client.get(u"wp/v2/posts"_s, {{u"per_page"_s, u"1"_s}});
    QVERIFY(waitFor(posts));
    QVERIFY(posts->isOk());
    QCOMPARE(posts->json().toArray().at(0).toObject().value(u"id"_s).toInt(), 7);
    QCOMPARE(server.requestLines(),
             QStringList({u"HEAD /"_s, u"GET /api/wp/v2/posts?per_page=1"_s}));
    // The home page gets no credentials; the API does.
    QVERIFY(!server.requests().at(0).headers.contains("authorization"));
    QVERIFY(server.requests().at(1).headers.contains("authorization"));
}

void TestWordPressClient::discoveryFallsBackToRestRoute()
{
    FakeHttpServer server([](const FakeRequest &request) {
        if (request.target.startsWith("/?rest_route=/wp/v2/posts"))
            return FakeResponse::json("[]");
        if (request.target.startsWith("/?rest_route=/"))
            return FakeResponse::json(kRootIndex);
        // No Link header, and /wp-json/ is the theme's "not found" page (plain permalinks).
        return FakeResponse::html("<html><body>Not found</body></html>",
                                  request.method == "HEAD" ? 200 : 404);
    });
    WordPressClient client;
    client.setSite(server.url());
    WordPressReply *reply = client.discover();
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(client.restRoot().toString(), server.url().toString() + u"?rest_route=/"_s);

    WordPressReply *posts = client.get(u"wp/v2/posts"_s, {{u"slug"_s, u"a-b"_s}});
    QVERIFY(waitFor(posts));
    QVERIFY(posts->isOk());
    QCOMPARE(server.requestLines(), QStringList({
                                        u"HEAD /"_s,
                                        u"GET /wp-json/?_fields=namespaces"_s,
                                        u"GET /?rest_route=/&_fields=namespaces"_s,
                                        u"GET /?rest_route=/wp/v2/posts&slug=a-b"_s,
                                    }));
}

void TestWordPressClient::discoveryReportsBlockedApi()
{
    FakeHttpServer server([](const FakeRequest &) {
        return FakeResponse::html("<html><body>Access denied by the firewall</body></html>", 403);
    });
    WordPressClient client;
    client.setSite(server.url());
    WordPressReply *reply = client.discover();
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Kind::RestApiUnavailable);
    QVERIFY(!reply->error().fix.isEmpty());
    QVERIFY(client.restRoot().isEmpty());
    QCOMPARE(server.requests().size(), 3);
}

void TestWordPressClient::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json; charset=UTF-8";
    const QByteArray html = "text/html; charset=UTF-8";
    QTest::newRow("success") << 200 << json << QByteArray(R"({"id":1})") << Kind::None << QString();
    QTest::newRow("malformed JSON") << 200 << json << QByteArray(R"({"id": 1, "title": )")
                                    << Kind::MalformedAnswer << QString();
    QTest::newRow("PHP notice before the JSON")
        << 200 << json
        << QByteArray("<br />\n<b>Deprecated</b>: Creation of dynamic property in <b>x.php</b><br "
                      "/>\n{\"id\":1}")
        << Kind::MalformedAnswer << QString();
    QTest::newRow("HTML page instead of JSON")
        << 200 << html << QByteArray("<!DOCTYPE html><html><body>Welcome</body></html>")
        << Kind::RestApiUnavailable << QString();
    QTest::newRow("HTML error page")
        << 403 << html << QByteArray("<html><body>Forbidden by mod_security</body></html>")
        << Kind::RestApiUnavailable << QString();
    QTest::newRow("500 page") << 500 << html
                              << QByteArray("<html><body>Internal Server Error</body></html>")
                              << Kind::ServerError << QString();
    QTest::newRow("500 critical error")
        << 500 << json
        << QByteArray(
               R"({"code":"internal_server_error","message":"There has been a critical error on this website.","data":{"status":500}})")
        << Kind::ServerError << u"internal_server_error"_s;
    QTest::newRow("502 empty") << 502 << QByteArray() << QByteArray() << Kind::ServerError
                               << QString();
    QTest::newRow("rest_no_route")
        << 404 << json
        << QByteArray(
               R"({"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}})")
        << Kind::RestApiUnavailable << u"rest_no_route"_s;
    QTest::newRow("not logged in")
        << 401 << json
        << QByteArray(
               R"({"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}})")
        << Kind::Authentication << u"rest_not_logged_in"_s;
    QTest::newRow("401 without body")
        << 401 << html << QByteArray() << Kind::Authentication << QString();
    QTest::newRow("cannot publish")
        << 403 << json
        << QByteArray(
               R"({"code":"rest_cannot_publish","message":"Sorry, you are not allowed to publish posts in this post type.","data":{"status":403}})")
        << Kind::CannotPublish << u"rest_cannot_publish"_s;
    QTest::newRow("other refusal")
        << 400 << json
        << QByteArray(
               R"({"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":{"status":400}})")
        << Kind::Rejected << u"rest_invalid_param"_s;
}

void TestWordPressClient::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(Kind, kind);
    QFETCH(QString, code);

    FakeHttpServer server([&](const FakeRequest &) {
        FakeResponse response = FakeResponse::json(body, status);
        response.contentType = contentType;
        return response;
    });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    WordPressReply *reply = client.post(u"wp/v2/posts"_s, {{u"title"_s, u"x"_s}});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, kind);
    QCOMPARE(reply->error().code, code);
    QCOMPARE(reply->httpStatus(), status);
    if (kind != Kind::None) {
        QVERIFY(!reply->error().message.isEmpty());
        QCOMPARE(reply->error().httpStatus, status);
    }
}

void TestWordPressClient::timesOut()
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeResponse response;
        response.behaviour = FakeResponse::Behaviour::Hang;
        return response;
    });
    WordPressClient client;
    QCOMPARE(client.timeout(), 30'000);
    client.setTimeout(300);
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    QElapsedTimer clock;
    clock.start();
    WordPressReply *reply = client.get(u"wp/v2/posts"_s);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Kind::Timeout);
    QCOMPARE(reply->httpStatus(), 0);
    QVERIFY(!reply->error().fix.isEmpty());
    QVERIFY2(clock.elapsed() < 5'000, qPrintable(QString::number(clock.elapsed())));
}

void TestWordPressClient::droppedConnection()
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeResponse response;
        response.behaviour = FakeResponse::Behaviour::Close;
        return response;
    });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    WordPressReply *reply = client.post(u"wp/v2/posts"_s, {{u"title"_s, u"x"_s}});
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Kind::Network);
    QVERIFY(!reply->error().detail.isEmpty());
    // The site may have created the post before the connection dropped: a POST is never
    // resent behind the caller's back, and the writer is told so.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(reply->error().message, PublishError::dropped({}).message);
}

void TestWordPressClient::sendsBasicAuthWithoutExpect()
{
    FakeHttpServer server([](const FakeRequest &) { return FakeResponse::json(R"({"id":9})"); });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    client.setCredentials(u"åse"_s, u"abcd efgh ijkl"_s);
    // php -S never answers `Expect: 100-continue`, which some clients send for large bodies.
    const QByteArray image(3 * 1024 * 1024, 'x');
    WordPressReply *reply = client.upload(u"wp/v2/media"_s, image, u"bild ø.png"_s, u"image/png"_s,
                                          {{u"alt_text"_s, u"A & B"_s}});
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(server.requests().size(), 1);
    const FakeRequest &request = server.requests().constFirst();
    QCOMPARE(request.headers.value("authorization"),
             "Basic " + u"åse:abcd efgh ijkl"_s.toUtf8().toBase64());
    QVERIFY(!request.headers.contains("expect"));
    QCOMPARE(request.headers.value("content-type"), "image/png");
    QCOMPARE(request.headers.value("content-disposition"),
             "attachment; filename=\"bild _.png\"; filename*=UTF-8''bild%20%C3%B8.png");
    QCOMPARE(request.body.size(), image.size());
    QCOMPARE(request.target, "/wp-json/wp/v2/media?alt_text=A%20%26%20B");
}

void TestWordPressClient::postSendsExtraHeaders()
{
    FakeHttpServer server([](const FakeRequest &) { return FakeResponse::json(R"({"id":9})"); });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    client.setCredentials(u"user"_s, u"abcd efgh ijkl"_s);
    WordPressReply *reply =
        client.post(u"wp/v2/posts/9"_s, {{u"title"_s, u"T"_s}}, {},
                    {{"X-Quorum-Expected-Modified", "2026-12-07T21:42:04"}, {"X-Other", "1"}});
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(server.requests().size(), 1);
    const FakeRequest &request = server.requests().constFirst();
    QCOMPARE(request.headers.value("x-quorum-expected-modified"), "2026-12-07T21:42:04");
    QCOMPARE(request.headers.value("x-other"), "1");
    // Besides the client's own headers, not instead of them.
    QCOMPARE(request.headers.value("content-type"), "application/json; charset=utf-8");
    QVERIFY(request.headers.contains("authorization"));
    QCOMPARE(request.body, R"({"title":"T"})");

    WordPressReply *plain = client.post(u"wp/v2/posts/9"_s, {{u"title"_s, u"T"_s}});
    QVERIFY(waitFor(plain));
    QVERIFY(!server.requests().at(1).headers.contains("x-quorum-expected-modified"));
}

void TestWordPressClient::encodesQueryValues()
{
    WordPressClient client;
    client.setRestRoot(QUrl(u"https://example.org/?rest_route=/"_s));
    const QUrl url = client.endpoint(u"wp/v2/tags"_s, {{u"search"_s, u"C++ & Qt=6"_s}});
    QCOMPARE(url.toEncoded(),
             "https://example.org/?rest_route=/wp/v2/tags&search=C%2B%2B%20%26%20Qt%3D6");
    QCOMPARE(QUrlQuery(url).queryItemValue(u"search"_s, QUrl::FullyDecoded), u"C++ & Qt=6"_s);
}

void TestWordPressClient::refusesCredentialsOverPlainHttp()
{
    WordPressClient client;
    client.setRestRoot(QUrl(u"http://example.invalid/wp-json/"_s));
    client.setCredentials(u"user"_s, u"secret"_s);
    WordPressReply *reply = client.get(u"wp/v2/users/me"_s);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Kind::InsecureConnection);
    QVERIFY(!reply->error().fix.isEmpty());
    QCOMPARE(client.requestCount(), 0);
}

void TestWordPressClient::followsRedirectOnSameHost()
{
    QUrl moved;
    FakeHttpServer server([&](const FakeRequest &request) {
        if (request.target.startsWith("/moved/"))
            return FakeResponse::json(R"({"id":3})");
        FakeResponse response = FakeResponse::html({}, 301);
        response.headers.append({"Location", moved.toEncoded() + request.target.mid(1)});
        return response;
    });
    moved = server.url().resolved(QUrl(u"moved/"_s));
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    client.setCredentials(u"user"_s, u"secret"_s);
    WordPressReply *reply = client.get(u"wp/v2/posts/3"_s);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    QCOMPARE(reply->object().value(u"id"_s).toInt(), 3);
    QCOMPARE(server.requestLines(),
             QStringList({u"GET /wp-json/wp/v2/posts/3"_s, u"GET /moved/wp-json/wp/v2/posts/3"_s}));
    QVERIFY(server.requests().at(1).headers.contains("authorization"));
}

void TestWordPressClient::refusesRedirectToAnotherHost()
{
    FakeHttpServer server([](const FakeRequest &request) {
        FakeResponse response = FakeResponse::html({}, 302);
        // Same machine, other host name: credentials must not follow.
        response.headers.append({"Location", "http://localhost:1/wp-json" + request.target});
        return response;
    });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    client.setCredentials(u"user"_s, u"secret"_s);
    WordPressReply *reply = client.get(u"wp/v2/posts"_s);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error().kind, Kind::Redirected);
    QVERIFY(reply->error().message.contains(u"localhost"_s));
    QCOMPARE(server.requests().size(), 1);
}

void TestWordPressClient::abortFinishesAsCanceled()
{
    FakeHttpServer server([](const FakeRequest &) {
        FakeResponse response;
        response.behaviour = FakeResponse::Behaviour::Hang;
        return response;
    });
    WordPressClient client;
    client.setRestRoot(server.url().resolved(QUrl(u"wp-json/"_s)));
    WordPressReply *reply = client.get(u"wp/v2/posts"_s);
    QSignalSpy finished(reply, &WordPressReply::finished);
    QVERIFY(QSignalSpy(&server, &FakeHttpServer::requestReceived).wait(5'000));
    reply->abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind, Kind::Canceled);
}

QUORUM_TEST_GUILESS_MAIN(TestWordPressClient)
#include "tst_wordpressclient.moc"
