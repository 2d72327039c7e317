// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "publisherror.h"
#include "sitenotes.h"

#include <QList>
#include <QString>

#include <functional>

namespace quorum {

class WordPressClient;
class WordPressReply;

/// The publishing half of SiteNotes: makes the review comments of an article just saved as post
/// `postId` the post's Notes, as a step of PublishJob, which sends its requests. It reads the
/// post's notes, then, one request at a time: trashes the notes of comments and replies
/// deleted in Quorum since the last sync (as the block editor deletes a note); creates a thread
/// for each comment that has none on the post (its first note, then its replies) and a note for
/// each reply that has none; and makes the text and the resolved state of the others Quorum's
/// where Quorum changed them since the last sync (`synced`, the comments as last synced) and
/// leaves them where only the site did, for the next pull to bring. It resolves and reopens as
/// the block editor does: the first note's status, and a reply that records it.
///
/// The note ids go into the comments' `extra` (comments()), also those of a sync that stopped
/// at a failed request, so that nothing made is made twice.
class NotesSync
{
public:
    using Handler = std::function<void(WordPressReply *)>;
    /// Follows a request to its end: PublishJob::track, so that the sync ends with its job.
    using Track = std::function<void(WordPressReply *, Handler)>;

    NotesSync(WordPressClient *client, Track track, qint64 postId,
              const QList<ReviewComment> &comments, const QList<ReviewComment> &synced);

    /// Runs the sync, then calls `done` (once, unless the job that tracks it ended first).
    void start(std::function<void()> done);

    /// The comments with the ids of their notes.
    const QList<ReviewComment> &comments() const { return m_comments; }
    /// Why the sync stopped early; no error after a complete one.
    const PublishError &error() const { return m_error; }
    /// How many notes it created, changed or trashed.
    int changes() const { return m_changes; }

private:
    void listNotes(int page);
    void plan();
    void next();
    void stop(const PublishError &error);
    void trash(qint64 id, bool force = false);
    void createRoot(qsizetype comment);
    void createReply(qsizetype comment, qsizetype reply);
    void updateContent(qint64 id, const QString &content);
    void setResolved(qsizetype comment);
    void recordResolution(qsizetype comment);
    void created(WordPressReply *reply, QJsonObject *extra, const std::function<void()> &then);

    WordPressClient *m_client;
    Track m_track;
    qint64 m_postId;
    QList<ReviewComment> m_comments;
    QList<ReviewComment> m_synced;
    QString m_siteUser; ///< the display name WordPress gives the notes it creates
    QList<SiteNotes::Note> m_notes;
    QList<std::function<void()>> m_steps;
    std::function<void()> m_done;
    PublishError m_error;
    int m_changes = 0;
};

} // namespace quorum
