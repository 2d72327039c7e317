// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlestatuswidget.h"
#include "testarticles.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The status bar's figures: words, reading time, keyword occurrences and the save state,
// counted again after edits, once per burst.
class TestArticleStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheFiguresOfAKnownArticle();
    void numbersFollowTheLocale();
    void editsAreCountedOncePerBurst();
    void showsTheSaveState();
    void withoutAKeywordThereIsNoKeywordPart();

private:
    /// An article of exactly `words` words: a heading and `words - 1` words of text, with the
    /// keyword "norway" three times (title, excerpt, text).
    static Article articleOf(int words);

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<ArticleStatusWidget> m_status;
};

Article TestArticleStatusWidget::articleOf(int words)
{
    Article article;
    article.meta.title = u"Norway builds"_s;
    article.meta.excerpt = u"Why Norway?"_s;
    article.meta.focusKeyword = u"norway"_s;
    Section text = test::fixedSection(SectionKind::Text, u"x1"_s);
    text.heading = u"Heading"_s;
    QStringList body(words - 2, u"word"_s);
    body.append(u"**Norway**."_s);
    text.markdown = body.join(u' ');
    article.sections = {text};
    return article;
}

void TestArticleStatusWidget::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(articleOf(1234));
    m_status = std::make_unique<ArticleStatusWidget>(m_doc.get());
    m_status->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_status->show();
}

void TestArticleStatusWidget::cleanup()
{
    m_status.reset();
    m_doc.reset();
}

void TestArticleStatusWidget::showsTheFiguresOfAKnownArticle()
{
    QCOMPARE(m_status->stats().words, qsizetype(1234));
    QCOMPARE(m_status->stats().readingMinutes, 6); // 1234 / 238 = 5.2, rounded up
    QCOMPARE(m_status->stats().keywordOccurrences, qsizetype(3));
    QCOMPARE(m_status->text(), u"1,234 words · 6 min read · “norway” ×3 · Not saved yet"_s);
    QCOMPARE(m_status->accessibleDescription(), m_status->text());
}

void TestArticleStatusWidget::numbersFollowTheLocale()
{
    const QLocale norwegian(QLocale::NorwegianBokmal, QLocale::Norway);
    m_status->setLocale(norwegian);
    QVERIFY(m_status->text().startsWith(norwegian.toString(1234) + u" words"_s));
    QVERIFY(norwegian.toString(1234) != u"1,234"_s);
}

void TestArticleStatusWidget::editsAreCountedOncePerBurst()
{
    QSignalSpy recounted(m_status.get(), &ArticleStatusWidget::recounted);
    // Ten keystrokes' worth of edits in a row, as typing sends them.
    for (int i = 0; i < 10; ++i) {
        Section section = *m_doc->section(u"x1"_s);
        section.markdown += u" more"_s;
        m_doc->setSection(section, true);
    }
    QCOMPARE(recounted.size(), 0); // not counted on every keystroke
    QVERIFY(recounted.wait());
    QCOMPARE(recounted.size(), 1);
    QCOMPARE(m_status->stats().words, qsizetype(1244));
    QVERIFY(m_status->text().startsWith(u"1,244 words · 6 min read"_s));

    // A new keyword is counted too.
    ArticleMeta meta = m_doc->article().meta;
    meta.focusKeyword = u"more"_s;
    m_doc->setMeta(meta);
    QVERIFY(recounted.wait());
    QCOMPARE(m_status->stats().keywordOccurrences, qsizetype(10));
    QVERIFY(m_status->text().contains(u"“more” ×10"_s));

    // Sections that go take their words with them.
    m_doc->removeSection(u"x1"_s);
    QVERIFY(recounted.wait());
    QVERIFY(m_status->text().startsWith(u"0 words · 1 min read · “more” ×0"_s));
}

void TestArticleStatusWidget::showsTheSaveState()
{
    QVERIFY(m_status->text().endsWith(u"Not saved yet"_s));
    ArticleMeta meta = m_doc->article().meta;
    meta.author = u"kari"_s;
    m_doc->setMeta(meta);
    QVERIFY(m_status->text().endsWith(u"Unsaved changes"_s)); // at once, not after a recount

    QTemporaryDir dir;
    QString error;
    QVERIFY2(m_doc->save(&error, dir.filePath(u"a.quorum"_s)), qPrintable(error));
    QVERIFY(m_status->text().endsWith(u" · Saved"_s));
    m_doc->undoStack()->undo();
    QVERIFY(m_status->text().endsWith(u"Unsaved changes"_s));
    m_doc->undoStack()->redo();
    QVERIFY(m_status->text().endsWith(u" · Saved"_s));
}

void TestArticleStatusWidget::withoutAKeywordThereIsNoKeywordPart()
{
    Article article = articleOf(10);
    article.meta.focusKeyword.clear();
    m_doc->reset(article); // counted at once
    QCOMPARE(m_status->text(), u"10 words · 1 min read · Not saved yet"_s);
}

QUORUM_TEST_MAIN(TestArticleStatusWidget)
#include "tst_articlestatuswidget.moc"
