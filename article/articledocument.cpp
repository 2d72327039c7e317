// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"

#include "articlecommands.h"
#include "articlefile.h"
#include "commentanchors.h"
#include "imagepaths.h"
#include "reviewworkflow.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The folder of an article file; empty for an article never saved.
QString folderOf(const QString &file)
{
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}

// Whether two folders are one, also when one is reached through a link.
bool sameFolder(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !a.isEmpty() && !b.isEmpty() && !canonical.isEmpty() &&
           canonical == QFileInfo(b).canonicalFilePath();
}

// Times in the file are whole seconds in UTC.
QDateTime nowOr(const QDateTime &when)
{
    if (when.isValid())
        return when;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

} // namespace

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
    m_savedArticle = article;
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
    const QString oldFolder = folderOf(m_filePath);
    const QString newFolder = folderOf(target);
    ImagePathMove move(oldFolder, newFolder);
    const Article saved = sameFolder(oldFolder, newFolder) ? m_article : move.apply(m_article);
    if (!ArticleFile::save(saved, target, error))
        return false;
    setFilePath(target);
    if (saved != m_article)
        moveImages(&move);
    m_savedArticle = m_article;
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
    m_undoStack.push(new SetSectionCommand(this, *current, section, m_article.comments, mergeable));
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

ArticleDocument::StanceRename ArticleDocument::renameStance(const QString &sectionId, int index,
                                                            const QString &label)
{
    const Section *verdict = section(sectionId);
    if (!verdict || index < 0 || index >= verdict->stances.size())
        return StanceRename::Unchanged;
    const QString old = verdict->stances.at(index).label;
    // Spaces around a label would make a second label that reads the same.
    const QString wanted = label.trimmed();
    if (wanted == old)
        return StanceRename::Unchanged;
    if (wanted.isEmpty())
        return StanceRename::Blank;
    // Labels that differ only in case read as one stance in the bar and the preview.
    for (qsizetype i = 0; i < verdict->stances.size(); ++i) {
        if (i != index && verdict->stances.at(i).label.compare(wanted, Qt::CaseInsensitive) == 0)
            return StanceRename::Taken;
    }
    RestoreCommand::State after{m_article.meta, m_article.sections, m_article.comments};
    for (Section &edited : after.sections) {
        const Section before = edited;
        if (edited.id == sectionId)
            edited.stances[index].label = wanted;
        // A voice with no stance has an empty one: it does not follow a stance that had none.
        for (Voice &voice : edited.voices) {
            if (!old.isEmpty() && voice.stance == old)
                voice.stance = wanted;
        }
        if (edited != before)
            after.comments = followSectionEdit(after.comments, before, edited);
    }
    m_undoStack.push(new RestoreCommand(this, tr("Rename Stance “%1” to “%2”").arg(old, wanted),
                                        {m_article.meta, m_article.sections, m_article.comments},
                                        std::move(after)));
    return StanceRename::Renamed;
}

QString ArticleDocument::addComment(ReviewComment comment)
{
    const Section *target = section(comment.sectionId);
    if (!target || comment.text.trimmed().isEmpty() || !anchorFits(comment.anchor, *target))
        return {};
    if (comment.id.isEmpty() || m_article.indexOfComment(comment.id) >= 0)
        comment.id = newId(u'c');
    comment.created = nowOr(comment.created);
    // Only the members of the anchor's kind mean anything (and only they are saved).
    CommentAnchor &anchor = comment.anchor;
    switch (anchor.kind) {
    case CommentAnchor::Kind::Section:
        anchor = CommentAnchor{
            CommentAnchor::Kind::Section, TextField::Markdown, 0, 0, 0, {}, anchor.extra};
        break;
    case CommentAnchor::Kind::Voice:
        anchor = CommentAnchor{
            CommentAnchor::Kind::Voice, TextField::Markdown, anchor.index, 0, 0, {}, anchor.extra};
        break;
    case CommentAnchor::Kind::Text:
        anchor.quote =
            sectionFieldText(*target, anchor.field, anchor.index)->mid(anchor.start, anchor.length);
        break;
    }
    QList<ReviewComment> comments = m_article.comments;
    comments.append(comment);
    pushComments(tr("Add Comment"), comments);
    return comment.id;
}

