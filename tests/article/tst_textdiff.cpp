// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testarticles.h"
#include "testmain.h"
#include "textdiff.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

using Op = DiffSpan::Op;

DiffSpan equal(const QString &text)
{
    return {Op::Equal, text};
}
DiffSpan inserted(const QString &text)
{
    return {Op::Insert, text};
}
DiffSpan deleted(const QString &text)
{
    return {Op::Delete, text};
}

QString side(const QList<DiffSpan> &spans, Op skip)
{
    QString text;
    for (const DiffSpan &span : spans) {
        if (span.op != skip)
            text += span.text;
    }
    return text;
}

QString show(const QList<DiffSpan> &spans)
{
    QString text;
    for (const DiffSpan &span : spans) {
        text += span.op == Op::Equal    ? span.text
                : span.op == Op::Insert ? u"{+"_s + span.text + u"+}"_s
                                        : u"[-"_s + span.text + u"-]"_s;
    }
    return text;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void words_data();
    void words();
    void sectionsById();
    void movedSections();
    void sameArticleIsEmpty();
    void metaChange();
};

void TestTextDiff::words_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QList<DiffSpan>>("expected");
    QTest::addColumn<int>("wordsInserted");
    QTest::addColumn<int>("wordsDeleted");

    QTest::newRow("identical") << u"Same words here."_s << u"Same words here."_s
                               << QList<DiffSpan>{equal(u"Same words here."_s)} << 0 << 0;
    QTest::newRow("both empty") << QString() << QString() << QList<DiffSpan>{} << 0 << 0;
    QTest::newRow("a word inserted")
        << u"The fox jumps"_s << u"The quick fox jumps"_s
        << QList<DiffSpan>{equal(u"The "_s), inserted(u"quick "_s), equal(u"fox jumps"_s)} << 1
        << 0;
    QTest::newRow("a word deleted")
        << u"The quick fox"_s << u"The fox"_s
        << QList<DiffSpan>{equal(u"The "_s), deleted(u"quick "_s), equal(u"fox"_s)} << 0 << 1;
    QTest::newRow("a word replaced") << u"The quick fox"_s << u"The slow fox"_s
                                     << QList<DiffSpan>{equal(u"The "_s), deleted(u"quick"_s),
                                                        inserted(u"slow"_s), equal(u" fox"_s)}
                                     << 1 << 1;
    QTest::newRow("two words replaced read as one change")
        << u"a quick brown fox"_s << u"a slow red fox"_s
        << QList<DiffSpan>{equal(u"a "_s), deleted(u"quick brown"_s), inserted(u"slow red"_s),
                           equal(u" fox"_s)}
        << 2 << 2;
    QTest::newRow("punctuation is a change of its own")
        << u"Yes, really."_s << u"Yes; really."_s
        << QList<DiffSpan>{equal(u"Yes"_s), deleted(u","_s), inserted(u";"_s), equal(u" really."_s)}
        << 0 << 0;
    QTest::newRow("from nothing") << QString() << u"New text"_s
                                  << QList<DiffSpan>{inserted(u"New text"_s)} << 2 << 0;
    QTest::newRow("to nothing") << u"Old"_s << QString() << QList<DiffSpan>{deleted(u"Old"_s)} << 0
                                << 1;
    QTest::newRow("Norwegian letters belong to words")
        << u"blåbær syltetøy"_s << u"blåbær gele"_s
        << QList<DiffSpan>{equal(u"blåbær "_s), deleted(u"syltetøy"_s), inserted(u"gele"_s)} << 1
        << 1;
    QTest::newRow("a word at the end")
        << u"one two"_s << u"one two three"_s
        << QList<DiffSpan>{equal(u"one two"_s), inserted(u" three"_s)} << 1 << 0;
    QTest::newRow("changes far apart stay apart")
        << u"one two three four five"_s << u"1 two three four 5"_s
        << QList<DiffSpan>{deleted(u"one"_s), inserted(u"1"_s), equal(u" two three four "_s),
                           deleted(u"five"_s), inserted(u"5"_s)}
        << 2 << 2;
    QTest::newRow("a new paragraph")
        << u"First.\n\nLast."_s << u"First.\n\nMiddle.\n\nLast."_s
        << QList<DiffSpan>{equal(u"First.\n\n"_s), inserted(u"Middle.\n\n"_s), equal(u"Last."_s)}
        << 1 << 0;
}

