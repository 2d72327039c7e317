// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "reviewworkflow.h"
#include "testarticles.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Revisions, the published snapshot, the review status and the per-article check settings:
// undoable, and kept in the file.
class TestRevisions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveRevisionKeepsASnapshot();
    void restoreWholeRevision();
    void restoreOneSection();
    void restoreADeletedSection();
    void restoreThePublishedVersion();
    void statusChangesAreRecorded();
    void recordPublished();
    void checkSettings();
    void publishConfirmation();
    void recordPublicationOfAnArticleRead();
    void isPublished_data();
    void isPublished();
    void savedArticleFollowsSaves();
    void fileRoundTrip();
    void olderFilesLoadUnchanged();
    void badReviewData_data();
    void badReviewData();

private:
    void setText(const QString &id, const QString &markdown)
    {
        Section section = *m_doc->section(id);
        section.markdown = markdown;
        m_doc->setSection(section);
    }
    const Revision &revision(const QString &id) const
    {
        return m_doc->article().review.revisions.at(m_doc->article().indexOfRevision(id));
    }

    std::unique_ptr<ArticleDocument> m_doc;
};

void TestRevisions::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.review = {};
    article.comments.clear();
    m_doc->reset(article);
}

void TestRevisions::saveRevisionKeepsASnapshot()
{
    QSignalSpy changed(m_doc.get(), &ArticleDocument::revisionsChanged);
    setText(u"i1"_s, u"Draft one."_s);
    const QString id = m_doc->saveRevision(u"  First draft "_s, u"kari"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_doc->article().review.revisions.size(), 1);
    const Revision &saved = revision(id);
    QCOMPARE(saved.name, u"First draft"_s);
    QCOMPARE(saved.author, u"kari"_s);
    QVERIFY(saved.created.isValid());
    QCOMPARE(saved.created.timeSpec(), Qt::UTC);
    QCOMPARE(saved.meta, m_doc->article().meta);
    QCOMPARE(saved.sections, m_doc->article().sections);

    setText(u"i1"_s, u"Draft two."_s);
    QCOMPARE(revision(id).sections.at(2).markdown, u"Draft one."_s); // a snapshot, not a view
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->article().review.revisions.isEmpty());
    QCOMPARE(changed.size(), 2);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->article().review.revisions.first().id, id);

    m_doc->removeRevision(id);
    QVERIFY(m_doc->article().review.revisions.isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().review.revisions.size(), 1);
}

void TestRevisions::restoreWholeRevision()
{
    const QString id = m_doc->saveRevision(u"Before"_s, u"kari"_s);
    const Article saved = m_doc->article();

    // An anchored comment on text the revision also has.
    setText(u"i1"_s, u"Intro words here."_s);
    ReviewComment comment;
    comment.sectionId = u"i1"_s;
    comment.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 6, 5, {}, {}};
    comment.text = u"Which words?"_s;
    const QString commentId = m_doc->addComment(comment);
    ArticleMeta meta = m_doc->article().meta;
    meta.title = u"A new title"_s;
    m_doc->setMeta(meta);
    m_doc->removeSection(u"c1"_s);
    m_doc->setReviewStatus(ReviewStatus::Approved, u"editor"_s);
    const Article edited = m_doc->article();

    QSignalSpy structure(m_doc.get(), &ArticleDocument::structureChanged);
    QSignalSpy metaSpy(m_doc.get(), &ArticleDocument::metaChanged);
    m_doc->restoreRevision(revision(id));
    QCOMPARE(m_doc->article().sections, saved.sections);
    QCOMPARE(m_doc->article().meta.title, saved.meta.title);
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::Approved); // workflow stays
    QCOMPARE(m_doc->article().review, edited.review);
    QCOMPARE(structure.size(), 1);
    QCOMPARE(metaSpy.size(), 1);
    // The words the comment was on are gone in the revision: it stays, detached.
    const ReviewComment &after =
        m_doc->article().comments.at(m_doc->article().indexOfComment(commentId));
    QVERIFY(after.detached);

    QCOMPARE(m_doc->undoStack()->undoText(), u"Restore “Before”"_s);
    m_doc->undoStack()->undo(); // one step
    QCOMPARE(m_doc->article(), edited);
}

