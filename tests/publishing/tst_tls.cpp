// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "wordpressclient.h"
#include "wordpressreply.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
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
    const QString key = m_dir.filePath(u"key.pem"_s);
    const QString certificate = m_dir.filePath(u"cert.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, key, u"-out"_s, certificate, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);

    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    configuration.setLocalCertificate(QSslCertificate::fromPath(certificate).value(0));
    QVERIFY(!configuration.localCertificate().isNull());
    m_server.setSslConfiguration(configuration);
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

void TestTls::cleanupTestCase()
{
    // QSslServer drops a failed handshake's socket with deleteLater(): let the server side see
    // the client leave, then run those deferred deletions, so no OpenSSL state outlives the test.
    QTRY_VERIFY_WITH_TIMEOUT(m_serverSideEnded >= 1, 10000);
    m_server.close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
