// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlemerge.h"
#include "mergespecs.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using namespace quorum::test;

// The three-way merge of articles: one table per part of the article, one row per rule.
class TestArticleMerge : public QObject
{
    Q_OBJECT

private slots:
    void sections_data();
    void sections();
    void sectionConflictHoldsTheThreeVersions();
    void deletedVsChangedHoldsWhatIsLeft();
    void metaFields_data();
    void metaFields();
    void publishedDate();
    void termLists_data();
    void termLists();
    void comments_data();
    void comments();
    void anchorsFollowTheMergedText();
    void review_data();
    void review();
    void reviewSettings();
    void extras_data();
    void extras();
    void remoteBindingIsLocals();
};

void TestArticleMerge::sections_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("conflicts");

    const auto row = [](const char *name, const char *base, const char *local, const char *remote,
                        const char *merged, const char *conflicts = "") {
        QTest::newRow(name) << QString::fromUtf8(base) << QString::fromUtf8(local)
                            << QString::fromUtf8(remote) << QString::fromUtf8(merged)
                            << QString::fromUtf8(conflicts);
    };
    row("nothing changed", "a b c", "a b c", "a b c", "a b c");
    row("local changed one", "a b c", "a b=L c", "a b c", "a b=L c");
    row("remote changed one", "a b c", "a b c", "a b=R c", "a b=R c");
    row("each changed another", "a b c", "a=L b c", "a b c=R", "a=L b c=R");
    row("both changed one alike", "a b c", "a b=X c", "a b=X c", "a b=X c");
    row("both changed one differently", "a b c", "a b=L c", "a b=R c", "a b=L c", "b:section");
    row("local added", "a b c", "a n=N b c", "a b c", "a n=N b c");
    row("remote added at the end", "a b c", "a b c", "a b c n", "a b c n");
    row("remote added at the start", "a b c", "a b c", "n a b c", "n a b c");
    row("both added elsewhere", "a b c", "x a b c", "a b c y", "x a b c y");
    row("both added in one gap: first id first", "a b c", "a y b c", "a x b c", "a x y b c");
    row("both added in one gap: each side's together", "a b c", "a x1 x2 b c", "a w b c",
        "a w x1 x2 b c");
    row("both added one id alike", "a b", "a b n", "a b n", "a b n");
    row("both added one id differently", "a b", "a b n=1", "a b n=2", "a b n=1", "n:section");
    row("local deleted an unchanged one", "a b c", "a c", "a b c", "a c");
    row("remote deleted an unchanged one", "a b c", "a b c", "a b", "a b");
    row("both deleted one", "a b c", "a c", "a c", "a c");
    row("each deleted another", "a b c", "b c", "a b", "b");
    row("deleted locally, changed remotely", "a b c", "a c", "a b=R c", "a b=R c", "b:deleted");
    row("changed locally, deleted remotely", "a b c", "a b=L c", "a c", "a b=L c", "b:deleted");
    row("local moved one", "a b c d", "a c d b", "a b c d", "a c d b");
    row("remote moved one", "a b c d", "a b c d", "d a b c", "d a b c");
    row("moved locally, changed remotely", "a b c d", "a c d b", "a b=R c d", "a c d b=R");
    row("each moved another", "a b c d e", "b a c d e", "a b c e d", "b a c e d");
    row("both moved one alike", "a b c d", "b c d a", "b c d a", "b c d a");
    row("both moved one differently: local's place", "a b c d e", "b c d a e", "b c a d e",
        "b c d a e");
    row("moved locally, remote added after it: the addition stays", "a b c d", "b c a d",
        "a n b c d", "n b c a d");
    row("deleted locally, remote added after it", "a b c", "a c", "a b n c", "a n c");
    row("added after a moved one on the same side: follows it", "a b c d", "b c a n d", "a b c d",
        "b c a n d");
    row("conflicts come in article order", "a b c", "c=L a b=L", "a=R b=R", "c=L a=R b=L",
        "c:deleted b:section");
}

