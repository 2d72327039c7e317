// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlestats.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

Q_DECLARE_METATYPE(quorum::Section)

// Words, reading time and focus-keyword occurrences of the text a reader reads.
class TestArticleStats : public QObject
{
    Q_OBJECT

private slots:
    void countWords_data();
    void countWords();
    void countPhrase_data();
    void countPhrase();
    void readingMinutes_data();
    void readingMinutes();
    void readableText_data();
    void readableText();
    void articleStats();
    void wordsAreTheWordsOfTheReadableText();
    void counterFollowsEdits();
};

void TestArticleStats::countWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::newRow("empty") << QString() << qsizetype(0);
    QTest::newRow("spaces only") << u"  \n\t "_s << qsizetype(0);
    QTest::newRow("three words") << u"one two  three"_s << qsizetype(3);
    QTest::newRow("lines and tabs") << u"tab\tseparated\nlines\n"_s << qsizetype(3);
    QTest::newRow("joined forms") << u"it's 60% co-operate"_s << qsizetype(3);
    QTest::newRow("a dash is no word") << u"before — after"_s << qsizetype(2);
    QTest::newRow("non-Latin") << u"blåbær på Ørland"_s << qsizetype(3);
}

void TestArticleStats::countWords()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QCOMPARE(quorum::countWords(text), words);
}

void TestArticleStats::countPhrase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<qsizetype>("count");
    QTest::newRow("any case") << u"Norway LLM and norway llm, NORWAY LLM."_s << u"norway llm"_s
                              << qsizetype(3);
    QTest::newRow("whole words only")
        << u"Norway LLMs, xNorway LLM"_s << u"Norway LLM"_s << qsizetype(0);
    QTest::newRow("punctuation ends a word")
        << u"(norway llm's)"_s << u"Norway LLM"_s << qsizetype(1);
    QTest::newRow("phrase spacing ignored")
        << u"norway llm"_s << u"  Norway   LLM "_s << qsizetype(1);
    QTest::newRow("not across blocks") << u"Norway\nLLM"_s << u"Norway LLM"_s << qsizetype(0);
    QTest::newRow("single word") << u"model, models, Model"_s << u"model"_s << qsizetype(2);
    QTest::newRow("no overlap") << u"ha ha ha"_s << u"ha ha"_s << qsizetype(1);
    QTest::newRow("empty phrase") << u"anything"_s << QString() << qsizetype(0);
}

void TestArticleStats::countPhrase()
{
    QFETCH(QString, text);
    QFETCH(QString, phrase);
    QFETCH(qsizetype, count);
    QCOMPARE(quorum::countPhrase(text, phrase), count);
}

void TestArticleStats::readingMinutes_data()
{
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<int>("minutes");
    QTest::newRow("nothing is a minute") << qsizetype(0) << 1;
    QTest::newRow("a few words") << qsizetype(12) << 1;
    QTest::newRow("exactly one minute") << qsizetype(kReadingWordsPerMinute) << 1;
    QTest::newRow("one word more") << qsizetype(kReadingWordsPerMinute + 1) << 2;
    QTest::newRow("six minutes") << qsizetype(5 * kReadingWordsPerMinute + 100) << 6;
}

void TestArticleStats::readingMinutes()
{
    QFETCH(qsizetype, words);
    QFETCH(int, minutes);
    QCOMPARE(quorum::readingMinutes(words), minutes);
}