void TestRevisions::restoreOneSection()
{
    const QString id = m_doc->saveRevision(u"Before"_s, u"kari"_s);
    const Article saved = m_doc->article();
    setText(u"i1"_s, u"Changed intro."_s);
    setText(u"c1"_s, u"Changed conclusion."_s);
    const Article edited = m_doc->article();

    QSignalSpy sections(m_doc.get(), &ArticleDocument::sectionChanged);
    QSignalSpy structure(m_doc.get(), &ArticleDocument::structureChanged);
    m_doc->restoreSection(revision(id), u"i1"_s);
    QCOMPARE(*m_doc->section(u"i1"_s), saved.sections.at(saved.indexOfSection(u"i1"_s)));
    QCOMPARE(m_doc->section(u"c1"_s)->markdown, u"Changed conclusion."_s);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().first().toString(), u"i1"_s);
    QCOMPARE(structure.size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article(), edited);

    // A section the revision does not have, or one that did not change: nothing to do.
    const int steps = m_doc->undoStack()->count();
    m_doc->restoreSection(revision(id), u"nope"_s);
    m_doc->restoreSection(revision(id), u"t1"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestRevisions::restoreADeletedSection()
{
    const QString id = m_doc->saveRevision(u"Before"_s, u"kari"_s);
    const QList<Section> original = m_doc->article().sections;
    m_doc->removeSection(u"f1"_s);
    m_doc->moveSection(u"c1"_s, 0);
    m_doc->restoreSection(revision(id), u"f1"_s);
    // Back after the section it followed (the introduction), wherever that is now.
    QStringList order;
    for (const Section &section : m_doc->article().sections)
        order.append(section.id);
    QCOMPARE(order, (QStringList{u"c1"_s, u"t1"_s, u"v1"_s, u"i1"_s, u"f1"_s, u"x1"_s}));
    QCOMPARE(*m_doc->section(u"f1"_s), original.at(3));
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->section(u"f1"_s));
}

void TestRevisions::restoreThePublishedVersion()
{
    m_doc->recordPublished(u"kari"_s);
    const Article published = m_doc->article();
    setText(u"x1"_s, u"Rewritten after publishing."_s);
    QVERIFY(m_doc->article().review.published);
    m_doc->restoreRevision(*m_doc->article().review.published);
    QCOMPARE(m_doc->article().sections, published.sections);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Restore “Published Version”"_s);
}

void TestRevisions::statusChangesAreRecorded()
{
    QSignalSpy status(m_doc.get(), &ArticleDocument::reviewStatusChanged);
    QSignalSpy meta(m_doc.get(), &ArticleDocument::metaChanged);
    const QDateTime first(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    const QDateTime second(QDate(2026, 3, 2), QTime(14, 30), Qt::UTC);
    m_doc->setReviewStatus(ReviewStatus::InReview, u"writer"_s, first);
    m_doc->setReviewStatus(ReviewStatus::InReview, u"writer"_s, second); // no change
    m_doc->setReviewStatus(ReviewStatus::ChangesRequested, u"editor"_s, second);
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::ChangesRequested);
    QCOMPARE(m_doc->article().review.statusHistory,
             (QList<StatusChange>{{ReviewStatus::InReview, u"writer"_s, first, {}},
                                  {ReviewStatus::ChangesRequested, u"editor"_s, second, {}}}));
    QCOMPARE(status.size(), 2);
    QCOMPARE(status.last().first().value<ReviewStatus>(), ReviewStatus::ChangesRequested);
    QCOMPARE(meta.size(), 2);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Set Review Status to Changes Requested"_s);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::InReview);
    QCOMPARE(m_doc->article().review.statusHistory.size(), 1);
    QCOMPARE(status.last().first().value<ReviewStatus>(), ReviewStatus::InReview);
}

void TestRevisions::recordPublished()
{
    m_doc->setReviewStatus(ReviewStatus::Approved, u"editor"_s);
    QSignalSpy revisions(m_doc.get(), &ArticleDocument::revisionsChanged);
    const QDateTime when(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC);
    m_doc->recordPublished(u"kari"_s, when);
    const Article &article = m_doc->article();
    QCOMPARE(article.meta.reviewStatus, ReviewStatus::Published);
    QCOMPARE(article.review.statusHistory.last(),
             (StatusChange{ReviewStatus::Published, u"kari"_s, when, {}}));
    QVERIFY(article.review.published);
    QCOMPARE(article.review.published->sections, article.sections);
    QCOMPARE(article.review.published->meta, article.meta);
    QCOMPARE(article.review.published->created, when);
    QCOMPARE(article.review.published->author, u"kari"_s);
    QCOMPARE(revisions.size(), 1);

    // Publishing again updates the snapshot without a second "Published" in the history.
    setText(u"i1"_s, u"An update."_s);
    m_doc->recordPublished(u"kari"_s, when.addDays(1));
    QCOMPARE(m_doc->article().review.statusHistory.size(), 2);
    QCOMPARE(m_doc->article().review.published->sections.at(2).markdown, u"An update."_s);

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::Approved);
    QVERIFY(!m_doc->article().review.published);
}

