// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlechecks.h"
#include "testarticles.h"
#include "testmain.h"

#include <QSet>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// An article that passes every check: each row below changes one thing.
Article cleanArticle()
{
    Article article;
    article.meta.title = u"The Library Model: What the Forums Say"_s;
    article.meta.slug = u"national-library-model-forums"_s;
    article.meta.focusKeyword = u"library model"_s;
    article.meta.excerpt = u"A national library wants its own language model. We read the forums: "
                           "the library model splits experts evenly on cost, data and purpose."_s;

    Section tldr = test::fixedSection(SectionKind::TlDr, u"t"_s);
    tldr.bullets = {u"One."_s, u"Two."_s, u"Three."_s};
    Section verdict = test::fixedSection(SectionKind::Verdict, u"v"_s);
    verdict.stances = {{u"Skeptical"_s, 50, {}}, {u"Supportive"_s, 50, {}}};
    Section intro = test::fixedSection(SectionKind::Introduction, u"i"_s);
    intro.markdown = u"The library model is the plan of a national library.\n\nMore text, with "
                     "[a link](https://example.org/a) and ![a chart](images/chart.png)."_s;
    Section voices = test::fixedSection(SectionKind::ForumVoices, u"f"_s);
    voices.voices = {
        Voice{u"Too small to matter."_s,
              u"jonas"_s,
              u"ML Forum"_s,
              u"https://ml.example.net/t/1"_s,
              {},
              u"Skeptical"_s,
              {}},
        Voice{u"The data is the asset."_s,
              u"marit"_s,
              u"Dev Forum"_s,
              u"https://dev.example.org/t/2"_s,
              {},
              u"Supportive"_s,
              {}},
    };
    Section conclusion = test::fixedSection(SectionKind::Conclusion, u"c"_s);
    conclusion.markdown = u"Ambitious, and doubted."_s;
    article.sections = {tldr, verdict, intro, voices, conclusion};
    return article;
}

using Change = std::function<void(Article &)>;

Section &sectionOf(Article &article, const QString &id)
{
    return article.sections[article.indexOfSection(id)];
}

} // namespace

class TestArticleChecks : public QObject
{
    Q_OBJECT

private slots:
    void cleanArticlePasses();
    void sampleHasNoErrors();
    void checksHaveStableUniqueIds();
    void findings_data();
    void findings();
    void disabledChecksAreSkipped_data();
    void disabledChecksAreSkipped();
    void toleranceIsTheArticles();
};

void TestArticleChecks::cleanArticlePasses()
{
    QCOMPARE(checkArticle(cleanArticle()), QList<CheckFinding>{});
}

void TestArticleChecks::sampleHasNoErrors()
{
    const QList<CheckFinding> findings = checkArticle(test::sampleArticle());
    QVERIFY(!hasErrors(findings));
    for (const CheckFinding &finding : findings)
        QVERIFY2(finding.checkId.startsWith(u"seo-"_s), qPrintable(finding.message));
}

void TestArticleChecks::checksHaveStableUniqueIds()
{
    // Files keep these ids in review.disabledChecks; renaming one breaks them.
    const QStringList ids{u"title-empty"_s,         u"verdict-empty"_s,     u"verdict-sum"_s,
                          u"verdict-tally"_s,       u"voice-quote"_s,       u"voice-author"_s,
                          u"voice-forum"_s,         u"voice-url"_s,         u"voice-duplicate"_s,
                          u"tldr-bullets"_s,        u"section-empty"_s,     u"heading-duplicate"_s,
                          u"seo-keyword-missing"_s, u"seo-keyword-title"_s, u"seo-keyword-slug"_s,
                          u"seo-keyword-excerpt"_s, u"seo-keyword-intro"_s, u"seo-title-length"_s,
                          u"seo-excerpt-length"_s,  u"image-alt"_s,         u"link-scheme"_s};
    QStringList actual;
    for (const CheckInfo &check : allChecks()) {
        actual.append(check.id);
        QVERIFY(!check.title.isEmpty());
    }
    QCOMPARE(actual, ids);
}

