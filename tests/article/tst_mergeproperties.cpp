// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlemerge.h"
#include "mergespecs.h"
#include "testarticles.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using namespace quorum::test;

namespace {

// `base` after `steps` random edits made the way a writer makes them, through ArticleDocument,
// so that comment anchors follow the text as they do in use. With `parity` 0 or 1, the edits
// stay on the sections at even or odd places of `base` (and the side's own new ones), on
// either the title and categories or the excerpt and tags, and move no section: two sides
// with different parities never change one thing, and no move of one side can be read as a
// move of a section the other side moved. With -1, anything goes.
Article edited(const Article &base, quint32 seed, int parity, int steps = 10)
{
    QRandomGenerator random(seed);
    ArticleDocument document;
    document.reset(base);
    const QString tag = QString::number(seed);
    const auto mine = [&](const QString &id) {
        const qsizetype index = base.indexOfSection(id);
        return parity < 0 || index < 0 || index % 2 == parity;
    };
    const auto anySection = [&]() -> QString {
        QStringList ids;
        for (const Section &section : document.article().sections) {
            if (mine(section.id))
                ids.append(section.id);
        }
        return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
    };
    const auto anyComment = [&]() -> QString {
        const QList<ReviewComment> &comments = document.article().comments;
        return comments.isEmpty() ? QString()
                                  : comments.at(random.bounded(int(comments.size()))).id;
    };
    bool savedRevision = false;
    for (int step = 0; step < steps; ++step) {
        const QString section = anySection();
        const QString comment = anyComment();
        const qsizetype count = document.article().sections.size();
        switch (random.bounded(11)) {
        case 0:
        case 1:
            if (!section.isEmpty()) {
                Section changed = *document.section(section);
                changed.markdown.insert(random.bounded(int(changed.markdown.size()) + 1),
                                        u" edit %1.%2 "_s.arg(tag).arg(step));
                document.setSection(changed);
            }
            break;
        case 2: {
            Section added = Section::create(SectionKind::Text);
            added.id = u"n%1x%2"_s.arg(tag).arg(step);
            added.markdown = u"Added by %1."_s.arg(tag);
            document.insertSection(random.bounded(int(count) + 1), added);
            break;
        }
        case 3:
            if (!section.isEmpty())
                document.removeSection(section);
            break;
        case 4:
            if (!section.isEmpty() && parity < 0)
                document.moveSection(section, random.bounded(int(count)));
            break;
        case 5: {
            ArticleMeta meta = document.article().meta;
            if (parity != 1) {
                meta.title += u" "_s + tag;
                meta.categories.append(u"cat%1x%2"_s.arg(tag).arg(step));
            }
            if (parity != 0) {
                meta.excerpt += u" "_s + tag;
                if (!meta.tags.isEmpty())
                    meta.tags.removeFirst();
            }
            document.setMeta(meta);
            break;
        }
        case 6:
            if (!section.isEmpty()) {
                ReviewComment added;
                added.id = u"c%1x%2"_s.arg(tag).arg(step);
                added.sectionId = section;
                added.author = u"gen"_s + tag;
                added.created = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
                added.text = u"Note %1"_s.arg(step);
                document.addComment(added);
            }
            break;
        case 7:
            if (!comment.isEmpty()) // replies sort in time, then author, then text
                document.replyToComment(comment, u"gen"_s + tag,
                                        u"reply %1"_s.arg(step, 3, 10, QChar(u'0')));
            break;
        case 8:
            if (!comment.isEmpty()) {
                const ReviewComment &thread =
                    document.article().comments.at(document.article().indexOfComment(comment));
                document.setCommentResolved(comment, !thread.resolved);
            }
            break;
        case 9:
            document.setReviewStatus(
                allReviewStatuses().at(random.bounded(int(allReviewStatuses().size()))),
                u"gen"_s + tag,
                QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC).addSecs(60 * (seed + step)));
            break;
        case 10:
            if (!savedRevision) // two in one second would be ordered by their random ids
                document.saveRevision(u"Version %1"_s.arg(tag), u"gen"_s + tag);
            savedRevision = true;
            if (!comment.isEmpty())
                document.removeComment(comment);
            break;
        }
    }
    return document.article();
}

} // namespace

