// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QObject>
#include <QUndoStack>

namespace quorum {

class ImagePathMove;

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
    /// The article as it was at the last load, save or reset: "the last saved version".
    const Article &savedArticle() const { return m_savedArticle; }

    /// Replaces the whole article (New, Open), clears the undo history and marks it unmodified.
    void reset(const Article &article, const QString &filePath = {});
    /// Loads `path`; on failure leaves the current article as it was and fills `error`.
    bool load(const QString &path, QString *error);
    /// Saves to `path` (the current file path when empty) and marks the article unmodified.
    /// Saving into another folder than before rewrites the image paths so that they name the
    /// same files from there (see ImagePathMove), in the article, the file and the undo
    /// history alike, without an undo step of its own.
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

    /// How renameStance() went.
    enum class StanceRename
    {
        Renamed,
        Unchanged, ///< the stance already has the label, or there is no such stance
        Blank,     ///< refused: a stance needs a label
        Taken      ///< refused: another stance of the verdict has the label, in some case
    };
    /// Renames stance `index` of the verdict `sectionId` to `label` (without the spaces around
    /// it), and every voice of the article that takes the old label with it, as one undo step.
    /// Voices name their stance by its label, so a label another stance of the verdict has
    /// (in any case) would merge the two: that is refused, as is a blank label; both push
    /// nothing.
    StanceRename renameStance(const QString &sectionId, int index, const QString &label);

    // ---- review: comments ----

    /// Adds `comment` on its section and returns its id. An empty id gets a fresh one, an
    /// invalid `created` the current time; a text anchor's quote is taken from the section.
    /// Returns an empty id (and pushes nothing) when the section does not exist, the text is
    /// blank or the anchor does not fit the section.
    QString addComment(ReviewComment comment);
    /// Adds a reply by `author` (now) to the thread of comment `commentId`.
    void replyToComment(const QString &commentId, const QString &author, const QString &text);
    /// Resolves (or reopens) comment `commentId`.
    void setCommentResolved(const QString &commentId, bool resolved);
    void removeComment(const QString &commentId);
    /// Replaces the comments with `comments` (what a sync with the site made of them, such as
    /// the ids of their Notes). Pushes nothing when they are the same already.
    void setComments(const QList<ReviewComment> &comments);

    // ---- review: status ----

    /// Sets the review status and records who changed it and when in the status history.
    /// `who` is the user's name (the window reads it from the settings).
    void setReviewStatus(ReviewStatus status, const QString &who, const QDateTime &when = {});
    /// Call after publishing succeeded: keeps the article's text as "the version last
    /// published", sets the status to Published and records who and when. One undo step.
    void recordPublished(const QString &who, const QDateTime &when = {});

    // ---- review: revisions ----

    /// Keeps the current metadata and sections as a revision named `name`; returns its id.
    QString saveRevision(const QString &name, const QString &author);
    void removeRevision(const QString &revisionId);
    /// Replaces the metadata and sections with those of `revision` (a saved revision, the
    /// published snapshot or any other snapshot). The review status, comments' sections,
    /// revisions and the remote binding stay. Comment anchors follow the text. One undo step.
    void restoreRevision(const Revision &revision);
    /// Replaces (or, when it was deleted since, puts back) the one section `sectionId` of
    /// `revision`. One undo step; nothing when the revision has no such section.
    void restoreSection(const Revision &revision, const QString &sectionId);

    // ---- merging ----

    /// Takes in `merged` (what mergeArticles() made of this article and another version):
    /// replaces the metadata, sections, comments, review data and unknown members as one undo
    /// step named `text`, telling listeners what changed. The remote binding stays: the caller
    /// sets it. Nothing when all of those are the same already.
    void applyMerge(const Article &merged, const QString &text);

    // ---- review: checks ----

    /// Switches the check `checkId` off (or on again) for this article.
    void setCheckEnabled(const QString &checkId, bool enabled);
    /// Sets how many percentage points the published split may differ from the voices'
    /// tally (0 to 100). Consecutive changes merge into one undo step.
    void setStanceTolerance(int points);

    /// The current metadata and sections as a snapshot (no id, name or time).
    Revision snapshot() const;

signals:
    /// The content or heading of section `id` changed (an edit, undo or redo).
    void sectionChanged(const QString &id);
    /// The metadata changed.
    void metaChanged();
    /// Sections were added, removed or reordered; listeners showing the order re-read it.
    void structureChanged();
    /// The remote binding changed (after publishing).
    void remoteChanged();
    /// Comments were added, removed, answered, resolved or reopened, or their anchors moved
    /// with the text. Panels and editor marks re-read `article().comments`.
    void commentsChanged();
    /// The review status or its history changed (metaChanged is emitted as well when the
    /// status itself changed). For the title bar and the status menu.
    void reviewStatusChanged(ReviewStatus status);
    /// Revisions were saved, removed, or the published snapshot was recorded.
    void revisionsChanged();
    /// A check was switched off or on, or the stance tolerance changed: run the checks again.
    void checkSettingsChanged();
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
    friend class SetCommentsCommand;
    friend class SetReviewCommand;
    friend class RestoreCommand;
    friend class MergeCommand;

    // The raw changes the commands make, each emitting its signal.
    void applyMeta(const ArticleMeta &meta);
    void applySection(const Section &section);
    void applyInsert(qsizetype index, const Section &section);
    void applyRemove(qsizetype index);
    void applyMove(qsizetype from, qsizetype to);
    void applyRemote(const RemoteBinding &remote);
    void applyComments(const QList<ReviewComment> &comments);
    void applyReview(ReviewStatus status, const ReviewData &review);
    void applyContent(const ArticleMeta &meta, const QList<Section> &sections,
                      const QList<ReviewComment> &comments);
    void setFilePath(const QString &path);
    /// Emits the signals for what differs between `old` and the article now (not the binding).
    void emitChanges(const Article &old);
    // articledocumentmerge.cpp
    /// Takes everything but the remote binding from `article`.
    void applyArticle(const Article &article);
    // articledocumentimages.cpp
    void moveImages(ImagePathMove *move);
    void pushComments(const QString &text, const QList<ReviewComment> &comments);
    void pushReview(const QString &text, ReviewStatus status, const ReviewData &review,
                    bool mergeable = false);

    Article m_article;
    Article m_savedArticle;
    QString m_filePath;
    QUndoStack m_undoStack;
};

} // namespace quorum
