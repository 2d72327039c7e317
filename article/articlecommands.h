// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "typingstep.h"

#include <QUndoCommand>

namespace quorum {

class ArticleDocument;

// The undo commands of ArticleDocument: each stores what it needs to go both ways and
// changes the document only through its apply methods.

class ArticleCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;

    /// Takes what it stores from `before` and `after`, the article just before and just after
    /// this command: when saving moves the file to another folder, the image paths of every
    /// state of the history move with it.
    virtual void takeStates(const Article &before, const Article &after) = 0;
};

class SetMetaCommand : public ArticleCommand
{
public:
    SetMetaCommand(ArticleDocument *document, ArticleMeta before, ArticleMeta after,
                   bool mergeable);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;
    int id() const override { return m_mergeable ? 2 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    ArticleMeta m_before;
    ArticleMeta m_after;
    bool m_mergeable;
    TypingStep m_step;
};

/// Replaces one section. The comments anchored in it follow the edit inside the command, so
/// that undo puts every anchor back exactly where it was.
class SetSectionCommand : public ArticleCommand
{
public:
    SetSectionCommand(ArticleDocument *document, Section before, Section after,
                      QList<ReviewComment> comments, bool mergeable);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    Section m_before;
    Section m_after;
    QList<ReviewComment> m_commentsBefore;
    QList<ReviewComment> m_commentsAfter;
    bool m_mergeable;
    TypingStep m_step;
};

class InsertSectionCommand : public ArticleCommand
{
public:
    InsertSectionCommand(ArticleDocument *document, qsizetype index, Section section);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    qsizetype m_index;
    Section m_section;
};

class RemoveSectionCommand : public ArticleCommand
{
public:
    RemoveSectionCommand(ArticleDocument *document, qsizetype index, Section section);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    qsizetype m_index;
    Section m_section;
};

class MoveSectionCommand : public ArticleCommand
{
public:
    MoveSectionCommand(ArticleDocument *document, qsizetype from, qsizetype to,
                       const QString &heading);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    qsizetype m_from;
    qsizetype m_to;
};

class SetRemoteCommand : public ArticleCommand
{
public:
    SetRemoteCommand(ArticleDocument *document, RemoteBinding before, RemoteBinding after);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    RemoteBinding m_before;
    RemoteBinding m_after;
};

/// Replaces the list of review comments (add, reply, resolve, reopen, delete).
class SetCommentsCommand : public ArticleCommand
{
public:
    SetCommentsCommand(ArticleDocument *document, const QString &text, QList<ReviewComment> before,
                       QList<ReviewComment> after);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    QList<ReviewComment> m_before;
    QList<ReviewComment> m_after;
};

/// Replaces the review status and the review data (history, revisions, published snapshot,
/// check settings). Mergeable commands (the stance tolerance) merge with the next mergeable one.
class SetReviewCommand : public ArticleCommand
{
public:
    struct State
    {
        ReviewStatus status = ReviewStatus::Draft;
        ReviewData review;
    };
    SetReviewCommand(ArticleDocument *document, const QString &text, State before, State after,
                     bool mergeable);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;
    int id() const override { return m_mergeable ? 3 : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ArticleDocument *m_document;
    State m_before;
    State m_after;
    bool m_mergeable;
};

/// Replaces the metadata, the sections and the comments at once: restoring a revision or one
/// section of it, or renaming a stance in its verdict and in every voice.
class RestoreCommand : public ArticleCommand
{
public:
    struct State
    {
        ArticleMeta meta;
        QList<Section> sections;
        QList<ReviewComment> comments;
    };
    RestoreCommand(ArticleDocument *document, const QString &text, State before, State after);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    State m_before;
    State m_after;
};

/// Replaces everything but the remote binding: taking in a merge with another version.
class MergeCommand : public ArticleCommand
{
public:
    MergeCommand(ArticleDocument *document, const QString &text, Article before, Article after);
    void undo() override;
    void redo() override;
    void takeStates(const Article &before, const Article &after) override;

private:
    ArticleDocument *m_document;
    Article m_before;
    Article m_after;
};

} // namespace quorum