// The properties every merge has, checked on articles edited at random: a side that did not
// change gives the other side's article; swapping the sides changes nothing but the
// placeholders of conflicts. And how conflicts are settled.
class TestMergeProperties : public QObject
{
    Q_OBJECT

private slots:
    void unchangedSideGivesTheOther_data();
    void unchangedSideGivesTheOther();
    void sidesAreSymmetric_data();
    void sidesAreSymmetric();
    void resolveSection_data();
    void resolveSection();
    void resolvingASectionMovesItsAnchors();
    void resolveField();
    void conflictsAreSymmetric();
};

void TestMergeProperties::unchangedSideGivesTheOther_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 16; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestMergeProperties::unchangedSideGivesTheOther()
{
    QFETCH(quint32, seed);
    const Article base = fullArticle();
    const Article x = edited(base, seed, -1);
    QVERIFY(x != base);

    const ArticleMerge local = mergeArticles(base, x, base);
    QVERIFY(!local.hasUnresolvedConflicts());
    QCOMPARE(local.article.meta, x.meta);
    QCOMPARE(sectionSpec(local.article.sections), sectionSpec(x.sections));
    QCOMPARE(local.article, x);

    const ArticleMerge remote = mergeArticles(base, base, x);
    QVERIFY(!remote.hasUnresolvedConflicts());
    QCOMPARE(remote.article, x); // x kept base's remote binding

    const ArticleMerge alike = mergeArticles(base, x, x);
    QVERIFY(!alike.hasUnresolvedConflicts());
    QCOMPARE(alike.article, x);
}

void TestMergeProperties::sidesAreSymmetric_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seeds %u and %u", 2 * seed, 2 * seed + 1) << seed;
}

void TestMergeProperties::sidesAreSymmetric()
{
    QFETCH(quint32, seed);
    const Article base = fullArticle();
    const Article x = edited(base, 2 * seed, 0);
    const Article y = edited(base, 2 * seed + 1, 1);
    const ArticleMerge xy = mergeArticles(base, x, y);
    const ArticleMerge yx = mergeArticles(base, y, x);
    QVERIFY(!xy.hasUnresolvedConflicts());
    QVERIFY(!yx.hasUnresolvedConflicts());
    QCOMPARE(sectionSpec(xy.article.sections), sectionSpec(yx.article.sections));
    QCOMPARE(xy.article, yx.article);
    // Each side's own changes are in: merging the result with either side changes nothing.
    QCOMPARE(mergeArticles(base, x, xy.article).article, xy.article);
    QCOMPARE(mergeArticles(base, y, xy.article).article, xy.article);
}

void TestMergeProperties::resolveSection_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<int>("side"); // a MergeSide, or -1: an edited version
    QTest::addColumn<QString>("resolved");

    QTest::newRow("take base") << u"a b=L c"_s << u"a b=R c"_s << int(MergeSide::Base)
                               << u"a b c"_s;
    QTest::newRow("take local") << u"a b=L c"_s << u"a b=R c"_s << int(MergeSide::Local)
                                << u"a b=L c"_s;
    QTest::newRow("take remote") << u"a b=L c"_s << u"a b=R c"_s << int(MergeSide::Remote)
                                 << u"a b=R c"_s;
    QTest::newRow("take an edited version") << u"a b=L c"_s << u"a b=R c"_s << -1 << u"a b=LR c"_s;
    QTest::newRow("take the deletion")
        << u"a c"_s << u"a b=R c"_s << int(MergeSide::Local) << u"a c"_s;
    QTest::newRow("keep the change")
        << u"a c"_s << u"a b=R c"_s << int(MergeSide::Remote) << u"a b=R c"_s;
}

