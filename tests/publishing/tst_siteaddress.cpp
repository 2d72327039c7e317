// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteaddress.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestSiteAddress : public QObject
{
    Q_OBJECT

private slots:
    void normalized_data();
    void normalized();
    void linkHeader_data();
    void linkHeader();
    void fallbacks();
    void credentials_data();
    void credentials();
};

void TestSiteAddress::normalized_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare host") << u"example.org"_s << u"https://example.org/"_s;
    QTest::newRow("subfolder") << u"http://127.0.0.1:8080/blog"_s
                               << u"http://127.0.0.1:8080/blog/"_s;
    QTest::newRow("query dropped") << u"https://example.org/?p=1#x"_s << u"https://example.org/"_s;
    QTest::newRow("ftp refused") << u"ftp://example.org"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestSiteAddress::normalized()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QCOMPARE(SiteAddress::normalized(typed).toString(), expected);
}

void TestSiteAddress::linkHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("root");
    QTest::newRow("pretty") << QByteArray(
                                   R"(<https://example.org/wp-json/>; rel="https://api.w.org/")")
                            << u"https://example.org/wp-json/"_s;
    QTest::newRow("among others")
        << QByteArray(
               R"(<https://example.org/?p=5>; rel=shortlink, <https://example.org/?rest_route=/>; rel="https://api.w.org/")")
        << u"https://example.org/?rest_route=/"_s;
    QTest::newRow("only others") << QByteArray(R"(<https://example.org/?p=5>; rel=shortlink)")
                                 << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestSiteAddress::linkHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, root);
    QCOMPARE(SiteAddress::restRootFromLinkHeader(header).toString(), root);
}

void TestSiteAddress::fallbacks()
{
    const QList<QUrl> roots = SiteAddress::fallbackRestRoots(QUrl(u"https://example.org/blog/"_s));
    QCOMPARE(roots.size(), 2);
    QCOMPARE(roots.at(0).toString(), u"https://example.org/blog/wp-json/"_s);
    QCOMPARE(roots.at(1).toString(), u"https://example.org/blog/?rest_route=/"_s);
}

void TestSiteAddress::credentials_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << u"https://example.org/"_s << false << true;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080/"_s << false << true;
    QTest::newRow("http loopback v6") << u"http://[::1]/"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost/"_s << false << true;
    QTest::newRow("http remote") << u"http://example.org/"_s << false << false;
    QTest::newRow("http remote, allowed") << u"http://example.org/"_s << true << true;
    QTest::newRow("other scheme") << u"ftp://127.0.0.1/"_s << true << false;
}

void TestSiteAddress::credentials()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, allowed);
    QCOMPARE(SiteAddress::mayCarryCredentials(QUrl(url), allowInsecure), allowed);
}

QUORUM_TEST_GUILESS_MAIN(TestSiteAddress)
#include "tst_siteaddress.moc"
