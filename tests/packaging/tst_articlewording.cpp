// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "articlewording.h"
#include "contentrenderer.h"
#include "markdownexport.h"
#include "previewpage.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

Article newArticleTemplate()
{
    ArticleFile::LoadResult result = ArticleFile::load(QStringLiteral(QUORUM_SOURCE_DIR) +
                                                       u"/resources/samples/new-article.quorum"_s);
    Q_ASSERT_X(result.ok, "newArticleTemplate", qPrintable(result.error));
    return result.article;
}

} // namespace

// The words that belong to an article follow its language, whatever the desktop's language.
class TestArticleWording : public QObject
{
    Q_OBJECT

private slots:
    void wordingLanguage_data();
    void wordingLanguage();
    void sectionHeadings_data();
    void sectionHeadings();
    void labels();
    void dates_data();
    void dates();
    void newArticleInNorwegianAndBack();
    void emptyHeadingsRenderInTheArticlesLanguage();
    void previewBylineInTheArticlesLanguage();
};

void TestArticleWording::wordingLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("wording");
    QTest::newRow("English") << u"en"_s << u"en"_s;
    QTest::newRow("Bokmål") << u"nb"_s << u"nb"_s;
    QTest::newRow("Bokmål in Norway") << u"nb-NO"_s << u"nb"_s;
    QTest::newRow("Bokmål, POSIX style") << u"nb_NO"_s << u"nb"_s;
    QTest::newRow("Norwegian") << u"no"_s << u"nb"_s;
    QTest::newRow("upper case") << u"NB"_s << u"nb"_s;
    QTest::newRow("Nynorsk") << u"nn"_s << u"en"_s;
    QTest::newRow("German") << u"de"_s << u"en"_s;
    QTest::newRow("none") << QString() << u"en"_s;
}

void TestArticleWording::wordingLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, wording);
    QCOMPARE(quorum::wordingLanguage(language), wording);
}

void TestArticleWording::sectionHeadings_data()
{
    QTest::addColumn<SectionKind>("kind");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("norwegian");
    QTest::newRow("TL;DR") << SectionKind::TlDr << u"Executive TL;DR"_s << u"Kort oppsummert"_s;
    QTest::newRow("verdict") << SectionKind::Verdict << u"The Internet's Verdict"_s
                             << u"Nettets dom"_s;
    QTest::newRow("introduction") << SectionKind::Introduction << u"Introduction"_s
                                  << u"Innledning"_s;
    QTest::newRow("voices") << SectionKind::ForumVoices << u"Forum Voices"_s
                            << u"Stemmer fra forumene"_s;
    QTest::newRow("text") << SectionKind::Text << u"New Section"_s << u"Ny seksjon"_s;
    QTest::newRow("conclusion") << SectionKind::Conclusion << u"Conclusion"_s << u"Konklusjon"_s;
}

void TestArticleWording::sectionHeadings()
{
    QFETCH(SectionKind, kind);
    QFETCH(QString, english);
    QFETCH(QString, norwegian);
    QCOMPARE(sectionHeadingFor(kind, u"en"_s), english);
    QCOMPARE(sectionHeadingFor(kind, u"de"_s), english);
    QCOMPARE(sectionHeadingFor(kind, u"nb"_s), norwegian);
    QCOMPARE(sectionHeadingFor(kind, u"nb-NO"_s), norwegian);
    // The English heading is the interface's source text for the kind, so that the interface
    // and a new English article agree.
    QCOMPARE(defaultSectionHeading(kind), english);
}

void TestArticleWording::labels()
{
    QCOMPARE(articleLabel(ArticleLabel::ByAuthor, u"en"_s, u"Kari"_s), u"By Kari"_s);
    QCOMPARE(articleLabel(ArticleLabel::ByAuthor, u"nb"_s, u"Kari"_s), u"Av Kari"_s);
    QCOMPARE(articleLabel(ArticleLabel::UpdatedOn, u"en"_s, u"today"_s), u"Updated today"_s);
    QCOMPARE(articleLabel(ArticleLabel::UpdatedOn, u"no"_s, u"i dag"_s), u"Oppdatert i dag"_s);
    // The argument is text, never a format.
    QCOMPARE(articleLabel(ArticleLabel::ByAuthor, u"en"_s, u"%2 %1"_s), u"By %2 %1"_s);
}