void ArticleDocument::replyToComment(const QString &commentId, const QString &author,
                                     const QString &text)
{
    const qsizetype index = m_article.indexOfComment(commentId);
    if (index < 0 || text.trimmed().isEmpty())
        return;
    QList<ReviewComment> comments = m_article.comments;
    comments[index].replies.append(CommentReply{author, nowOr({}), text, {}});
    pushComments(tr("Reply to Comment"), comments);
}

void ArticleDocument::setCommentResolved(const QString &commentId, bool resolved)
{
    const qsizetype index = m_article.indexOfComment(commentId);
    if (index < 0 || m_article.comments.at(index).resolved == resolved)
        return;
    QList<ReviewComment> comments = m_article.comments;
    comments[index].resolved = resolved;
    pushComments(resolved ? tr("Resolve Comment") : tr("Reopen Comment"), comments);
}

void ArticleDocument::removeComment(const QString &commentId)
{
    const qsizetype index = m_article.indexOfComment(commentId);
    if (index < 0)
        return;
    QList<ReviewComment> comments = m_article.comments;
    comments.removeAt(index);
    pushComments(tr("Delete Comment"), comments);
}

void ArticleDocument::setComments(const QList<ReviewComment> &comments)
{
    if (comments != m_article.comments)
        pushComments(tr("Update Comments"), comments);
}

void ArticleDocument::setReviewStatus(ReviewStatus status, const QString &who,
                                      const QDateTime &when)
{
    if (status == m_article.meta.reviewStatus)
        return;
    ReviewData review = m_article.review;
    review.statusHistory.append(StatusChange{status, who, nowOr(when), {}});
    pushReview(tr("Set Review Status to %1").arg(reviewStatusName(status)), status, review);
}

void ArticleDocument::recordPublished(const QString &who, const QDateTime &when)
{
    Article published = m_article;
    recordPublication(&published, who, nowOr(when));
    pushReview(tr("Record Publication"), published.meta.reviewStatus, published.review);
}

QString ArticleDocument::saveRevision(const QString &name, const QString &author)
{
    Revision revision = snapshot();
    revision.id = newId(u'r');
    revision.name = name.trimmed();
    revision.author = author;
    revision.created = nowOr({});
    ReviewData review = m_article.review;
    review.revisions.append(revision);
    pushReview(tr("Save Revision “%1”").arg(revision.name), m_article.meta.reviewStatus, review);
    return revision.id;
}

void ArticleDocument::removeRevision(const QString &revisionId)
{
    const qsizetype index = m_article.indexOfRevision(revisionId);
    if (index < 0)
        return;
    ReviewData review = m_article.review;
    const QString name = review.revisions.takeAt(index).name;
    pushReview(tr("Delete Revision “%1”").arg(name), m_article.meta.reviewStatus, review);
}

void ArticleDocument::restoreRevision(const Revision &revision)
{
    RestoreCommand::State after{revision.meta, revision.sections, m_article.comments};
    after.meta.reviewStatus = m_article.meta.reviewStatus; // the workflow is not the text
    for (const Section &restored : revision.sections) {
        if (const Section *current = section(restored.id))
            after.comments = followSectionEdit(after.comments, *current, restored);
    }
    if (after.meta == m_article.meta && after.sections == m_article.sections)
        return;
    const QString name = revision.name.isEmpty() ? tr("Published Version") : revision.name;
    m_undoStack.push(new RestoreCommand(this, tr("Restore “%1”").arg(name),
                                        {m_article.meta, m_article.sections, m_article.comments},
                                        std::move(after)));
}