void TestArticleStats::readableText_data()
{
    QTest::addColumn<Section>("section");
    QTest::addColumn<QString>("text");

    Section text = test::fixedSection(SectionKind::Text, u"x1"_s);
    text.heading = u"Heading"_s;
    text.markdown = u"# Title\n\nSome *emph*asis and [link text](https://example.com/x/y) "
                    "![alt words](cover.png)\nnext line\n\n- item one\n- item two\n\n"
                    "> quoted `code`"_s;
    QTest::newRow("markdown without markup")
        << text
        << u"Heading\nTitle\nSome emphasis and link text next line\nitem one\nitem two\n"
           "quoted code\n"_s;

    Section blocks = test::fixedSection(SectionKind::Conclusion, u"c1"_s);
    blocks.heading.clear();
    blocks.markdown = u"| a | b |\n|---|---|\n| c  d | e |\n\n```\nlet x = 1;\nx += 2;\n```\n\n"
                      "<b>raw</b> html"_s;
    // A table reads as its rows: the pipes and dashes are no words.
    QTest::newRow("default heading, tables, code, raw html")
        << blocks
        << defaultSectionHeading(SectionKind::Conclusion) +
               u"\n| a | b | |---|---| | c d | e |\nlet x = 1; x += 2;\n<b>raw</b> html\n"_s;

    Section tldr = test::fixedSection(SectionKind::TlDr, u"t1"_s);
    tldr.heading = u"TL;DR"_s;
    tldr.bullets = {u"One"_s, u"**Two** words"_s, u"  "_s};
    QTest::newRow("bullets") << tldr << u"TL;DR\nOne\nTwo words\n"_s;

    Section verdict = test::fixedSection(SectionKind::Verdict, u"v1"_s);
    verdict.heading = u"Verdict"_s;
    verdict.stances = {{u"Skeptical"_s, 60, {}}, {u"Supportive"_s, 40, {}}};
    verdict.markdown = u"Below."_s;
    QTest::newRow("verdict split")
        << verdict
        << u"Verdict\n60% Skeptical, 40% Supportive\n60% Skeptical\n40% Supportive\nBelow.\n"_s;

    Section voices = test::fixedSection(SectionKind::ForumVoices, u"f1"_s);
    voices.heading = u"Voices"_s;
    voices.markdown = u"Lead."_s;
    Voice voice;
    voice.quote = u"First\nparagraph\n\nSecond  one"_s;
    voice.author = u"kari"_s;
    voice.forum = u"Forum"_s;
    voice.url = u"https://forum.example.org/t/1"_s;
    voice.date = QDate(2026, 2, 28);
    voice.stance = u"Skeptical"_s;
    Voice bare;
    bare.quote = u"Only a quote"_s;
    bare.url = u"https://example.org/only-link"_s;
    voices.voices = {voice, bare};
    QTest::newRow("voices with citations")
        << voices
        << u"Voices\nLead.\nFirst paragraph\nSecond one\nkari Forum 2026-02-28 Skeptical\n"
           "Only a quote\nhttps://example.org/only-link\n"_s;
}

void TestArticleStats::readableText()
{
    QFETCH(Section, section);
    QFETCH(QString, text);
    Article article;
    article.sections = {section};
    QCOMPARE(quorum::readableText(article, section), text);
}

void TestArticleStats::articleStats()
{
    Article article;
    article.meta.title = u"Norway LLM plans"_s;
    article.meta.excerpt = u"What the Norway\nLLM means."_s;
    article.meta.focusKeyword = u"norway llm"_s;
    Section intro = test::fixedSection(SectionKind::Introduction, u"i1"_s);
    intro.heading = u"Intro"_s;
    intro.markdown = u"The **Norway LLM** is [big](https://norway-llm.example)."_s;
    Section text = test::fixedSection(SectionKind::Text, u"x1"_s);
    text.heading = u"More"_s;
    // Enough words for a second minute: 240 words in all.
    text.markdown = QStringList(237, u"word"_s).join(u' ');
    article.sections = {intro, text};

    const ArticleStats stats = quorum::articleStats(article);
    QCOMPARE(stats.words, qsizetype(1 + 5 + 1 + 237)); // headings count, the link address not
    QCOMPARE(stats.readingMinutes, 2);
    QCOMPARE(stats.keywordOccurrences, qsizetype(3)); // title, excerpt, text
}

void TestArticleStats::wordsAreTheWordsOfTheReadableText()
{
    const Article article = test::fullArticle();
    qsizetype words = 0;
    for (const Section &section : article.sections)
        words += quorum::countWords(quorum::readableText(article, section));
    QVERIFY(words > 50);
    QCOMPARE(quorum::articleStats(article).words, words);
}

void TestArticleStats::counterFollowsEdits()
{
    Article article = test::sampleArticle();
    article.meta.focusKeyword = u"national library"_s;
    ArticleStatsCounter counter;
    QCOMPARE(counter.count(article), quorum::articleStats(article));
    const ArticleStats before = counter.count(article);
    QVERIFY(before.words > 300);
    QVERIFY(before.keywordOccurrences > 0);

    // A section's text changes: only its words change.
    Section &edited = article.sections[2];
    edited.markdown += u" Two more."_s;
    ArticleStats after = counter.count(article);
    QCOMPARE(after.words, before.words + 2);
    QCOMPARE(after, quorum::articleStats(article));

    // The keyword changes: every section is counted again.
    article.meta.focusKeyword = u"forum"_s;
    after = counter.count(article);
    QCOMPARE(after, quorum::articleStats(article));
    QVERIFY(after.keywordOccurrences != before.keywordOccurrences);

    // A section goes: its words go with it.
    const qsizetype removedWords =
        quorum::countWords(quorum::readableText(article, article.sections.constLast()));
    article.sections.removeLast();
    after = counter.count(article);
    QCOMPARE(after, quorum::articleStats(article));
    QCOMPARE(after.words, before.words + 2 - removedWords);
}

QUORUM_TEST_GUILESS_MAIN(TestArticleStats)
#include "tst_articlestats.moc"
