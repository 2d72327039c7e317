// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlechecks.h"
#include "testarticles.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestArticleChecks : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsClean();
    void findings_data();
    void findings();
};

void TestArticleChecks::sampleIsClean()
{
    QCOMPARE(checkArticle(test::sampleArticle()), QList<CheckFinding>{});
}

void TestArticleChecks::findings_data()
{
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("checkId"); // empty: no finding expected

    Article base;
    base.meta.title = u"Title"_s;
    Section verdict = test::fixedSection(SectionKind::Verdict, u"v"_s);
    verdict.stances = {{u"A"_s, 60, {}}, {u"B"_s, 40, {}}};
    Section voices = test::fixedSection(SectionKind::ForumVoices, u"f"_s);
    voices.voices = {Voice{u"quote"_s, u"a"_s, u"f"_s, u"https://x.example/"_s, {}, u"A"_s, {}}};
    base.sections = {verdict, voices};
    QTest::newRow("passing") << base << QString();

    Article noTitle = base;
    noTitle.meta.title = u"  "_s;
    QTest::newRow("title-empty") << noTitle << u"title-empty"_s;

    Article badSum = base;
    badSum.sections[0].stances[1].percent = 30;
    QTest::newRow("verdict-sum") << badSum << u"verdict-sum"_s;

    Article noStances = base;
    noStances.sections[0].stances.clear();
    QTest::newRow("verdict-empty") << noStances << u"verdict-empty"_s;

    Article badUrl = base;
    badUrl.sections[1].voices[0].url = u"javascript:alert(1)"_s;
    QTest::newRow("voice-url") << badUrl << u"voice-url"_s;

    Article noQuote = base;
    noQuote.sections[1].voices[0].quote = u"\n"_s;
    QTest::newRow("voice-quote") << noQuote << u"voice-quote"_s;
}

void TestArticleChecks::findings()
{
    QFETCH(Article, article);
    QFETCH(QString, checkId);
    const QList<CheckFinding> findings = checkArticle(article);
    if (checkId.isEmpty()) {
        QCOMPARE(findings.size(), 0);
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().checkId, checkId);
    QVERIFY(!findings.first().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestArticleChecks)
#include "tst_articlechecks.moc"