void TestMergeProperties::resolveSection()
{
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(int, side);
    Article base = withSections(u"a b c"_s);
    base.meta.title = u"Base"_s;
    Article localArticle = withSections(local);
    Article remoteArticle = withSections(remote);
    localArticle.meta.title = u"Local"_s;
    remoteArticle.meta.title = u"Remote"_s;
    ArticleMerge merge = mergeArticles(base, localArticle, remoteArticle);
    QCOMPARE(merge.conflicts.size(), 2); // the section, then the title
    QVERIFY(merge.hasUnresolvedConflicts());
    if (side < 0)
        merge.resolveSection(0, withSections(u"b=LR"_s).sections.first());
    else
        merge.resolve(0, MergeSide(side));
    QTEST(sectionSpec(merge.article.sections), "resolved");
    QCOMPARE(conflictSpec(merge), u"title:field"_s);
    QVERIFY(merge.hasUnresolvedConflicts());
    merge.resolve(0, MergeSide::Remote);
    QCOMPARE(merge.article.meta.title, u"Remote"_s);
    QVERIFY(!merge.hasUnresolvedConflicts());
}

void TestMergeProperties::resolvingASectionMovesItsAnchors()
{
    const Article base = withSections(u"a=one_two"_s);
    Article local = withSections(u"a=one_two_three"_s);
    ReviewComment comment;
    comment.id = u"k1"_s;
    comment.sectionId = u"a"_s;
    comment.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 8, 5, u"three"_s, {}};
    local.comments.append(comment);
    const Article remote = withSections(u"a=zero_one_two"_s);
    ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(merge.article.comments.first().anchor.start, qsizetype(8));
    merge.resolveSection(0, Section(*merge.conflicts.first().local));
    QCOMPARE(merge.article.comments.first().anchor.start, qsizetype(8));
    Section both = merge.article.sections.first();
    both.markdown = u"zero_one_two_three"_s;
    merge = mergeArticles(base, local, remote);
    merge.resolveSection(0, both);
    QCOMPARE(merge.article.comments.first().anchor.start, qsizetype(13));
}

void TestMergeProperties::resolveField()
{
    Article base;
    base.meta.reviewStatus = ReviewStatus::Draft;
    base.meta.published = at(9);
    Article local = base;
    Article remote = base;
    local.meta.reviewStatus = ReviewStatus::InReview;
    remote.meta.reviewStatus = ReviewStatus::Approved;
    local.meta.published = at(10);
    remote.meta.published = at(11);
    ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(conflictSpec(merge), u"published:field reviewStatus:field"_s);
    QCOMPARE(merge.conflicts.at(1).remoteValue, QVariant(u"approved"_s));
    merge.resolve(1, MergeSide::Remote);
    QCOMPARE(merge.article.meta.reviewStatus, ReviewStatus::Approved);
    merge.resolveField(0, at(12));
    QCOMPARE(merge.article.meta.published, at(12));
    QVERIFY(!merge.hasUnresolvedConflicts());
}

void TestMergeProperties::conflictsAreSymmetric()
{
    Article base = withSections(u"a b c d"_s);
    base.meta.title = u"Base"_s;
    Article x = withSections(u"a b=X c=X d"_s);
    x.meta.title = u"X"_s;
    Article y = withSections(u"a b=Y d"_s);
    y.meta.title = u"Y"_s;
    ArticleMerge xy = mergeArticles(base, x, y);
    ArticleMerge yx = mergeArticles(base, y, x);
    QCOMPARE(conflictSpec(xy), u"b:section c:deleted title:field"_s);
    QCOMPARE(conflictSpec(yx), conflictSpec(xy));
    for (qsizetype i = 0; i < xy.conflicts.size(); ++i) {
        QCOMPARE(xy.conflicts.at(i).local, yx.conflicts.at(i).remote);
        QCOMPARE(xy.conflicts.at(i).localValue, yx.conflicts.at(i).remoteValue);
    }
    QVERIFY(xy.article != yx.article); // the placeholders are each side's own
    // Settled the same way, they are one article.
    while (xy.hasUnresolvedConflicts()) {
        xy.resolve(0, MergeSide::Remote);
        yx.resolve(0, MergeSide::Local);
    }
    QCOMPARE(xy.article, yx.article);
    QCOMPARE(sectionSpec(xy.article.sections), u"a b=Y d"_s);
}

QUORUM_TEST_GUILESS_MAIN(TestMergeProperties)
#include "tst_mergeproperties.moc"