void TestArticleMerge::sections()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    const ArticleMerge merge =
        mergeArticles(withSections(base), withSections(local), withSections(remote));
    QTEST(sectionSpec(merge.article.sections), "merged");
    QTEST(conflictSpec(merge), "conflicts");
    QCOMPARE(merge.hasUnresolvedConflicts(), !merge.conflicts.isEmpty());
}

void TestArticleMerge::sectionConflictHoldsTheThreeVersions()
{
    const Article base = withSections(u"a b=B c"_s);
    const Article local = withSections(u"a b=L c"_s);
    const Article remote = withSections(u"a b=R c"_s);
    const ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(merge.conflicts.size(), 1);
    const MergeConflict &conflict = merge.conflicts.first();
    QCOMPARE(conflict.kind, MergeConflict::Kind::Section);
    QCOMPARE(conflict.id, u"b"_s);
    QCOMPARE(conflict.base, std::optional(base.sections.at(1)));
    QCOMPARE(conflict.local, std::optional(local.sections.at(1)));
    QCOMPARE(conflict.remote, std::optional(remote.sections.at(1)));
    QCOMPARE(merge.article.sections.at(1), local.sections.at(1)); // the placeholder
}

void TestArticleMerge::deletedVsChangedHoldsWhatIsLeft()
{
    const Article base = withSections(u"a b=B c"_s);
    const Article local = withSections(u"a c"_s);
    const Article remote = withSections(u"a b=R c"_s);
    const ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(merge.conflicts.size(), 1);
    const MergeConflict &conflict = merge.conflicts.first();
    QCOMPARE(conflict.kind, MergeConflict::Kind::DeletedVsChanged);
    QCOMPARE(conflict.base, std::optional(base.sections.at(1)));
    QVERIFY(!conflict.local);
    QCOMPARE(conflict.remote, std::optional(remote.sections.at(1)));
    QCOMPARE(merge.article.sections.at(1), remote.sections.at(1)); // nothing is lost unseen
}

void TestArticleMerge::metaFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<bool>("conflict");

    for (const char *field : {"title", "slug", "author", "focusKeyword", "excerpt", "featuredImage",
                              "featuredImageAlt", "language"}) {
        const QString key = QString::fromLatin1(field);
        const auto row = [&](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", field, what) << key;
        };
        row("unchanged") << u"base"_s << u"base"_s << u"base"_s << false;
        row("local changed") << u"L"_s << u"base"_s << u"L"_s << false;
        row("remote changed") << u"base"_s << u"R"_s << u"R"_s << false;
        row("both changed alike") << u"X"_s << u"X"_s << u"X"_s << false;
        row("both changed differently") << u"L"_s << u"R"_s << u"L"_s << true;
    }
}

void TestArticleMerge::metaFields()
{
    QFETCH(QString, field);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(bool, conflict);
    Article base = withSections(u"a"_s);
    *metaText(&base.meta, field) = u"base"_s;
    Article localArticle = base;
    *metaText(&localArticle.meta, field) = local;
    Article remoteArticle = base;
    *metaText(&remoteArticle.meta, field) = remote;
    // Another field each side changed merges too, whatever happens to this one.
    localArticle.meta.extra[u"fromLocal"_s] = 1;
    remoteArticle.meta.extra[u"fromRemote"_s] = 2;

    ArticleMerge merge = mergeArticles(base, localArticle, remoteArticle);
    QTEST(*metaText(&merge.article.meta, field), "merged");
    QCOMPARE(merge.article.meta.extra, json(uR"({"fromLocal": 1, "fromRemote": 2})"_s));
    QCOMPARE(merge.conflicts.size(), conflict ? 1 : 0);
    if (conflict) {
        const MergeConflict &found = merge.conflicts.first();
        QCOMPARE(found.kind, MergeConflict::Kind::Field);
        QCOMPARE(found.id, field);
        QCOMPARE(found.baseValue, QVariant(u"base"_s));
        QCOMPARE(found.localValue, QVariant(local));
        QCOMPARE(found.remoteValue, QVariant(remote));
    }
}