void TestArticleChecks::findings_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<bool>("fails");
    QTest::addColumn<TextLocation>("location"); // where a failing row points

    auto pass = [](const char *name, const QString &id, const Change &change) {
        QTest::newRow(name) << change << id << false << TextLocation{};
    };
    auto fail = [](const char *name, const QString &id, const TextLocation &at,
                   const Change &change) { QTest::newRow(name) << change << id << true << at; };
    auto meta = [](TextField field, qsizetype start = -1, qsizetype length = 0) {
        return TextLocation{QString(), field, 0, start, length};
    };

    fail("title-empty: blank", u"title-empty"_s, meta(TextField::Title),
         [](Article &a) { a.meta.title = u"  "_s; });
    pass("title-empty: set", u"title-empty"_s, [](Article &) {});

    fail("verdict-empty: no stances", u"verdict-empty"_s, {u"v"_s, TextField::Heading, 0, -1, 0},
         [](Article &a) { sectionOf(a, u"v"_s).stances.clear(); });
    pass("verdict-empty: stances", u"verdict-empty"_s, [](Article &) {});

    fail("verdict-sum: 50 + 40", u"verdict-sum"_s, {u"v"_s, TextField::StanceLabel, 0, -1, 0},
         [](Article &a) { sectionOf(a, u"v"_s).stances[1].percent = 40; });
    pass("verdict-sum: from voices", u"verdict-sum"_s,
         [](Article &a) { sectionOf(a, u"v"_s).stancesFromVoices = true; });

    // The example the issue names: "60% skeptical" over one skeptical and one supportive voice.
    fail("verdict-tally: 60/40 over one voice each", u"verdict-tally"_s,
         {u"v"_s, TextField::StanceLabel, 0, -1, 0}, [](Article &a) {
             sectionOf(a, u"v"_s).stances = {{u"Skeptical"_s, 60, {}}, {u"Supportive"_s, 40, {}}};
         });
    fail("verdict-tally: a stance the verdict lacks", u"verdict-tally"_s,
         {u"v"_s, TextField::StanceLabel, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].stance = u"Neutral"_s; });
    pass("verdict-tally: 55/45 within 5 points", u"verdict-tally"_s, [](Article &a) {
        sectionOf(a, u"v"_s).stances = {{u"Skeptical"_s, 55, {}}, {u"Supportive"_s, 45, {}}};
    });
    pass("verdict-tally: voices without stances", u"verdict-tally"_s, [](Article &a) {
        sectionOf(a, u"v"_s).stances = {{u"Skeptical"_s, 90, {}}, {u"Supportive"_s, 10, {}}};
        for (Voice &voice : sectionOf(a, u"f"_s).voices)
            voice.stance.clear();
    });

    fail("voice-quote: blank", u"voice-quote"_s, {u"f"_s, TextField::VoiceQuote, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].quote = u"\n "_s; });
    pass("voice-quote: set", u"voice-quote"_s, [](Article &) {});
    fail("voice-author: blank", u"voice-author"_s, {u"f"_s, TextField::VoiceAuthor, 0, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[0].author.clear(); });
    pass("voice-author: set", u"voice-author"_s, [](Article &) {});
    fail("voice-forum: blank", u"voice-forum"_s, {u"f"_s, TextField::VoiceForum, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].forum = u" "_s; });
    pass("voice-forum: set", u"voice-forum"_s, [](Article &) {});
    fail("voice-url: javascript", u"voice-url"_s, {u"f"_s, TextField::VoiceUrl, 0, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[0].url = u"javascript:alert(1)"_s; });
    fail("voice-url: missing", u"voice-url"_s, {u"f"_s, TextField::VoiceUrl, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].url.clear(); });
    fail("voice-url: no host", u"voice-url"_s, {u"f"_s, TextField::VoiceUrl, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].url = u"https://"_s; });
    pass("voice-url: http", u"voice-url"_s,
         [](Article &a) { sectionOf(a, u"f"_s).voices[0].url = u"http://old.example.org/x"_s; });
    fail("voice-duplicate: same words, other case and spacing", u"voice-duplicate"_s,
         {u"f"_s, TextField::VoiceQuote, 1, -1, 0},
         [](Article &a) { sectionOf(a, u"f"_s).voices[1].quote = u"too  small to\nMATTER."_s; });
    fail("voice-duplicate: folded case beyond ASCII", u"voice-duplicate"_s,
         {u"f"_s, TextField::VoiceQuote, 1, -1, 0}, [](Article &a) {
             sectionOf(a, u"f"_s).voices[0].quote = u"Ærlig talt, NEI."_s;
             sectionOf(a, u"f"_s).voices[1].quote = u" ærlig talt, nei. "_s;
         });
    pass("voice-duplicate: different quotes", u"voice-duplicate"_s, [](Article &) {});

    fail("tldr-bullets: one", u"tldr-bullets"_s, {u"t"_s, TextField::Heading, 0, -1, 0},
         [](Article &a) {
             sectionOf(a, u"t"_s).bullets = {u"Only."_s, u" "_s};
         });
    fail("tldr-bullets: six", u"tldr-bullets"_s, {u"t"_s, TextField::Bullet, 5, -1, 0},
         [](Article &a) {
             sectionOf(a, u"t"_s).bullets += {u"4"_s, u"5"_s, u"6"_s};
         });
    pass("tldr-bullets: two", u"tldr-bullets"_s,
         [](Article &a) { sectionOf(a, u"t"_s).bullets.removeLast(); });
    pass("tldr-bullets: five", u"tldr-bullets"_s, [](Article &a) {
        sectionOf(a, u"t"_s).bullets += {u"4"_s, u"5"_s};
    });

    fail("section-empty: conclusion", u"section-empty"_s, {u"c"_s, TextField::Markdown, 0, 0, 0},
         [](Article &a) { sectionOf(a, u"c"_s).markdown = u"\n\n"_s; });
    fail("section-empty: no voices", u"section-empty"_s, {u"f"_s, TextField::Markdown, 0, 0, 0},
         [](Article &a) {
             sectionOf(a, u"f"_s).voices.clear();
             sectionOf(a, u"f"_s).markdown = u"A lead alone."_s;
         });
    pass("section-empty: text", u"section-empty"_s, [](Article &) {});

    fail("heading-duplicate: same words, other case", u"heading-duplicate"_s,
         {u"c"_s, TextField::Heading, 0, -1, 0},
         [](Article &a) { sectionOf(a, u"c"_s).heading = u"introduction "_s; });
    pass("heading-duplicate: unique", u"heading-duplicate"_s, [](Article &) {});

    fail("seo-keyword-missing: none", u"seo-keyword-missing"_s, meta(TextField::FocusKeyword),
         [](Article &a) { a.meta.focusKeyword = u" "_s; });
    pass("seo-keyword-missing: set", u"seo-keyword-missing"_s, [](Article &) {});
    fail("seo-keyword-title: absent", u"seo-keyword-title"_s, meta(TextField::Title),
         [](Article &a) { a.meta.title = u"What the Forums Say About the Model"_s; });
    fail("seo-keyword-title: only part of a word", u"seo-keyword-title"_s, meta(TextField::Title),
         [](Article &a) { a.meta.title = u"The Library Modelling Plan"_s; });
    pass("seo-keyword-title: other case and punctuation", u"seo-keyword-title"_s,
         [](Article &a) { a.meta.title = u"LIBRARY-MODEL plans"_s; });
    fail("seo-keyword-slug: absent", u"seo-keyword-slug"_s, meta(TextField::Slug),
         [](Article &a) { a.meta.slug = u"national-library-forums"_s; });
    pass("seo-keyword-slug: accents folded", u"seo-keyword-slug"_s, [](Article &a) {
        a.meta.focusKeyword = u"Språk modell"_s;
        a.meta.title = u"Ein språk-modell"_s;
        a.meta.slug = u"ein-sprak-modell"_s;
    });
    fail("seo-keyword-excerpt: absent", u"seo-keyword-excerpt"_s, meta(TextField::Excerpt),
         [](Article &a) { a.meta.excerpt.replace(u"library model"_s, u"model library"_s); });
    pass("seo-keyword-excerpt: present", u"seo-keyword-excerpt"_s, [](Article &) {});
    fail("seo-keyword-intro: only in the second paragraph", u"seo-keyword-intro"_s,
         {u"i"_s, TextField::Markdown, 0, 2, 16}, [](Article &a) {
             sectionOf(a, u"i"_s).markdown = u"\n\nNot in this one.\n \nThe library model."_s;
         });
    pass("seo-keyword-intro: first paragraph over two lines", u"seo-keyword-intro"_s,
         [](Article &a) { sectionOf(a, u"i"_s).markdown = u"The *library*\nmodel."_s; });

    const QString sixty = u"library model "_s + QString(46, u'x');
    fail("seo-title-length: 61", u"seo-title-length"_s, meta(TextField::Title, 60),
         [sixty](Article &a) { a.meta.title = sixty + u'y'; });
    pass("seo-title-length: 60", u"seo-title-length"_s,
         [sixty](Article &a) { a.meta.title = sixty; });
    pass("seo-title-length: 60 letters outside the BMP", u"seo-title-length"_s, [](Article &a) {
        a.meta.title = u"library model "_s + QString(46, u'x').replace(u"x"_s, u"𝔵"_s);
    });
    auto excerpt = [](int length) {
        return [length](Article &a) {
            a.meta.excerpt = u"library model "_s.leftJustified(length, u'e');
        };
    };
    fail("seo-excerpt-length: 119", u"seo-excerpt-length"_s, meta(TextField::Excerpt),
         excerpt(119));
    fail("seo-excerpt-length: 161", u"seo-excerpt-length"_s, meta(TextField::Excerpt),
         excerpt(161));
    pass("seo-excerpt-length: 120", u"seo-excerpt-length"_s, excerpt(120));
    pass("seo-excerpt-length: 160", u"seo-excerpt-length"_s, excerpt(160));

    fail("image-alt: blank alt", u"image-alt"_s, {u"c"_s, TextField::Markdown, 0, 5, 4},
         [](Article &a) { sectionOf(a, u"c"_s).markdown = u"See: ![ ](images/a.png)"_s; });
    fail("image-alt: in a bullet, by reference", u"image-alt"_s,
         {u"t"_s, TextField::Bullet, 1, 0, 3},
         [](Article &a) { sectionOf(a, u"t"_s).bullets[1] = u"![][chart]"_s; });
    fail("image-alt: featured image", u"image-alt"_s, meta(TextField::FeaturedImageAlt),
         [](Article &a) { a.meta.featuredImage = u"cover.png"_s; });
    pass("image-alt: alt text everywhere", u"image-alt"_s, [](Article &a) {
        a.meta.featuredImage = u"cover.png"_s;
        a.meta.featuredImageAlt = u"A cover"_s;
    });
    pass("image-alt: inside code", u"image-alt"_s, [](Article &a) {
        sectionOf(a, u"c"_s).markdown = u"`![](a.png)` and\n\n```\n![](b.png)\n```\n"_s;
    });

    fail(
        "link-scheme: javascript", u"link-scheme"_s, {u"c"_s, TextField::Markdown, 0, 8, 19},
        [](Article &a) { sectionOf(a, u"c"_s).markdown = u"A [bad](javascript:alert(1)) link"_s; });
    fail("link-scheme: autolink", u"link-scheme"_s, {u"c"_s, TextField::Markdown, 0, 1, 22},
         [](Article &a) { sectionOf(a, u"c"_s).markdown = u"<ftp://example.org/file>"_s; });
    fail("link-scheme: reference definition", u"link-scheme"_s,
         {u"c"_s, TextField::Markdown, 0, 13, 9},
         [](Article &a) { sectionOf(a, u"c"_s).markdown = u"[a][r]\n\n[r]: file:///x \"t\""_s; });
    fail("link-scheme: relative", u"link-scheme"_s, {u"t"_s, TextField::Bullet, 0, 7, 9},
         [](Article &a) { sectionOf(a, u"t"_s).bullets[0] = u"[page](page.html)"_s; });
    pass("link-scheme: https, anchors, code and escapes", u"link-scheme"_s, [](Article &a) {
        sectionOf(a, u"c"_s).markdown =
            u"[a](https://example.org/a_(b)) [b](<https://example.org/c d>) [c](#section-i)\n"
            "`[d](javascript:x)` \\[e](javascript:y)\n\n~~~\n[f](javascript:z)\n~~~\n"
            "<not a link> www.example.org"_s;
    });
}