void TestArticleWording::dates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::newRow("English") << u"en"_s << u"October 14, 2026"_s;
    QTest::newRow("British English") << u"en-GB"_s << u"14 October 2026"_s;
    QTest::newRow("Bokmål") << u"nb"_s << u"14. oktober 2026"_s;
    QTest::newRow("Norwegian") << u"no"_s << u"14. oktober 2026"_s;
    QTest::newRow("German, from its locale") << u"de"_s << u"14. Oktober 2026"_s;
    QTest::newRow("none") << QString() << u"October 14, 2026"_s;
}

void TestArticleWording::dates()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QCOMPARE(articleDate(QDateTime(QDate(2026, 10, 14), QTime(8, 0), Qt::UTC), language), date);
    QCOMPARE(articleDate(QDateTime(), language), QString());
}

void TestArticleWording::newArticleInNorwegianAndBack()
{
    const Article english = newArticleTemplate();
    Article norwegian = withArticleLanguage(english, u"nb"_s);
    QCOMPARE(norwegian.meta.language, u"nb"_s);
    QStringList headings;
    for (const Section &section : std::as_const(norwegian.sections))
        headings.append(section.heading);
    QCOMPARE(headings,
             (QStringList{u"Kort oppsummert"_s, u"Nettets dom"_s, u"Innledning"_s,
                          u"Stemmer fra forumene"_s, u"Alternative løsninger"_s, u"Konklusjon"_s}));
    QCOMPARE(norwegian.sections.at(0).bullets.at(0), u"Hva som skjer, i én setning."_s);
    QCOMPARE(norwegian.sections.at(1).stances.at(0).label, u"Skeptiske"_s);
    QCOMPARE(norwegian.sections.at(1).stances.at(1).label, u"Positive"_s);

    // Back again gives the template as it was; what the writer typed stays.
    QCOMPARE(withArticleLanguage(norwegian, u"en"_s), english);
    norwegian.sections[2].heading = u"Bakgrunn"_s;
    QCOMPARE(withArticleLanguage(norwegian, u"en"_s).sections.at(2).heading, u"Bakgrunn"_s);
}

void TestArticleWording::emptyHeadingsRenderInTheArticlesLanguage()
{
    Article article = test::sampleArticle();
    for (Section &section : article.sections)
        section.heading.clear();
    article.meta.language = u"nb"_s;
    const QString blocks = ContentRenderer().render(article);
    QVERIFY(blocks.contains(u">Nettets dom</h2>"_s));
    QVERIFY(blocks.contains(u">Innledning</h2>"_s));
    QVERIFY(!blocks.contains(u"Introduction"_s));
    QVERIFY(articleToMarkdown(article).contains(u"\n## Stemmer fra forumene\n"_s));

    article.meta.language = u"en"_s;
    QVERIFY(ContentRenderer().render(article).contains(u">The Internet's Verdict</h2>"_s));
}

void TestArticleWording::previewBylineInTheArticlesLanguage()
{
    Article article = test::sampleArticle();
    article.meta.language = u"nb"_s;
    article.remote.modifiedGmt = u"2026-10-20T09:30:00"_s;
    const QString header = previewHeaderHtml(article);
    QVERIFY2(header.contains(u"<time datetime=\"2026-10-14T08:00:00Z\">14. oktober 2026</time>"_s),
             qPrintable(header));
    QVERIFY(header.contains(u"<span class=\"updated\">Oppdatert <time "
                            "datetime=\"2026-10-20T09:30:00Z\">20. oktober 2026</time></span>"_s));
    QVERIFY(header.contains(u"<span class=\"author\">Av ingrid.solberg</span>"_s));

    article.meta.language = u"en"_s;
    const QString english = previewHeaderHtml(article);
    QVERIFY(english.contains(u">October 14, 2026</time>"_s));
    QVERIFY(english.contains(u">Updated <time"_s));
    QVERIFY(english.contains(u"<span class=\"author\">By ingrid.solberg</span>"_s));

    // Updated the day it was published: no second date.
    article.remote.modifiedGmt = u"2026-10-14T17:00:00"_s;
    QVERIFY(!previewHeaderHtml(article).contains(u"updated"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestArticleWording)
#include "tst_articlewording.moc"