void TestArticleMerge::publishedDate()
{
    Article base = withSections(u"a"_s);
    base.meta.published = at(9);
    Article local = base;
    Article remote = base;
    remote.meta.published = at(10);
    QCOMPARE(mergeArticles(base, local, remote).article.meta.published, at(10));
    local.meta.published = at(11);
    const ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(merge.article.meta.published, at(11));
    QCOMPARE(conflictSpec(merge), u"published:field"_s);
    QCOMPARE(merge.conflicts.first().remoteValue, QVariant(at(10)));
}

void TestArticleMerge::termLists_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");

    QTest::newRow("local added") << u"News"_s << u"News Tech"_s << u"News"_s << u"News Tech"_s;
    QTest::newRow("both added") << u"News"_s << u"News Tech"_s << u"News AI"_s << u"News AI Tech"_s;
    QTest::newRow("both added the same")
        << u"News"_s << u"News AI"_s << u"News AI"_s << u"News AI"_s;
    QTest::newRow("remote removed, local added")
        << u"News Tech"_s << u"News Tech AI"_s << u"Tech"_s << u"Tech AI"_s;
    QTest::newRow("removed on one side, kept on the other")
        << u"News Tech"_s << u"Tech"_s << u"News Tech"_s << u"Tech"_s;
    QTest::newRow("removed on both") << u"News Tech"_s << u"Tech"_s << u"Tech"_s << u"Tech"_s;
    QTest::newRow("remote reordered, local added")
        << u"News Tech"_s << u"News Tech AI"_s << u"Tech News"_s << u"Tech News AI"_s;
}

void TestArticleMerge::termLists()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    for (QStringList ArticleMeta::*list : {&ArticleMeta::categories, &ArticleMeta::tags}) {
        Article b;
        Article l;
        Article r;
        b.meta.*list = base.split(u' ');
        l.meta.*list = local.split(u' ');
        r.meta.*list = remote.split(u' ');
        const ArticleMerge merge = mergeArticles(b, l, r);
        QTEST((merge.article.meta.*list).join(u' '), "merged");
        QVERIFY(merge.conflicts.isEmpty());
    }
}

void TestArticleMerge::comments_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");

    const auto row = [](const char *name, const char *base, const char *local, const char *remote,
                        const char *merged) {
        QTest::newRow(name) << QString::fromUtf8(base) << QString::fromUtf8(local)
                            << QString::fromUtf8(remote) << QString::fromUtf8(merged);
    };
    row("unchanged", "k1 k2", "k1 k2", "k1 k2", "k1 k2");
    row("local added", "k1", "k1 k2", "k1", "k1 k2");
    row("remote added", "k1", "k1", "k1 k2", "k1 k2");
    row("both added", "k1", "k1 k3", "k1 k2", "k1 k2 k3");
    row("local replied", "k1", "k1+ann@11", "k1", "k1+ann@11");
    row("both replied: all replies in time order", "k1", "k1+ann@12", "k1+bo@11",
        "k1+bo@11+ann@12");
    row("the same reply on both sides is one", "k1", "k1+ann@11", "k1+ann@11", "k1+ann@11");
    row("both replied after a reply", "k1+ann@10", "k1+ann@10+bo@12", "k1+ann@10+cy@11",
        "k1+ann@10+cy@11+bo@12");
    row("remote resolved", "k1", "k1", "k1!", "k1!");
    row("local reopened", "k1!", "k1", "k1!", "k1");
    row("both resolved", "k1", "k1!", "k1!", "k1!");
    row("local resolved, remote replied", "k1", "k1!", "k1+bo@11", "k1!+bo@11");
    row("remote reopened, local replied", "k1!", "k1!+ann@11", "k1", "k1+ann@11");
    row("text changed remotely", "k1", "k1", "k1=Reworded", "k1=Reworded");
    row("deleted locally, unchanged remotely", "k1 k2", "k2", "k1 k2", "k2");
    row("deleted remotely, replied locally: kept", "k1 k2", "k1+ann@11 k2", "k2", "k1+ann@11 k2");
    row("deleted on both sides", "k1 k2", "k2", "k2", "k2");
}

