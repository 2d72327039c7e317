// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "articlemerge.h"
#include "testarticles.h"
#include "testmain.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The existing file `path` names, seen from `folder`, as the system names it.
QString resolvedFile(const QString &folder, const QString &path)
{
    return QFileInfo(QDir(folder).filePath(path)).canonicalFilePath();
}

} // namespace

class TestArticleDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sectionEditUndoRedo();
    void typingMergesIntoOneStep();
    void unchangedEditPushesNothing();
    void insertRemoveMove();
    void metaEdit();
    void modifiedFollowsSaveAndUndo();
    void failedLoadKeepsTheArticle();
    void renamingAStanceRenamesItsVoicesInOneStep();
    void renameStanceRefuses_data();
    void renameStanceRefuses();
    void renameTakesTheLabelWithoutSpaces();
    void unlabelledStanceTakesNoVoiceWithoutAStance();
    void firstSaveMakesAChosenImageRelative();
    void saveAsElsewhereKeepsEveryImage();
    void applyMergeIsOneUndoStep();

private:
    std::unique_ptr<ArticleDocument> m_doc;
};

void TestArticleDocument::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::fullArticle());
}

void TestArticleDocument::sectionEditUndoRedo()
{
    QSignalSpy changed(m_doc.get(), &ArticleDocument::sectionChanged);
    QSignalSpy structure(m_doc.get(), &ArticleDocument::structureChanged);
    Section edited = *m_doc->section(u"i1"_s);
    edited.markdown = u"New introduction."_s;
    m_doc->setSection(edited);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"New introduction."_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"i1"_s);
    QCOMPARE(structure.size(), 0);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article(), test::fullArticle());
    QCOMPARE(changed.size(), 2);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"New introduction."_s);
}

void TestArticleDocument::typingMergesIntoOneStep()
{
    Section section = *m_doc->section(u"i1"_s);
    const QString original = section.markdown;
    for (QChar c : u" Hel"_s) {
        section.markdown += c;
        m_doc->setSection(section, /*mergeable=*/true);
    }
    QCOMPARE(m_doc->undoStack()->count(), 2); // " " ends the old word's step, "Hel" is one
    // A mergeable edit of another section is a step of its own.
    Section other = *m_doc->section(u"c1"_s);
    other.markdown += u'x';
    m_doc->setSection(other, true);
    QCOMPARE(m_doc->undoStack()->count(), 3);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, original + u' ');
}

void TestArticleDocument::unchangedEditPushesNothing()
{
    m_doc->setSection(*m_doc->section(u"i1"_s));
    m_doc->setMeta(m_doc->article().meta);
    m_doc->setRemote(m_doc->article().remote);
    m_doc->moveSection(u"i1"_s, m_doc->article().indexOfSection(u"i1"_s));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isModified());
}

void TestArticleDocument::insertRemoveMove()
{
    auto ids = [this] {
        QStringList list;
        for (const Section &section : m_doc->article().sections)
            list.append(section.id);
        return list.join(u' ');
    };
    QSignalSpy structure(m_doc.get(), &ArticleDocument::structureChanged);
    QCOMPARE(ids(), u"t1 v1 i1 f1 x1 c1"_s);

    m_doc->insertSection(1, test::fixedSection(SectionKind::Text, u"new"_s));
    QCOMPARE(ids(), u"t1 new v1 i1 f1 x1 c1"_s);
    m_doc->moveSection(u"new"_s, 6);
    QCOMPARE(ids(), u"t1 v1 i1 f1 x1 c1 new"_s);
    m_doc->removeSection(u"v1"_s);
    QCOMPARE(ids(), u"t1 i1 f1 x1 c1 new"_s);
    QCOMPARE(structure.size(), 3);

    m_doc->undoStack()->undo();
    QCOMPARE(ids(), u"t1 v1 i1 f1 x1 c1 new"_s);
    QCOMPARE(*m_doc->section(u"v1"_s), test::fullArticle().sections.at(1));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article(), test::fullArticle());
    QCOMPARE(structure.size(), 6);
}