void ArticleDocument::restoreSection(const Revision &revision, const QString &sectionId)
{
    qsizetype from = -1;
    for (qsizetype i = 0; i < revision.sections.size() && from < 0; ++i) {
        if (revision.sections.at(i).id == sectionId)
            from = i;
    }
    if (from < 0)
        return;
    const Section &restored = revision.sections.at(from);
    RestoreCommand::State after{m_article.meta, m_article.sections, m_article.comments};
    const qsizetype current = m_article.indexOfSection(sectionId);
    if (current >= 0) {
        if (m_article.sections.at(current) == restored)
            return;
        after.comments =
            followSectionEdit(after.comments, m_article.sections.at(current), restored);
        after.sections[current] = restored;
    } else {
        // Deleted since: put it back after the nearest earlier section that is still there.
        qsizetype at = 0;
        for (qsizetype i = from - 1; i >= 0; --i) {
            const qsizetype previous = m_article.indexOfSection(revision.sections.at(i).id);
            if (previous >= 0) {
                at = previous + 1;
                break;
            }
        }
        after.sections.insert(at, restored);
    }
    m_undoStack.push(new RestoreCommand(this, tr("Restore “%1”").arg(restored.heading),
                                        {m_article.meta, m_article.sections, m_article.comments},
                                        std::move(after)));
}

void ArticleDocument::setCheckEnabled(const QString &checkId, bool enabled)
{
    ReviewData review = m_article.review;
    if (enabled == !review.disabledChecks.contains(checkId))
        return;
    if (enabled) {
        review.disabledChecks.removeAll(checkId);
    } else {
        review.disabledChecks.append(checkId);
        review.disabledChecks.sort();
    }
    pushReview(enabled ? tr("Turn On Check %1").arg(checkId) : tr("Turn Off Check %1").arg(checkId),
               m_article.meta.reviewStatus, review);
}

void ArticleDocument::setStanceTolerance(int points)
{
    points = qBound(0, points, 100);
    if (points == m_article.review.stanceTolerance)
        return;
    ReviewData review = m_article.review;
    review.stanceTolerance = points;
    pushReview(tr("Set Stance Tolerance"), m_article.meta.reviewStatus, review,
               /*mergeable=*/true);
}

Revision ArticleDocument::snapshot() const
{
    Revision revision;
    revision.meta = m_article.meta;
    revision.sections = m_article.sections;
    return revision;
}

void ArticleDocument::pushComments(const QString &text, const QList<ReviewComment> &comments)
{
    m_undoStack.push(new SetCommentsCommand(this, text, m_article.comments, comments));
}

void ArticleDocument::pushReview(const QString &text, ReviewStatus status, const ReviewData &review,
                                 bool mergeable)
{
    m_undoStack.push(new SetReviewCommand(
        this, text, {m_article.meta.reviewStatus, m_article.review}, {status, review}, mergeable));
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

void ArticleDocument::applyComments(const QList<ReviewComment> &comments)
{
    m_article.comments = comments;
    emit commentsChanged();
}

void ArticleDocument::applyReview(ReviewStatus status, const ReviewData &review)
{
    const Article old = m_article;
    m_article.review = review;
    m_article.meta.reviewStatus = status;
    emitChanges(old);
}

void ArticleDocument::applyContent(const ArticleMeta &meta, const QList<Section> &sections,
                                   const QList<ReviewComment> &comments)
{
    const Article old = m_article;
    m_article.meta = meta;
    m_article.sections = sections;
    m_article.comments = comments;
    emitChanges(old);
}

void ArticleDocument::emitChanges(const Article &old)
{
    const Article &now = m_article;
    if (old.meta != now.meta)
        emit metaChanged();
    // Lists that share their data compare at once: a review change costs no section walk.
    if (old.sections != now.sections) {
        bool sameOrder = old.sections.size() == now.sections.size();
        for (qsizetype i = 0; sameOrder && i < now.sections.size(); ++i)
            sameOrder = old.sections.at(i).id == now.sections.at(i).id;
        if (!sameOrder)
            emit structureChanged();
        for (const Section &section : now.sections) {
            const qsizetype before = old.indexOfSection(section.id);
            if (before >= 0 && old.sections.at(before) != section)
                emit sectionChanged(section.id);
        }
    }
    if (old.comments != now.comments)
        emit commentsChanged();
    const ReviewData &was = old.review;
    const ReviewData &is = now.review;
    if (old.meta.reviewStatus != now.meta.reviewStatus || was.statusHistory != is.statusHistory)
        emit reviewStatusChanged(now.meta.reviewStatus);
    if (was.revisions != is.revisions || was.published != is.published)
        emit revisionsChanged();
    if (was.disabledChecks != is.disabledChecks || was.stanceTolerance != is.stanceTolerance)
        emit checkSettingsChanged();
}

void ArticleDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

} // namespace quorum