void TestArticleMerge::comments()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    const ArticleMerge merge =
        mergeArticles(withComments(base), withComments(local), withComments(remote));
    QTEST(commentSpec(merge.article.comments), "merged");
    QVERIFY(merge.conflicts.isEmpty());
}

void TestArticleMerge::anchorsFollowTheMergedText()
{
    // Local commented on "three"; remote, meanwhile, wrote before it.
    const Article base = withSections(u"a=one_two_three"_s);
    Article local = base;
    ReviewComment comment;
    comment.id = u"k1"_s;
    comment.sectionId = u"a"_s;
    comment.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 8, 5, u"three"_s, {}};
    comment.text = u"Which three?"_s;
    local.comments.append(comment);
    const Article remote = withSections(u"a=zero_one_two_three"_s);

    const ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(sectionSpec(merge.article.sections), u"a=zero_one_two_three"_s);
    const CommentAnchor &anchor = merge.article.comments.first().anchor;
    QCOMPARE(merge.article.sections.first().markdown.mid(anchor.start, anchor.length), u"three"_s);
}

void TestArticleMerge::review_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<QString>("conflicts");

    QTest::newRow("local changed the status")
        << u"draft||"_s << u"in-review|in-review@10|"_s << u"draft||"_s
        << u"in-review|in-review@10|"_s << QString();
    QTest::newRow("both changed it alike")
        << u"draft||"_s << u"approved|approved@11|"_s << u"approved|approved@11|"_s
        << u"approved|approved@11|"_s << QString();
    QTest::newRow("both changed it: the newest change wins (remote)")
        << u"in-review|in-review@9|"_s << u"approved|in-review@9 approved@11|"_s
        << u"changes-requested|in-review@9 changes-requested@12|"_s
        << u"changes-requested|in-review@9 approved@11 changes-requested@12|"_s << QString();
    QTest::newRow("both changed it: the newest change wins (local)")
        << u"in-review|in-review@9|"_s << u"approved|in-review@9 approved@13|"_s
        << u"changes-requested|in-review@9 changes-requested@12|"_s
        << u"approved|in-review@9 changes-requested@12 approved@13|"_s << QString();
    QTest::newRow("a newer change that went back to the base status wins")
        << u"draft||"_s << u"approved|approved@11|"_s << u"draft|in-review@12 draft@13|"_s
        << u"draft|approved@11 in-review@12 draft@13|"_s << QString();
    QTest::newRow("both changed it with no history: conflict")
        << u"draft||"_s << u"in-review||"_s << u"approved||"_s << u"in-review||"_s
        << u"reviewStatus:field"_s;
    QTest::newRow("revisions from both sides, in time order")
        << u"draft||r1@9"_s << u"draft||r1@9 r9@10"_s << u"draft||r1@9 r2@11"_s
        << u"draft||r1@9 r9@10 r2@11"_s << QString();
    QTest::newRow("a revision removed on one side is gone")
        << u"draft||r1@9 r2@10"_s << u"draft||r1@9"_s << u"draft||r1@9 r2@10 r3@11"_s
        << u"draft||r1@9 r3@11"_s << QString();
}

void TestArticleMerge::review()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    const ArticleMerge merge =
        mergeArticles(withReview(base), withReview(local), withReview(remote));
    QTEST(reviewSpec(merge.article), "merged");
    QTEST(conflictSpec(merge), "conflicts");
}

