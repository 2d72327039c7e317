// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "findbar.h"
#include "testmain.h"
#include "textfields.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The find and replace bar, driven with keys.
class TestFindBar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void typingFindsAndCountsMatches();
    void enterAndShiftEnterStepThroughMatches();
    void optionsNarrowTheMatches();
    void replaceAndReplaceAllAreUndoable();
    void matchesFollowEditsMadeElsewhere();
    void keptBlockLinesAreLeftAlone();
    void escapeCloses();

private:
    QString revealedText(const QSignalSpy &spy, int at) const;

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<FindBar> m_bar;
};

void TestFindBar::init()
{
    Article article;
    article.meta.title = u"Voices on the model"_s;
    Section intro = Section::create(SectionKind::Introduction);
    intro.id = u"i"_s;
    intro.markdown = u"The Model is big. Models are many. A model."_s;
    Section conclusion = Section::create(SectionKind::Conclusion);
    conclusion.id = u"c"_s;
    conclusion.markdown = u"So the model stays."_s;
    article.sections = {intro, conclusion};
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(article);
    m_bar = std::make_unique<FindBar>(m_doc.get());
    m_bar->showReplace();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

QString TestFindBar::revealedText(const QSignalSpy &spy, int at) const
{
    const auto location = spy.at(at).at(0).value<TextLocation>();
    return fieldText(m_doc->article(), location)->mid(location.start, location.length);
}

void TestFindBar::typingFindsAndCountsMatches()
{
    QSignalSpy revealed(m_bar.get(), &FindBar::revealRequested);
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    QCOMPARE(m_bar->matchCount(), 5);
    QCOMPARE(m_bar->countLabel()->text(), u"1 of 5"_s);
    QVERIFY(!revealed.isEmpty());
    const auto first = revealed.last().at(0).value<TextLocation>();
    QCOMPARE(first.field, TextField::Title);
}

void TestFindBar::enterAndShiftEnterStepThroughMatches()
{
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    QSignalSpy revealed(m_bar.get(), &FindBar::revealRequested);
    QTest::keyClick(m_bar->findEdit(), Qt::Key_Return);
    QCOMPARE(m_bar->countLabel()->text(), u"2 of 5"_s);
    QCOMPARE(revealed.last().at(0).value<TextLocation>().sectionId, u"i"_s);
    QCOMPARE(revealedText(revealed, 0), u"Model"_s);
    QTest::keyClick(m_bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(m_bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->countLabel()->text(), u"5 of 5"_s); // wraps around
    QCOMPARE(revealed.last().at(0).value<TextLocation>().sectionId, u"c"_s);
}

void TestFindBar::optionsNarrowTheMatches()
{
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    m_bar->wholeWordsBox()->click();
    QCOMPARE(m_bar->matchCount(), 4);
    m_bar->caseSensitiveBox()->click();
    QCOMPARE(m_bar->matchCount(), 3);
}

void TestFindBar::replaceAndReplaceAllAreUndoable()
{
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    m_bar->wholeWordsBox()->click();
    QTest::keyClicks(m_bar->replaceEdit(), u"system"_s);
    QTest::keyClick(m_bar->replaceEdit(), Qt::Key_Return); // replaces the title's match
    QCOMPARE(m_doc->article().meta.title, u"Voices on the system"_s);
    QCOMPARE(m_bar->matchCount(), 3);
    QCOMPARE(m_bar->countLabel()->text(), u"1 of 3"_s);

    m_bar->replaceAll();
    QCOMPARE(m_doc->section(u"i"_s)->markdown, u"The system is big. Models are many. A system."_s);
    QCOMPARE(m_doc->section(u"c"_s)->markdown, u"So the system stays."_s);
    QCOMPARE(m_bar->matchCount(), 0);
    QCOMPARE(m_bar->countLabel()->text(), u"3 replaced"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(u"c"_s)->markdown, u"So the model stays."_s);
    QCOMPARE(m_doc->section(u"i"_s)->markdown, u"The Model is big. Models are many. A model."_s);
    QCOMPARE(m_doc->article().meta.title, u"Voices on the system"_s);
}

void TestFindBar::matchesFollowEditsMadeElsewhere()
{
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    Section conclusion = *m_doc->section(u"c"_s);
    conclusion.markdown += u" Model, model."_s;
    m_doc->setSection(conclusion);
    QTRY_COMPARE(m_bar->matchCount(), 7);
}

void TestFindBar::keptBlockLinesAreLeftAlone()
{
    // A kept block's line names the block by id; its words only recall the block's text.
    const QString kept = u"<!-- quorum:kept k3f9a1c2e core/columns \"The model compared\" -->"_s;
    Section conclusion = *m_doc->section(u"c"_s);
    conclusion.markdown += u"\n\n"_s + kept + u"\n\nA model again."_s;
    m_doc->setSection(conclusion);
    QTest::keyClicks(m_bar->findEdit(), u"model"_s);
    QCOMPARE(m_bar->matchCount(), 6); // not the one in the kept line
    QTest::keyClicks(m_bar->replaceEdit(), u"system"_s);
    m_bar->replaceAll();
    QCOMPARE(m_doc->section(u"c"_s)->markdown,
             u"So the system stays.\n\n"_s + kept + u"\n\nA system again."_s);

    // Nor does a search for the id, or across the line's end, find it.
    for (const QString &needle : {u"k3f9a1c2e"_s, u"-->"_s, u"columns"_s}) {
        m_bar->findEdit()->clear();
        QTest::keyClicks(m_bar->findEdit(), needle);
        QCOMPARE(m_bar->matchCount(), 0);
    }
}

void TestFindBar::escapeCloses()
{
    QTest::keyClick(m_bar->findEdit(), Qt::Key_Escape);
    QVERIFY(!m_bar->isVisible());
}

QUORUM_TEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
