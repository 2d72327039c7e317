// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QObject>
#include <QUndoStack>

namespace quorum {

/// The article being edited: owns the current Article, its file path and its undo stack.
/// It is the only door for edits: every change is an undo command pushed here, and each
/// command tells listeners exactly what changed. Widgets hold no Article copies of their own
/// that they change; they read `article()` and call the edit methods.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    explicit ArticleDocument(QObject *parent = nullptr);

    const Article &article() const { return m_article; }
    /// The section with `id`, or nullptr.
    const Section *section(const QString &id) const;

    /// The .quorum file this article was loaded from or saved to; empty for a new article.
    QString filePath() const { return m_filePath; }
    QUndoStack *undoStack() { return &m_undoStack; }
    /// True when there are changes since the last load or save.
    bool isModified() const { return !m_undoStack.isClean(); }

    /// Replaces the whole article (New, Open), clears the undo history and marks it unmodified.
    void reset(const Article &article, const QString &filePath = {});
    /// Loads `path`; on failure leaves the current article as it was and fills `error`.
    bool load(const QString &path, QString *error);
    /// Saves to `path` (the current file path when empty) and marks the article unmodified.
    bool save(QString *error, const QString &path = {});

    // ---- edits: each pushes one undo command; an edit that changes nothing pushes none ----

    /// Replaces the metadata. With `mergeable`, consecutive replacements merge (typing).
    void setMeta(const ArticleMeta &meta, bool mergeable = false);
    /// Replaces the section with the same id. With `mergeable`, consecutive replacements of
    /// the same section merge into one undo step (typing).
    void setSection(const Section &section, bool mergeable = false);
    /// Inserts `section` at `index` (clamped to the valid range).
    void insertSection(qsizetype index, const Section &section);
    void removeSection(const QString &id);
    /// Moves the section with `id` so that it ends up at `index`.
    void moveSection(const QString &id, qsizetype index);
    void setRemote(const RemoteBinding &remote);

signals:
    /// The content or heading of section `id` changed (an edit, undo or redo).
    void sectionChanged(const QString &id);
    /// The metadata changed.
    void metaChanged();
    /// Sections were added, removed or reordered; listeners showing the order re-read it.
    void structureChanged();
    /// The remote binding changed (after publishing).
    void remoteChanged();
    /// The whole article was replaced (reset or load); listeners re-read everything.
    void articleReset();
    /// The article became modified, or unmodified after a save or an undo back to it.
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    friend class SetMetaCommand;
    friend class SetSectionCommand;
    friend class InsertSectionCommand;
    friend class RemoveSectionCommand;
    friend class MoveSectionCommand;
    friend class SetRemoteCommand;

    // The raw changes the commands make, each emitting its signal.
    void applyMeta(const ArticleMeta &meta);
    void applySection(const Section &section);
    void applyInsert(qsizetype index, const Section &section);
    void applyRemove(qsizetype index);
    void applyMove(qsizetype from, qsizetype to);
    void applyRemote(const RemoteBinding &remote);
    void setFilePath(const QString &path);

    Article m_article;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace quorum