void TestArticleChecks::findings()
{
    QFETCH(Change, change);
    QFETCH(QString, checkId);
    QFETCH(bool, fails);
    QFETCH(TextLocation, location);
    Article article = cleanArticle();
    change(article);

    QList<CheckFinding> found;
    for (const CheckFinding &finding : checkArticle(article)) {
        if (finding.checkId == checkId)
            found.append(finding);
    }
    if (!fails) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).message));
        return;
    }
    QCOMPARE(found.size(), 1);
    QVERIFY(!found.first().message.isEmpty());
    QCOMPARE(found.first().location, location);
    const auto checks = allChecks();
    const auto info = std::find_if(checks.begin(), checks.end(),
                                   [&](const CheckInfo &check) { return check.id == checkId; });
    QVERIFY(info != checks.end());
    QCOMPARE(found.first().severity, info->severity);
    if (const QString *text = fieldText(article, location); text && location.start >= 0)
        QVERIFY(location.start + location.length <= text->size());
}

void TestArticleChecks::disabledChecksAreSkipped_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("checkId");
    QTest::newRow("voice-url") << Change([](Article &a) {
        sectionOf(a, u"f"_s).voices[0].url = u"ftp://x"_s;
    }) << u"voice-url"_s;
    QTest::newRow("seo-title-length")
        << Change([](Article &a) { a.meta.title = u"library model "_s + QString(60, u'x'); })
        << u"seo-title-length"_s;
    QTest::newRow("verdict-tally") << Change([](Article &a) {
        sectionOf(a, u"v"_s).stances = {{u"Skeptical"_s, 80, {}}, {u"Supportive"_s, 20, {}}};
    }) << u"verdict-tally"_s;
}

