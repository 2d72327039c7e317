// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlecommands.h"

#include "articledocument.h"
#include "commentanchors.h"

namespace quorum {

SetMetaCommand::SetMetaCommand(ArticleDocument *document, ArticleMeta before, ArticleMeta after,
                               bool mergeable)
    : ArticleCommand(ArticleDocument::tr("Edit Article Details"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{
    if (m_mergeable)
        m_step = TypingStep::between(typingFields(m_before), typingFields(m_after));
}

bool SetMetaCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetMetaCommand *>(other);
    if (!next->m_mergeable || !m_step.continuesWith(next->m_step))
        return false;
    m_after = next->m_after;
    m_step.absorb(next->m_step);
    return true;
}

void SetMetaCommand::undo()
{
    m_document->applyMeta(m_before);
}

void SetMetaCommand::redo()
{
    m_document->applyMeta(m_after);
}

void SetMetaCommand::takeStates(const Article &before, const Article &after)
{
    m_before = before.meta;
    m_after = after.meta;
}

SetSectionCommand::SetSectionCommand(ArticleDocument *document, Section before, Section after,
                                     QList<ReviewComment> comments, bool mergeable)
    : ArticleCommand(ArticleDocument::tr("Edit “%1”").arg(after.heading))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_commentsBefore(std::move(comments))
    , m_mergeable(mergeable)
{
    m_commentsAfter = followSectionEdit(m_commentsBefore, m_before, m_after);
    if (m_mergeable)
        m_step = TypingStep::between(typingFields(m_before), typingFields(m_after));
}

void SetSectionCommand::undo()
{
    m_document->applySection(m_before);
    if (m_commentsBefore != m_document->article().comments)
        m_document->applyComments(m_commentsBefore);
}

void SetSectionCommand::redo()
{
    m_document->applySection(m_after);
    if (m_commentsAfter != m_document->article().comments)
        m_document->applyComments(m_commentsAfter);
}

void SetSectionCommand::takeStates(const Article &before, const Article &after)
{
    m_before = before.sections.at(before.indexOfSection(m_before.id));
    m_after = after.sections.at(after.indexOfSection(m_after.id));
    m_commentsBefore = before.comments;
    m_commentsAfter = after.comments;
}

bool SetSectionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSectionCommand *>(other);
    if (!next->m_mergeable || next->m_after.id != m_after.id || !m_step.continuesWith(next->m_step))
        return false;
    m_after = next->m_after;
    m_commentsAfter = next->m_commentsAfter;
    m_step.absorb(next->m_step);
    setText(next->text());
    return true;
}

InsertSectionCommand::InsertSectionCommand(ArticleDocument *document, qsizetype index,
                                           Section section)
    : ArticleCommand(ArticleDocument::tr("Add “%1”").arg(section.heading))
    , m_document(document)
    , m_index(index)
    , m_section(std::move(section))
{}

void InsertSectionCommand::undo()
{
    m_document->applyRemove(m_index);
}

void InsertSectionCommand::redo()
{
    m_document->applyInsert(m_index, m_section);
}

void InsertSectionCommand::takeStates(const Article &, const Article &after)
{
    m_section = after.sections.at(m_index);
}

RemoveSectionCommand::RemoveSectionCommand(ArticleDocument *document, qsizetype index,
                                           Section section)
    : ArticleCommand(ArticleDocument::tr("Delete “%1”").arg(section.heading))
    , m_document(document)
    , m_index(index)
    , m_section(std::move(section))
{}

void RemoveSectionCommand::undo()
{
    m_document->applyInsert(m_index, m_section);
}

void RemoveSectionCommand::redo()
{
    m_document->applyRemove(m_index);
}

void RemoveSectionCommand::takeStates(const Article &before, const Article &)
{
    m_section = before.sections.at(m_index);
}

MoveSectionCommand::MoveSectionCommand(ArticleDocument *document, qsizetype from, qsizetype to,
                                       const QString &heading)
    : ArticleCommand(ArticleDocument::tr("Move “%1”").arg(heading))
    , m_document(document)
    , m_from(from)
    , m_to(to)
{}

void MoveSectionCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

void MoveSectionCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

void MoveSectionCommand::takeStates(const Article &, const Article &) {}

SetRemoteCommand::SetRemoteCommand(ArticleDocument *document, RemoteBinding before,
                                   RemoteBinding after)
    : ArticleCommand(ArticleDocument::tr("Update Publishing Record"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetRemoteCommand::undo()
{
    m_document->applyRemote(m_before);
}

void SetRemoteCommand::redo()
{
    m_document->applyRemote(m_after);
}

void SetRemoteCommand::takeStates(const Article &before, const Article &after)
{
    m_before = before.remote;
    m_after = after.remote;
}

SetCommentsCommand::SetCommentsCommand(ArticleDocument *document, const QString &text,
                                       QList<ReviewComment> before, QList<ReviewComment> after)
    : ArticleCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void SetCommentsCommand::undo()
{
    m_document->applyComments(m_before);
}

void SetCommentsCommand::redo()
{
    m_document->applyComments(m_after);
}

void SetCommentsCommand::takeStates(const Article &before, const Article &after)
{
    m_before = before.comments;
    m_after = after.comments;
}

SetReviewCommand::SetReviewCommand(ArticleDocument *document, const QString &text, State before,
                                   State after, bool mergeable)
    : ArticleCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeable(mergeable)
{}

void SetReviewCommand::undo()
{
    m_document->applyReview(m_before.status, m_before.review);
}

void SetReviewCommand::redo()
{
    m_document->applyReview(m_after.status, m_after.review);
}

void SetReviewCommand::takeStates(const Article &before, const Article &after)
{
    m_before = {before.meta.reviewStatus, before.review};
    m_after = {after.meta.reviewStatus, after.review};
}

bool SetReviewCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetReviewCommand *>(other);
    if (!next->m_mergeable)
        return false;
    m_after = next->m_after;
    return true;
}

RestoreCommand::RestoreCommand(ArticleDocument *document, const QString &text, State before,
                               State after)
    : ArticleCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void RestoreCommand::undo()
{
    m_document->applyContent(m_before.meta, m_before.sections, m_before.comments);
}

void RestoreCommand::redo()
{
    m_document->applyContent(m_after.meta, m_after.sections, m_after.comments);
}

void RestoreCommand::takeStates(const Article &before, const Article &after)
{
    m_before = {before.meta, before.sections, before.comments};
    m_after = {after.meta, after.sections, after.comments};
}

MergeCommand::MergeCommand(ArticleDocument *document, const QString &text, Article before,
                           Article after)
    : ArticleCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void MergeCommand::undo()
{
    m_document->applyArticle(m_before);
}

void MergeCommand::redo()
{
    m_document->applyArticle(m_after);
}

void MergeCommand::takeStates(const Article &before, const Article &after)
{
    m_before = before;
    m_after = after;
}

} // namespace quorum