void TestRevisions::checkSettings()
{
    QSignalSpy settings(m_doc.get(), &ArticleDocument::checkSettingsChanged);
    m_doc->setCheckEnabled(u"seo-title-length"_s, false);
    m_doc->setCheckEnabled(u"image-alt"_s, false);
    m_doc->setCheckEnabled(u"image-alt"_s, false); // already off
    QCOMPARE(m_doc->article().review.disabledChecks,
             (QStringList{u"image-alt"_s, u"seo-title-length"_s}));
    m_doc->setCheckEnabled(u"image-alt"_s, true);
    QCOMPARE(m_doc->article().review.disabledChecks, QStringList{u"seo-title-length"_s});
    QCOMPARE(settings.size(), 3);

    const int steps = m_doc->undoStack()->count();
    m_doc->setStanceTolerance(6);
    m_doc->setStanceTolerance(7);
    m_doc->setStanceTolerance(150);
    QCOMPARE(m_doc->article().review.stanceTolerance, 100);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1); // a spin box's steps are one undo step
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().review.stanceTolerance, kDefaultStanceTolerance);
    QCOMPARE(settings.size(), 7);
}

void TestRevisions::publishConfirmation()
{
    m_doc->setReviewStatus(ReviewStatus::InReview, u"w"_s);
    QVERIFY(publishNeedsConfirmation(m_doc->article()));
    m_doc->setReviewStatus(ReviewStatus::Approved, u"e"_s);
    QVERIFY(!publishNeedsConfirmation(m_doc->article()));
    m_doc->recordPublished(u"e"_s);
    QVERIFY(!publishNeedsConfirmation(m_doc->article())); // nothing new to send
    setText(u"i1"_s, u"Edited after publishing."_s);
    QVERIFY(publishNeedsConfirmation(m_doc->article()));

    Article pulled = m_doc->article(); // Published, but no snapshot (pulled from a site)
    pulled.review.published.reset();
    QVERIFY(publishNeedsConfirmation(pulled));
}

void TestRevisions::recordPublicationOfAnArticleRead()
{
    // What reading a public post from the site does with the article it makes.
    Article article = test::fullArticle();
    article.review = {};
    const QDateTime when(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
    QVERIFY(publishNeedsConfirmation(article));
    recordPublication(&article, QString(), when);
    QCOMPARE(article.meta.reviewStatus, ReviewStatus::Published);
    QVERIFY(article.review.published);
    QCOMPARE(article.review.published->meta, article.meta);
    QCOMPARE(article.review.published->sections, article.sections);
    QCOMPARE(article.review.published->created, when);
    QCOMPARE(article.review.statusHistory,
             (QList<StatusChange>{{ReviewStatus::Published, QString(), when, {}}}));
    QVERIFY(!publishNeedsConfirmation(article));

    // Recorded again (published once more): a new snapshot, no second change of status.
    article.sections[2].markdown = u"Updated."_s;
    QVERIFY(publishNeedsConfirmation(article));
    recordPublication(&article, u"kari"_s, when.addDays(1));
    QCOMPARE(article.review.statusHistory.size(), 1);
    QCOMPARE(article.review.published->sections.at(2).markdown, u"Updated."_s);
    QCOMPARE(article.review.published->author, u"kari"_s);
    QVERIFY(!publishNeedsConfirmation(article));
}

void TestRevisions::isPublished_data()
{
    QTest::addColumn<qint64>("postId");
    QTest::addColumn<QString>("siteStatus");
    QTest::addColumn<ReviewStatus>("reviewStatus");
    QTest::addColumn<bool>("published");
    QTest::newRow("never published") << qint64(0) << QString() << ReviewStatus::Approved << false;
    QTest::newRow("a draft on the site")
        << qint64(7) << u"draft"_s << ReviewStatus::InReview << false;
    QTest::newRow("pending review on the site")
        << qint64(7) << u"pending"_s << ReviewStatus::Approved << false;
    QTest::newRow("public on the site")
        << qint64(7) << u"publish"_s << ReviewStatus::InReview << true;
    QTest::newRow("scheduled on the site")
        << qint64(7) << u"future"_s << ReviewStatus::Approved << true;
    QTest::newRow("published elsewhere")
        << qint64(0) << QString() << ReviewStatus::Published << true;
}

void TestRevisions::isPublished()
{
    QFETCH(qint64, postId);
    QFETCH(QString, siteStatus);
    QFETCH(ReviewStatus, reviewStatus);
    QFETCH(bool, published);
    Article article = test::fullArticle();
    article.remote.postId = postId;
    article.remote.status = siteStatus;
    article.meta.reviewStatus = reviewStatus;
    QCOMPARE(quorum::isPublished(article), published);
}

void TestRevisions::savedArticleFollowsSaves()
{
    QCOMPARE(m_doc->savedArticle(), m_doc->article());
    setText(u"i1"_s, u"Unsaved."_s);
    QVERIFY(m_doc->savedArticle() != m_doc->article());
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_doc->save(&error, dir.filePath(u"a.quorum"_s)));
    QCOMPARE(m_doc->savedArticle(), m_doc->article());
    setText(u"i1"_s, u"Later."_s);
    QCOMPARE(m_doc->savedArticle().sections.at(2).markdown, u"Unsaved."_s);
}

