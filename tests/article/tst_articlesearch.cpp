// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlesearch.h"
#include "testmain.h"
#include "textfields.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Find and replace across every field of an article.
class TestArticleSearch : public QObject
{
    Q_OBJECT

private slots:
    void findAll_data();
    void findAll();
    void matchesAreReportedInEveryKindOfField();
    void replaceOneIsOneUndoStep();
    void replaceRefusesAStaleMatch();
    void replaceAllIsOneUndoStep();

private:
    static Article article();
};

Article TestArticleSearch::article()
{
    Article article;
    article.meta.title = u"Model news"_s;
    article.meta.excerpt = u"A model, a Model and models."_s;
    Section tldr = Section::create(SectionKind::TlDr);
    tldr.id = u"t"_s;
    tldr.bullets = {u"The model is open"_s, u"Nobody asked"_s};
    Section voices = Section::create(SectionKind::ForumVoices);
    voices.id = u"v"_s;
    voices.heading = u"What the forums say"_s;
    Voice voice;
    voice.quote = u"This model (the big one) is fine"_s;
    voice.author = u"modeller"_s;
    voices.voices = {voice};
    article.sections = {tldr, voices};
    return article;
}

void TestArticleSearch::findAll_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<int>("count");
    QTest::newRow("any case, in words") << u"model"_s << false << false << 7;
    QTest::newRow("case sensitive") << u"Model"_s << true << false << 2;
    QTest::newRow("whole words") << u"model"_s << false << true << 5;
    QTest::newRow("whole words, case sensitive") << u"model"_s << true << true << 3;
    QTest::newRow("special characters are literal") << u"(the big one)"_s << false << false << 1;
    QTest::newRow("no match") << u"zebra"_s << false << false << 0;
    QTest::newRow("empty needle") << QString() << false << false << 0;
}

void TestArticleSearch::findAll()
{
    QFETCH(QString, needle);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(int, count);
    const ArticleSearch search(needle, {caseSensitive, wholeWords});
    const Article source = article();
    const QList<TextLocation> matches = search.findAll(source);
    QCOMPARE(matches.size(), count);
    for (const TextLocation &match : matches) {
        const QString found = fieldText(source, match)->mid(match.start, match.length);
        QCOMPARE(found.compare(needle, caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive), 0);
    }
}

void TestArticleSearch::matchesAreReportedInEveryKindOfField()
{
    const QList<TextLocation> matches =
        ArticleSearch(u"model"_s, {false, false}).findAll(article());
    QCOMPARE(matches.first(), (TextLocation{{}, TextField::Title, 0, 0, 5}));
    QCOMPARE(matches.at(1), (TextLocation{{}, TextField::Excerpt, 0, 2, 5}));
    QCOMPARE(matches.at(4), (TextLocation{u"t"_s, TextField::Bullet, 0, 4, 5}));
    QCOMPARE(matches.at(5), (TextLocation{u"v"_s, TextField::VoiceQuote, 0, 5, 5}));
    QCOMPARE(matches.at(6), (TextLocation{u"v"_s, TextField::VoiceAuthor, 0, 0, 5}));
}

void TestArticleSearch::replaceOneIsOneUndoStep()
{
    ArticleDocument document;
    document.reset(article());
    const ArticleSearch search(u"model"_s, {false, true});
    const QList<TextLocation> matches = search.findAll(document.article());
    QVERIFY(search.replace(&document, matches.at(3), u"system"_s));
    QCOMPARE(document.section(u"t"_s)->bullets.first(), u"The system is open"_s);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.article(), article());
}

void TestArticleSearch::replaceRefusesAStaleMatch()
{
    ArticleDocument document;
    document.reset(article());
    const ArticleSearch search(u"model"_s, {false, false});
    const TextLocation title = search.findAll(document.article()).first();
    ArticleMeta meta = document.article().meta;
    meta.title = u"Other news"_s;
    document.setMeta(meta);
    QVERIFY(!search.replace(&document, title, u"x"_s));
    QCOMPARE(document.article().meta.title, u"Other news"_s);
}

void TestArticleSearch::replaceAllIsOneUndoStep()
{
    ArticleDocument document;
    document.reset(article());
    const ArticleSearch search(u"model"_s, {false, false});
    QCOMPARE(search.replaceAll(&document, u"LLM"_s), 7);
    QCOMPARE(document.article().meta.title, u"LLM news"_s);
    QCOMPARE(document.article().meta.excerpt, u"A LLM, a LLM and LLMs."_s);
    QCOMPARE(document.section(u"v"_s)->voices.first().author, u"LLMler"_s);
    QCOMPARE(search.findAll(document.article()).size(), 0);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.article(), article());
}

QUORUM_TEST_GUILESS_MAIN(TestArticleSearch)
#include "tst_articlesearch.moc"