void TestTextDiff::words()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QList<DiffSpan>, expected);
    QFETCH(int, wordsInserted);
    QFETCH(int, wordsDeleted);
    const QList<DiffSpan> spans = diffWords(before, after);
    QCOMPARE(show(spans), show(expected));
    QCOMPARE(spans, expected);
    QCOMPARE(side(spans, Op::Insert), before);
    QCOMPARE(side(spans, Op::Delete), after);
    QCOMPARE(diffWordCount(spans, Op::Insert), wordsInserted);
    QCOMPARE(diffWordCount(spans, Op::Delete), wordsDeleted);
}

void TestTextDiff::sectionsById()
{
    const Article before = test::fullArticle();
    Article after = before;
    after.sections[after.indexOfSection(u"i1"_s)].markdown = u"A new introduction."_s;
    after.sections.removeAt(after.indexOfSection(u"v1"_s));
    Section added = test::fixedSection(SectionKind::Text, u"n1"_s);
    added.heading = u"Added"_s;
    added.markdown = u"Two words"_s;
    after.sections.append(added);
    Section &voices = after.sections[after.indexOfSection(u"f1"_s)];
    voices.voices[0].author = u"kari nordmann"_s;

    const ArticleDiff diff = diffArticles(before, after);
    QVERIFY(!diff.metaChanged);
    QStringList order;
    QList<SectionDiff::Change> changes;
    for (const SectionDiff &section : diff.sections) {
        order.append(section.sectionId);
        changes.append(section.change);
    }
    // The removed verdict stays where it was: after the TL;DR it followed.
    QCOMPARE(order, (QStringList{u"t1"_s, u"v1"_s, u"i1"_s, u"f1"_s, u"x1"_s, u"c1"_s, u"n1"_s}));
    using C = SectionDiff::Change;
    QCOMPARE(changes, (QList<C>{C::Unchanged, C::Removed, C::Changed, C::Changed, C::Unchanged,
                                C::Unchanged, C::Added}));

    const SectionDiff &intro = diff.sections.at(2);
    QCOMPARE(intro.spans,
             (QList<DiffSpan>{equal(u"Introduction\n\n"_s), inserted(u"A new introduction."_s)}));
    QCOMPARE(intro.wordsInserted, 3);
    const SectionDiff &voiceDiff = diff.sections.at(3);
    QCOMPARE(voiceDiff.wordsInserted, 1);
    QCOMPARE(voiceDiff.wordsDeleted, 0);
    QVERIFY(side(voiceDiff.spans, Op::Delete).contains(u"— kari nordmann, Forum"_s));
    const SectionDiff &removed = diff.sections.at(1);
    QCOMPARE(removed.spans.size(), 1);
    QCOMPARE(removed.spans.first().op, Op::Delete);
    QVERIFY(removed.spans.first().text.contains(u"Skeptical: 60%"_s));
    QCOMPARE(diff.sections.at(6).spans, (QList<DiffSpan>{inserted(u"Added\n\nTwo words"_s)}));
    QCOMPARE(diff.sections.at(6).wordsInserted, 3);
    QCOMPARE(diff.sections.at(0).spans,
             QList<DiffSpan>{equal(sectionDiffText(before.sections.at(0)))});
}

void TestTextDiff::movedSections()
{
    const Article before = test::fullArticle();
    Article after = before;
    after.sections.move(after.indexOfSection(u"c1"_s), 0);
    const ArticleDiff diff = diffArticles(before, after);
    QVERIFY(!diff.isEmpty());
    QCOMPARE(diff.sections.first().sectionId, u"c1"_s);
    for (const SectionDiff &section : diff.sections) {
        QCOMPARE(section.change, SectionDiff::Change::Unchanged);
        QCOMPARE(section.moved, section.sectionId == u"c1");
    }
}

void TestTextDiff::sameArticleIsEmpty()
{
    const ArticleDiff diff = diffArticles(test::fullArticle(), test::fullArticle());
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.sections.size(), test::fullArticle().sections.size());
}

void TestTextDiff::metaChange()
{
    const Article before = test::fullArticle();
    Article after = before;
    after.meta.title = u"A better title"_s;
    after.meta.reviewStatus = ReviewStatus::Approved; // workflow, not text
    const ArticleDiff diff = diffArticles(before, after);
    QVERIFY(diff.metaChanged);
    QVERIFY(side(diff.meta, Op::Delete).contains(u"A better title"_s));
    QVERIFY(side(diff.meta, Op::Insert).contains(before.meta.title));

    Article onlyStatus = before;
    onlyStatus.meta.reviewStatus = ReviewStatus::Approved;
    QVERIFY(diffArticles(before, onlyStatus).isEmpty());
}

QUORUM_TEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
