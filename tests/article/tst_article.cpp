// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "article.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestArticle : public QObject
{
    Q_OBJECT

private slots:
    void kindKeysRoundTrip();
    void newIdsDiffer();
    void effectiveStances_data();
    void effectiveStances();
    void stanceSlug_data();
    void stanceSlug();
};

void TestArticle::kindKeysRoundTrip()
{
    for (SectionKind kind : allSectionKinds())
        QCOMPARE(sectionKindFromKey(sectionKindKey(kind)), kind);
    QCOMPARE(sectionKindFromKey(u"forum-voices"_s), SectionKind::ForumVoices);
    QVERIFY(!sectionKindFromKey(u"Forum Voices"_s));
    QCOMPARE(reviewStatusFromKey(reviewStatusKey(ReviewStatus::ChangesRequested)),
             ReviewStatus::ChangesRequested);
}

void TestArticle::newIdsDiffer()
{
    QSet<QString> ids;
    for (int i = 0; i < 1000; ++i)
        ids.insert(Section::create(SectionKind::Text).id);
    QCOMPARE(ids.size(), 1000);
}

void TestArticle::effectiveStances_data()
{
    QTest::addColumn<QStringList>("labels");       // the verdict's own labels
    QTest::addColumn<QStringList>("voiceStances"); // one entry per voice
    QTest::addColumn<QString>("expected");

    QTest::newRow("three to two") << QStringList{u"Skeptical"_s, u"Supportive"_s}
                                  << QStringList{u"Skeptical"_s, u"Supportive"_s, u"Skeptical"_s,
                                                 u"Supportive"_s, u"Skeptical"_s}
                                  << u"60% Skeptical, 40% Supportive"_s;
    QTest::newRow("thirds add up to 100")
        << QStringList{u"A"_s, u"B"_s, u"C"_s} << QStringList{u"A"_s, u"B"_s, u"C"_s}
        << u"34% A, 33% B, 33% C"_s;
    QTest::newRow("label only a voice uses comes last")
        << QStringList{u"A"_s} << QStringList{u"B"_s, u"A"_s, u""_s} << u"50% A, 50% B"_s;
    QTest::newRow("no voices") << QStringList{u"A"_s, u"B"_s} << QStringList{} << u"0% A, 0% B"_s;
    QTest::newRow("one of seven") << QStringList{u"A"_s, u"B"_s}
                                  << QStringList{u"A"_s, u"B"_s, u"B"_s, u"B"_s,
                                                 u"B"_s, u"B"_s, u"B"_s}
                                  << u"14% A, 86% B"_s;
}

void TestArticle::effectiveStances()
{
    QFETCH(QStringList, labels);
    QFETCH(QStringList, voiceStances);
    QFETCH(QString, expected);
    Article article;
    Section verdict = Section::create(SectionKind::Verdict);
    verdict.stancesFromVoices = true;
    for (const QString &label : labels)
        verdict.stances.append({label, 99, {}});
    Section voices = Section::create(SectionKind::ForumVoices);
    for (const QString &stance : voiceStances)
        voices.voices.append(Voice{u"q"_s, {}, {}, {}, {}, stance, {}});
    article.sections = {verdict, voices};
    QCOMPARE(stanceSummary(quorum::effectiveStances(article, verdict)), expected);

    // Stored stances are published as they are when not computed.
    verdict.stancesFromVoices = false;
    QCOMPARE(quorum::effectiveStances(article, verdict), verdict.stances);
}

void TestArticle::stanceSlug_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << u"Skeptical"_s << u"skeptical"_s;
    QTest::newRow("spaces and quotes") << u"Very \"skeptical\"!"_s << u"very-skeptical"_s;
    QTest::newRow("nothing usable") << u"—"_s << u"other"_s;
}

void TestArticle::stanceSlug()
{
    QFETCH(QString, label);
    QFETCH(QString, slug);
    QCOMPARE(quorum::stanceSlug(label), slug);
}

QUORUM_TEST_GUILESS_MAIN(TestArticle)
#include "tst_article.moc"
