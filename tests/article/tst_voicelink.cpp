// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testmain.h"
#include "voicelink.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// A voice's link: which addresses count, and the forum name read from one.
class TestVoiceLink : public QObject
{
    Q_OBJECT

private slots:
    void linkValidity_data();
    void linkValidity();
    void forumName_data();
    void forumName();
};

void TestVoiceLink::linkValidity_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://forum.example.org/t/1182"_s << true;
    QTest::newRow("http with port and query") << u"http://example.net:8080/a?b=c#d"_s << true;
    QTest::newRow("upper-case scheme") << u"HTTPS://example.org/"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("no scheme") << u"forum.example.org/t/1182"_s << false;
    QTest::newRow("ftp") << u"ftp://example.org/file"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("mailto") << u"mailto:someone@example.org"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
    QTest::newRow("space in host") << u"https://exa mple.org/"_s << false;
}

void TestVoiceLink::linkValidity()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(isVoiceLink(url), valid);
}

void TestVoiceLink::forumName_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("forum");
    QTest::newRow("known site") << u"https://news.ycombinator.com/item?id=1"_s << u"Hacker News"_s;
    QTest::newRow("known site with www")
        << u"https://www.reddit.com/r/LocalLLaMA/"_s << u"Reddit"_s;
    QTest::newRow("subdomain of a known site") << u"https://old.reddit.com/r/x"_s << u"Reddit"_s;
    QTest::newRow("look-alike is not the known site")
        << u"https://notreddit.com/r/x"_s << u"notreddit.com"_s;
    QTest::newRow("other host") << u"https://forum.example.org/t/1182"_s << u"forum.example.org"_s;
    QTest::newRow("www stripped") << u"http://www.Example.NET/thread/2"_s << u"example.net"_s;
    QTest::newRow("not a link") << u"ftp://ftp.example.org/"_s << QString();
}

void TestVoiceLink::forumName()
{
    QFETCH(QString, url);
    QFETCH(QString, forum);
    QCOMPARE(forumNameFromLink(url), forum);
}

QUORUM_TEST_GUILESS_MAIN(TestVoiceLink)
#include "tst_voicelink.moc"