void TestArticleChecks::disabledChecksAreSkipped()
{
    QFETCH(Change, change);
    QFETCH(QString, checkId);
    Article article = cleanArticle();
    change(article);
    QCOMPARE(checkArticle(article).size(), 1);
    article.review.disabledChecks = {checkId};
    QCOMPARE(checkArticle(article), QList<CheckFinding>{});
}

void TestArticleChecks::toleranceIsTheArticles()
{
    Article article = cleanArticle();
    sectionOf(article, u"v"_s).stances = {{u"Skeptical"_s, 60, {}}, {u"Supportive"_s, 40, {}}};
    QCOMPARE(article.review.stanceTolerance, kDefaultStanceTolerance);
    QCOMPARE(checkArticle(article).size(), 1);
    article.review.stanceTolerance = 10; // 60 against a tally of 50 is 10 points off
    QCOMPARE(checkArticle(article), QList<CheckFinding>{});
    article.review.stanceTolerance = 9;
    QCOMPARE(checkArticle(article).size(), 1);
    QVERIFY2(checkArticle(article).first().message.contains(u"60% Skeptical, 40% Supportive"_s),
             qPrintable(checkArticle(article).first().message));
}

QUORUM_TEST_GUILESS_MAIN(TestArticleChecks)
#include "tst_articlechecks.moc"