void TestArticleDocument::metaEdit()
{
    QSignalSpy meta(m_doc.get(), &ArticleDocument::metaChanged);
    ArticleMeta edited = m_doc->article().meta;
    edited.title = u"Changed"_s;
    m_doc->setMeta(edited);
    QCOMPARE(m_doc->article().meta.title, u"Changed"_s);
    QCOMPARE(meta.size(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta, test::fullArticle().meta);
}

void TestArticleDocument::modifiedFollowsSaveAndUndo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"doc.quorum"_s);
    QSignalSpy modified(m_doc.get(), &ArticleDocument::modifiedChanged);
    QSignalSpy pathChanged(m_doc.get(), &ArticleDocument::filePathChanged);

    Section edited = *m_doc->section(u"c1"_s);
    edited.markdown = u"Done."_s;
    m_doc->setSection(edited);
    QVERIFY(m_doc->isModified());
    QCOMPARE(modified.size(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);

    QString error;
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));
    QVERIFY(!m_doc->isModified());
    QCOMPARE(modified.last().at(0).toBool(), false);
    QCOMPARE(m_doc->filePath(), path);
    QCOMPARE(pathChanged.size(), 1);
    QCOMPARE(ArticleFile::load(path).article, m_doc->article());

    m_doc->undoStack()->undo(); // back before the save: modified again
    QVERIFY(m_doc->isModified());
    m_doc->undoStack()->redo();
    QVERIFY(!m_doc->isModified());
}

void TestArticleDocument::failedLoadKeepsTheArticle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.quorum"_s);
    QVERIFY(test::writeFile(path, "{\"format\": 1, \"sections\": ["));
    QSignalSpy reset(m_doc.get(), &ArticleDocument::articleReset);
    QString error;
    QVERIFY(!m_doc->load(path, &error));
    QVERIFY(error.contains(u"ends too early"_s));
    QCOMPARE(m_doc->article(), test::fullArticle());
    QCOMPARE(reset.size(), 0);

    QVERIFY(m_doc->load(test::samplePath(), &error));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_doc->filePath(), test::samplePath());
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestArticleDocument::renamingAStanceRenamesItsVoicesInOneStep()
{
    const Article before = test::sampleArticle();
    m_doc->reset(before);
    const qsizetype at = before.indexOfSection(u"s1a2b3c02"_s);
    const Section &verdict = before.sections.at(at);
    QCOMPARE(verdict.kind, SectionKind::Verdict);
    QVERIFY(verdict.stancesFromVoices);
    const QString old = verdict.stances.at(0).label;
    QStringList voiceSections;
    int following = 0;
    for (const Section &section : before.sections) {
        for (const Voice &voice : section.voices) {
            if (voice.stance == old && !voiceSections.contains(section.id))
                voiceSections.append(section.id);
            following += voice.stance == old ? 1 : 0;
        }
    }
    QVERIFY(following > 0);
    QList<Stance> expected = effectiveStances(before, verdict);
    expected[0].label = u"Doubtful"_s;
    QSignalSpy changed(m_doc.get(), &ArticleDocument::sectionChanged);

    QCOMPARE(m_doc->renameStance(verdict.id, 0, u"Doubtful"_s),
             ArticleDocument::StanceRename::Renamed);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const auto check = [&] {
        QCOMPARE(m_doc->section(verdict.id)->stances.at(0).label, u"Doubtful"_s);
        int renamed = 0;
        for (const Section &section : m_doc->article().sections) {
            for (const Voice &voice : section.voices) {
                QVERIFY(voice.stance != old);
                renamed += voice.stance == u"Doubtful" ? 1 : 0;
            }
        }
        QCOMPARE(renamed, following);
        // The computed split is the same split under the new name: no stance comes extra.
        QCOMPARE(stanceSummary(effectiveStances(m_doc->article(), *m_doc->section(verdict.id))),
                 stanceSummary(expected));
    };
    check();
    QStringList told;
    for (const QList<QVariant> &signal : std::as_const(changed))
        told.append(signal.at(0).toString());
    QVERIFY(told.contains(verdict.id));
    for (const QString &id : std::as_const(voiceSections))
        QVERIFY2(told.contains(id), qPrintable(id));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article(), before);
    m_doc->undoStack()->redo();
    check();
}

void TestArticleDocument::renameStanceRefuses_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("label");
    QTest::addColumn<ArticleDocument::StanceRename>("result");
    QTest::newRow("another stance's label")
        << 0 << u"Supportive"_s << ArticleDocument::StanceRename::Taken;
    QTest::newRow("another stance's label in capitals")
        << 0 << u"SUPPORTIVE"_s << ArticleDocument::StanceRename::Taken;
    QTest::newRow("another stance's label with spaces")
        << 0 << u" Supportive "_s << ArticleDocument::StanceRename::Taken;
    QTest::newRow("blank") << 0 << u"  "_s << ArticleDocument::StanceRename::Blank;
    QTest::newRow("empty") << 0 << QString() << ArticleDocument::StanceRename::Blank;
    QTest::newRow("its own label")
        << 0 << u"Skeptical"_s << ArticleDocument::StanceRename::Unchanged;
    QTest::newRow("its own label with spaces")
        << 0 << u" Skeptical\t"_s << ArticleDocument::StanceRename::Unchanged;
    QTest::newRow("no such stance")
        << 2 << u"Neutral"_s << ArticleDocument::StanceRename::Unchanged;
}

