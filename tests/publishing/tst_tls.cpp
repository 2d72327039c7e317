// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"
#include "selfsignedtls.h"
#include "testmain.h"
#include "wordpressclient.h"
#include "wordpressreply.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// A site whose certificate nobody vouches for: self-signed, made for this test with openssl.
class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateIsReportedNeverIgnored();
    void plainHttpSiteMovedToHttpsGetsTheCredentialsThere();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_handshakes = 0;
    int m_serverSideEnded = 0;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    const test::SelfSigned untrusted = test::makeSelfSigned(m_dir.path(), {u"127.0.0.1"_s});
    QVERIFY2(untrusted.error.isEmpty(), qPrintable(untrusted.error));
    m_server.setSslConfiguration(untrusted.server);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
    // The client walks away mid-handshake; the server's socket learns it a moment later.
    connect(&m_server, &QSslServer::errorOccurred, this, [this] { ++m_serverSideEnded; });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

void TestTls::untrustedCertificateIsReportedNeverIgnored()
{
    WordPressClient client;
    client.setSite(QUrl(u"https://127.0.0.1:%1/"_s.arg(m_server.serverPort())));
    client.setCredentials(u"editor"_s, u"abcd efgh ijkl mnop"_s);
    WordPressReply *reply = client.discover();
    QSignalSpy finished(reply, &WordPressReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    QVERIFY2(m_handshakes >= 1, qPrintable(reply->error().toString())); // it really tried TLS
    const PublishError error = reply->error();
    QCOMPARE(error.kind, PublishError::Kind::Certificate);
    QVERIFY2(error.message.contains(u"certificate cannot be trusted"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"self signed"_s, Qt::CaseInsensitive) ||
                 error.message.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(error.message));
    QVERIFY(!error.fix.isEmpty());
    QVERIFY(!error.toString().contains(u"abcd efgh"_s));
}

// A site typed with http:// (not on this computer) that redirects to https: discovery follows
// it without credentials, and the credentials go to the https address only. Tested on this
// machine's own network address, which is not loopback: over loopback, plain http could carry
// them anyway.
void TestTls::plainHttpSiteMovedToHttpsGetsTheCredentialsThere()
{
    const QHostAddress address = test::nonLoopbackAddress();
    if (address.isNull())
        QSKIP("this machine has no network address other than loopback");
    QTemporaryDir folder;
    const test::SelfSigned trusted = test::makeSelfSigned(folder.path(), {address.toString()});
    QVERIFY2(trusted.error.isEmpty(), qPrintable(trusted.error));
    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificate(trusted.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(before); });

    // A WordPress on https (no post is saved here).
    test::FakeHttpServer secure(test::wordpressUntilSave({}), {address, trusted.server});
    QVERIFY(secure.url().isValid());
    test::FakeHttpServer plain(
        [&secure](const test::FakeRequest &request) {
            test::FakeResponse moved = test::FakeResponse::html({}, 301);
            moved.headers.append(
                {"Location",
                 secure.url().resolved(QUrl(QString::fromLatin1(request.target))).toEncoded()});
            return moved;
        },
        {address, std::nullopt});
    QCOMPARE(plain.url().scheme(), u"http"_s);

    WordPressClient client;
    client.setSite(plain.url());
    client.setCredentials(u"editor"_s, u"abcd efgh ijkl mnop"_s);
    WordPressReply *discovered = client.discover();
    QSignalSpy found(discovered, &WordPressReply::finished);
    QVERIFY(found.wait(20000));
    QVERIFY2(!discovered->error().isError(), qPrintable(discovered->error().toString()));
    QCOMPARE(client.restRoot(), secure.url().resolved(QUrl(u"wp-json/"_s)));

    WordPressReply *me = client.get(u"wp/v2/users/me"_s);
    QSignalSpy answered(me, &WordPressReply::finished);
    QVERIFY(answered.wait(20000));
    QVERIFY2(!me->error().isError(), qPrintable(me->error().toString()));
    QCOMPARE(secure.requests().constLast().headers.value("authorization"),
             "Basic " + QByteArray("editor:abcd efgh ijkl mnop").toBase64());
    QVERIFY(!plain.requests().isEmpty());
    for (const test::FakeRequest &request : plain.requests())
        QVERIFY(!request.headers.contains("authorization"));
}

void TestTls::cleanupTestCase()
{
    // QSslServer drops a failed handshake's socket with deleteLater(): let the server side see
    // the client leave, then run those deferred deletions, so no OpenSSL state outlives the test.
    QTRY_VERIFY_WITH_TIMEOUT(m_serverSideEnded >= 1, 10000);
    m_server.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QUORUM_TEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
