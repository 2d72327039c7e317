// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"

#include "articlecommands.h"
#include "articlefile.h"

namespace quorum {

ArticleDocument::ArticleDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

const Section *ArticleDocument::section(const QString &id) const
{
    const qsizetype index = m_article.indexOfSection(id);
    return index < 0 ? nullptr : &m_article.sections.at(index);
}

void ArticleDocument::reset(const Article &article, const QString &filePath)
{
    const bool wasModified = isModified();
    m_undoStack.clear(); // leaves the stack clean
    m_article = article;
    setFilePath(filePath);
    emit articleReset();
    if (wasModified)
        emit modifiedChanged(false);
}

bool ArticleDocument::load(const QString &path, QString *error)
{
    ArticleFile::LoadResult result = ArticleFile::load(path);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    reset(result.article, path);
    return true;
}

bool ArticleDocument::save(QString *error, const QString &path)
{
    const QString target = path.isEmpty() ? m_filePath : path;
    if (!ArticleFile::save(m_article, target, error))
        return false;
    setFilePath(target);
    m_undoStack.setClean();
    return true;
}

void ArticleDocument::setMeta(const ArticleMeta &meta, bool mergeable)
{
    if (meta != m_article.meta)
        m_undoStack.push(new SetMetaCommand(this, m_article.meta, meta, mergeable));
}

void ArticleDocument::setSection(const Section &section, bool mergeable)
{
    const Section *current = this->section(section.id);
    if (!current || *current == section)
        return;
    m_undoStack.push(new SetSectionCommand(this, *current, section, mergeable));
}

void ArticleDocument::insertSection(qsizetype index, const Section &section)
{
    Q_ASSERT(m_article.indexOfSection(section.id) < 0);
    index = qBound<qsizetype>(0, index, m_article.sections.size());
    m_undoStack.push(new InsertSectionCommand(this, index, section));
}

void ArticleDocument::removeSection(const QString &id)
{
    const qsizetype index = m_article.indexOfSection(id);
    if (index >= 0)
        m_undoStack.push(new RemoveSectionCommand(this, index, m_article.sections.at(index)));
}

void ArticleDocument::moveSection(const QString &id, qsizetype index)
{
    const qsizetype from = m_article.indexOfSection(id);
    index = qBound<qsizetype>(0, index, m_article.sections.size() - 1);
    if (from >= 0 && from != index)
        m_undoStack.push(
            new MoveSectionCommand(this, from, index, m_article.sections.at(from).heading));
}

void ArticleDocument::setRemote(const RemoteBinding &remote)
{
    if (remote != m_article.remote)
        m_undoStack.push(new SetRemoteCommand(this, m_article.remote, remote));
}

void ArticleDocument::applyMeta(const ArticleMeta &meta)
{
    m_article.meta = meta;
    emit metaChanged();
}

void ArticleDocument::applySection(const Section &section)
{
    const qsizetype index = m_article.indexOfSection(section.id);
    Q_ASSERT(index >= 0);
    m_article.sections[index] = section;
    emit sectionChanged(section.id);
}

void ArticleDocument::applyInsert(qsizetype index, const Section &section)
{
    m_article.sections.insert(index, section);
    emit structureChanged();
}

void ArticleDocument::applyRemove(qsizetype index)
{
    m_article.sections.removeAt(index);
    emit structureChanged();
}

void ArticleDocument::applyMove(qsizetype from, qsizetype to)
{
    m_article.sections.move(from, to);
    emit structureChanged();
}

void ArticleDocument::applyRemote(const RemoteBinding &remote)
{
    m_article.remote = remote;
    emit remoteChanged();
}

void ArticleDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

} // namespace quorum