void TestArticleDocument::renameStanceRefuses()
{
    QFETCH(int, index);
    QFETCH(QString, label);
    QFETCH(ArticleDocument::StanceRename, result);
    QCOMPARE(m_doc->renameStance(u"v1"_s, index, label), result);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->article(), test::fullArticle());
}

void TestArticleDocument::renameTakesTheLabelWithoutSpaces()
{
    // Its own label in another case is a new name for it, not another stance's.
    QCOMPARE(m_doc->renameStance(u"v1"_s, 0, u" skeptical "_s),
             ArticleDocument::StanceRename::Renamed);
    QCOMPARE(m_doc->section(u"v1"_s)->stances.at(0).label, u"skeptical"_s);
    QCOMPARE(m_doc->section(u"f1"_s)->voices.at(0).stance, u"skeptical"_s);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Rename Stance “Skeptical” to “skeptical”"_s);
}

void TestArticleDocument::unlabelledStanceTakesNoVoiceWithoutAStance()
{
    Section verdict = *m_doc->section(u"v1"_s);
    verdict.stances.append(Stance{});
    m_doc->setSection(verdict);
    QCOMPARE(m_doc->section(u"f1"_s)->voices.at(1).stance, QString());
    QCOMPARE(m_doc->renameStance(u"v1"_s, 2, u"Neutral"_s), ArticleDocument::StanceRename::Renamed);
    QCOMPARE(m_doc->section(u"v1"_s)->stances.at(2).label, u"Neutral"_s);
    QCOMPARE(m_doc->section(u"f1"_s)->voices.at(1).stance, QString());
    QCOMPARE(m_doc->section(u"f1"_s)->voices.at(0).stance, u"Skeptical"_s);
}

void TestArticleDocument::firstSaveMakesAChosenImageRelative()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"images"_s));
    const QString picture = dir.filePath(u"images/cover.png"_s);
    QVERIFY(test::writeFile(picture, "not really a picture"));
    // Chosen while the article has no file: there is nothing to be relative to yet.
    m_doc->reset(Article{});
    ArticleMeta meta = m_doc->article().meta;
    meta.featuredImage = picture;
    m_doc->setMeta(meta);

    QSignalSpy metaChanged(m_doc.get(), &ArticleDocument::metaChanged);
    QString error;
    const QString path = dir.filePath(u"article.quorum"_s);
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));
    QCOMPARE(m_doc->article().meta.featuredImage, u"images/cover.png"_s);
    QCOMPARE(metaChanged.size(), 1);
    QCOMPARE(ArticleFile::load(path).article.meta.featuredImage, u"images/cover.png"_s);
    // The save added no step of its own, and left nothing to save.
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!m_doc->isModified());
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->article().meta.featuredImage.isEmpty());
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->article().meta.featuredImage, u"images/cover.png"_s);
    QVERIFY(!m_doc->isModified());
}