void TestRevisions::fileRoundTrip()
{
    m_doc->setReviewStatus(ReviewStatus::InReview, u"writer"_s);
    m_doc->saveRevision(u"First"_s, u"writer"_s);
    setText(u"i1"_s, u"Second version."_s);
    m_doc->recordPublished(u"kari"_s);
    m_doc->setCheckEnabled(u"tldr-bullets"_s, false);
    m_doc->setStanceTolerance(12);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));

    ArticleDocument reloaded;
    QVERIFY2(reloaded.load(path, &error), qPrintable(error));
    QCOMPARE(reloaded.article(), m_doc->article());
    QCOMPARE(ArticleFile::serialize(reloaded.article()), test::readFile(path));
    const QJsonObject review =
        QJsonDocument::fromJson(test::readFile(path)).object()[u"review"_s].toObject();
    QCOMPARE(review[u"stanceTolerance"_s].toInt(), 12);
    QCOMPARE(review[u"revisions"_s].toArray().first().toObject()[u"name"_s].toString(), u"First"_s);
    QCOMPARE(review[u"published"_s].toObject()[u"meta"_s].toObject()[u"reviewStatus"_s].toString(),
             u"published"_s);
}

void TestRevisions::olderFilesLoadUnchanged()
{
    // A file from before review data: no "review", comments without anchors or replies.
    const QByteArray older = R"({"format": 1, "meta": {"title": "T", "reviewStatus": "in-review"},
        "sections": [{"id": "a", "kind": "text", "text": "Body"}],
        "comments": [{"id": "c", "section": "a", "author": "e", "text": "Hm", "resolved": false}]})";
    const ArticleFile::LoadResult loaded = ArticleFile::parse(older);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QVERIFY(loaded.article.review.isEmpty());
    QCOMPARE(loaded.article.review.stanceTolerance, kDefaultStanceTolerance);
    const ReviewComment &comment = loaded.article.comments.first();
    QCOMPARE(comment.anchor, CommentAnchor{});
    QVERIFY(!comment.detached);
    QVERIFY(comment.replies.isEmpty());
    QCOMPARE(comment.location(), (TextLocation{u"a"_s, TextField::Heading, 0, 0, 0}));
    const QJsonObject written =
        QJsonDocument::fromJson(ArticleFile::serialize(loaded.article)).object();
    QVERIFY(!written.contains(u"review"_s));
    QVERIFY(!written[u"comments"_s].toArray().first().toObject().contains(u"anchor"_s));
}

void TestRevisions::badReviewData_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tolerance out of range")
        << QByteArray(R"({"format": 1, "sections": [], "review": {"stanceTolerance": 150}})")
        << u"'stanceTolerance' must be a whole number from 0 to 100"_s;
    QTest::newRow("unknown status in the history")
        << QByteArray(
               R"({"format": 1, "sections": [], "review": {"statusHistory": [{"status": "done"}]}})")
        << u"'done' is not a review status"_s;
    QTest::newRow("revision with a duplicate section id")
        << QByteArray(R"({"format": 1, "sections": [], "review": {"revisions": [
               {"sections": [{"id": "a", "kind": "text"}, {"id": "a", "kind": "text"}]}]}})")
        << u"section id 'a' is used twice"_s;
    QTest::newRow("anchor in a metadata field")
        << QByteArray(R"({"format": 1, "sections": [], "comments": [
               {"id": "c", "anchor": {"kind": "text", "field": "title"}}]})")
        << u"'title' is not a field of a section"_s;
    QTest::newRow("unknown anchor kind")
        << QByteArray(R"({"format": 1, "sections": [], "comments": [
               {"id": "c", "anchor": {"kind": "word"}}]})")
        << u"'word' is not an anchor kind"_s;
    QTest::newRow("replies not a list")
        << QByteArray(R"({"format": 1, "sections": [], "comments": [{"replies": "ok"}]})")
        << u"'replies' must be a list"_s;
}

void TestRevisions::badReviewData()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ArticleFile::LoadResult loaded = ArticleFile::parse(bytes);
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
}

QUORUM_TEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