void TestArticleMerge::reviewSettings()
{
    Article base;
    base.review.disabledChecks = {u"a"_s, u"b"_s};
    base.review.stanceTolerance = 5;
    Revision published;
    published.created = at(9);
    base.review.published = published;
    Article local = base;
    Article remote = base;
    local.review.disabledChecks = {u"a"_s, u"b"_s, u"c"_s};
    remote.review.disabledChecks = {u"b"_s};
    local.review.stanceTolerance = 10;
    remote.review.stanceTolerance = 3;
    local.review.published->created = at(11);
    remote.review.published->created = at(10);

    ArticleMerge merge = mergeArticles(base, local, remote);
    QCOMPARE(merge.article.review.disabledChecks, QStringList({u"b"_s, u"c"_s}));
    QCOMPARE(merge.article.review.stanceTolerance, 3);                // the stricter
    QCOMPARE(merge.article.review.published, local.review.published); // the later
    QCOMPARE(mergeArticles(base, remote, local).article.review.published, local.review.published);
    remote.review.stanceTolerance = 5;
    QCOMPARE(mergeArticles(base, local, remote).article.review.stanceTolerance, 10);
    QVERIFY(merge.conflicts.isEmpty());
}

void TestArticleMerge::extras_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("merged");
    QTest::addColumn<bool>("conflict");

    QTest::newRow("local changed")
        << u"{}"_s << uR"({"a": 1})"_s << u"{}"_s << uR"({"a": 1})"_s << false;
    QTest::newRow("remote changed")
        << uR"({"a": 1})"_s << uR"({"a": 1})"_s << uR"({"a": 2})"_s << uR"({"a": 2})"_s << false;
    QTest::newRow("each changed a member") << uR"({"a": 1, "b": 1})"_s << uR"({"a": 2, "b": 1})"_s
                                           << uR"({"a": 1})"_s << uR"({"a": 2})"_s << false;
    QTest::newRow("both changed a member alike")
        << u"{}"_s << uR"({"a": [1]})"_s << uR"({"a": [1], "b": 0})"_s << uR"({"a": [1], "b": 0})"_s
        << false;
    QTest::newRow("both changed a member differently")
        << uR"({"a": 1})"_s << uR"({"a": 2})"_s << uR"({"a": 3})"_s << uR"({"a": 2})"_s << true;
}

void TestArticleMerge::extras()
{
    QFETCH(QString, base);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, merged);
    QFETCH(bool, conflict);
    struct Place
    {
        const char *conflictId;
        QJsonObject &(*of)(Article &);
    };
    const Place places[] = {
        {"extra", [](Article &a) -> QJsonObject & { return a.meta.extra; }},
        {"review.extra", [](Article &a) -> QJsonObject & { return a.review.extra; }},
        {"article.extra", [](Article &a) -> QJsonObject & { return a.extra; }},
    };
    for (const Place &place : places) {
        Article b;
        Article l;
        Article r;
        place.of(b) = json(base);
        place.of(l) = json(local);
        place.of(r) = json(remote);
        ArticleMerge merge = mergeArticles(b, l, r);
        QCOMPARE(place.of(merge.article), json(merged));
        QCOMPARE(conflictSpec(merge),
                 conflict ? QString::fromLatin1(place.conflictId) + u":field"_s : QString());
        if (conflict) {
            QCOMPARE(merge.conflicts.first().remoteValue, QVariant(json(remote)));
            merge.resolve(0, MergeSide::Remote);
            QCOMPARE(place.of(merge.article), json(remote));
        }
    }
}

void TestArticleMerge::remoteBindingIsLocals()
{
    Article base;
    Article local;
    local.remote.modifiedGmt = u"2026-04-01T10:00:00"_s;
    Article remote;
    remote.remote.modifiedGmt = u"2026-04-01T11:00:00"_s;
    QCOMPARE(mergeArticles(base, local, remote).article.remote, local.remote);
}

QUORUM_TEST_GUILESS_MAIN(TestArticleMerge)
#include "tst_articlemerge.moc"
