// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "testarticles.h"
#include "testmain.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

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

QUORUM_TEST_GUILESS_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