void TestArticleDocument::saveAsElsewhereKeepsEveryImage()
{
    QTemporaryDir dir;
    const QString oldFolder = dir.filePath(u"old"_s);
    const QString newFolder = dir.filePath(u"new/deeper"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"old/images"_s) && QDir(dir.path()).mkpath(u"new/deeper"_s));
    for (const QString &name : {u"cover.png"_s, u"chart.png"_s, u"kiln.png"_s})
        QVERIFY(test::writeFile(oldFolder + u"/images/"_s + name, name.toUtf8()));

    Article article = test::fullArticle();
    article.meta.featuredImage = u"images/cover.png"_s;
    article.sections[0].bullets = {u"See ![the kiln](images/kiln.png)."_s};
    article.sections[4].markdown = u"Before ![A chart](images/chart.png) after.\n\n"
                                   "Write `![a](images/chart.png)` for a picture.\n"_s;
    m_doc->reset(article);
    QString error;
    QVERIFY2(m_doc->save(&error, oldFolder + u"/article.quorum"_s), qPrintable(error));
    Section edited = m_doc->article().sections.at(4);
    edited.markdown.prepend(u"New words. "_s);
    m_doc->setSection(edited);
    // An edit undone before the save: redoing it after the save is redoing it there.
    ArticleMeta meta = m_doc->article().meta;
    meta.featuredImage = u"images/kiln.png"_s;
    m_doc->setMeta(meta);
    m_doc->undoStack()->undo();
    const int steps = m_doc->undoStack()->count();

    const QString path = newFolder + u"/article.quorum"_s;
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QVERIFY(!m_doc->isModified());

    // Reopened from the new folder, every image is the same file.
    const Article reopened = ArticleFile::load(path).article;
    QCOMPARE(reopened, m_doc->article());
    QCOMPARE(reopened.meta.featuredImage, u"../../old/images/cover.png"_s);
    QCOMPARE(resolvedFile(newFolder, reopened.meta.featuredImage),
             resolvedFile(oldFolder, u"images/cover.png"_s));
    QVERIFY(!resolvedFile(newFolder, reopened.meta.featuredImage).isEmpty());
    QCOMPARE(reopened.sections.at(0).bullets.first(),
             u"See ![the kiln](../../old/images/kiln.png)."_s);
    QVERIFY(!resolvedFile(newFolder, u"../../old/images/kiln.png"_s).isEmpty());
    // Only the image moved, not the text about one in code.
    QCOMPARE(reopened.sections.at(4).markdown,
             u"New words. Before ![A chart](../../old/images/chart.png) after.\n\n"
             "Write `![a](images/chart.png)` for a picture.\n"_s);
    QCOMPARE(resolvedFile(newFolder, u"../../old/images/chart.png"_s),
             resolvedFile(oldFolder, u"images/chart.png"_s));

    // Undo brings back the text before the edit, its image still found from the new folder.
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().sections.at(4).markdown,
             u"Before ![A chart](../../old/images/chart.png) after.\n\n"
             "Write `![a](images/chart.png)` for a picture.\n"_s);
    QCOMPARE(m_doc->article().meta.featuredImage, u"../../old/images/cover.png"_s);
    m_doc->undoStack()->redo();
    QVERIFY(!m_doc->isModified());
    QCOMPARE(m_doc->article(), reopened);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->article().meta.featuredImage, u"../../old/images/kiln.png"_s);
}

void TestArticleDocument::applyMergeIsOneUndoStep()
{
    const Article base = m_doc->article();
    // The site's version: a new title, the conclusion deleted, a comment, a status change.
    Article remote = base;
    remote.meta.title = u"From the site"_s;
    remote.sections.removeLast();
    ReviewComment comment = remote.comments.first();
    comment.id = u"k9"_s;
    comment.replies.clear();
    remote.comments.append(comment);
    remote.meta.reviewStatus = ReviewStatus::Approved;
    remote.review.statusHistory.append({ReviewStatus::Approved,
                                        u"editor"_s,
                                        QDateTime(QDate(2026, 3, 3), QTime(9, 0), Qt::UTC),
                                        {}});
    remote.remote.modifiedGmt = u"2026-03-03T09:00:00"_s;
    // Here, meanwhile: the introduction.
    Section intro = *m_doc->section(u"i1"_s);
    intro.markdown = u"Local words."_s;
    m_doc->setSection(intro);
    const Article local = m_doc->article();
    const ArticleMerge merge = mergeArticles(base, local, remote);
    QVERIFY(!merge.hasUnresolvedConflicts());

    QSignalSpy meta(m_doc.get(), &ArticleDocument::metaChanged);
    QSignalSpy structure(m_doc.get(), &ArticleDocument::structureChanged);
    QSignalSpy sections(m_doc.get(), &ArticleDocument::sectionChanged);
    QSignalSpy comments(m_doc.get(), &ArticleDocument::commentsChanged);
    QSignalSpy status(m_doc.get(), &ArticleDocument::reviewStatusChanged);
    QSignalSpy binding(m_doc.get(), &ArticleDocument::remoteChanged);
    const int steps = m_doc->undoStack()->count();
    m_doc->applyMerge(merge.article, u"Update from Site"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Update from Site"_s);
    Article merged = merge.article;
    merged.remote = local.remote; // the binding is the caller's to set
    QCOMPARE(m_doc->article(), merged);
    QCOMPARE(m_doc->article().meta.title, u"From the site"_s);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"Local words."_s);
    QCOMPARE(m_doc->section(u"c1"_s), nullptr);
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::Approved);
    QCOMPARE(meta.size(), 1);
    QCOMPARE(structure.size(), 1);
    QCOMPARE(sections.size(), 0);
    QCOMPARE(comments.size(), 1);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().first().value<ReviewStatus>(), ReviewStatus::Approved);
    QCOMPARE(binding.size(), 0);

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article(), local);
    QCOMPARE(status.size(), 2);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->article(), merged);
    m_doc->applyMerge(merged, u"Update from Site"_s); // nothing left to take in
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
}

QUORUM_TEST_GUILESS_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
