// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "notessync.h"

#include "restanswer.h"
#include "wordpressclient.h"
#include "wordpressreply.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

using SiteNotes::Note;

const CommentReply *replyWithId(const QList<CommentReply> &replies, qint64 id)
{
    for (const CommentReply &reply : replies) {
        if (SiteNotes::idIn(reply.extra) == id)
            return &reply;
    }
    return nullptr;
}

const ReviewComment *commentWithId(const QList<ReviewComment> &comments, const QString &id)
{
    for (const ReviewComment &comment : comments) {
        if (comment.id == id)
            return &comment;
    }
    return nullptr;
}

} // namespace

NotesSync::NotesSync(WordPressClient *client, Track track, qint64 postId,
                     const QList<ReviewComment> &comments, const QList<ReviewComment> &synced)
    : m_client(client)
    , m_track(std::move(track))
    , m_postId(postId)
    , m_comments(comments)
    , m_synced(synced)
{}

void NotesSync::start(std::function<void()> done)
{
    m_done = std::move(done);
    m_track(m_client->get(u"wp/v2/users/me"_s, {{u"_fields"_s, u"id,name"_s}}),
            [this](WordPressReply *reply) {
                if (!reply->isOk())
                    return stop(reply->error());
                m_siteUser = reply->object().value(u"name"_s).toString();
                listNotes(1);
            });
}

void NotesSync::listNotes(int page)
{
    m_track(m_client->get(u"wp/v2/comments"_s, SiteNotes::listQuery(m_postId, page)),
            [this, page](WordPressReply *reply) {
                if (!reply->isOk())
                    return stop(reply->error());
                m_notes.append(SiteNotes::readNotes(reply->json().toArray()));
                if (page < reply->rawHeader("X-WP-TotalPages").toInt())
                    return listNotes(page + 1);
                plan();
                next();
            });
}

void NotesSync::plan()
{
    QHash<qint64, const Note *> site;
    for (const Note &note : std::as_const(m_notes))
        site.insert(note.id, &note);
    const auto onSite = [&site](qint64 id) { return id > 0 && site.contains(id); };

    // Deleted in Quorum since the last sync: a thread trashes its replies with it.
    for (const ReviewComment &synced : std::as_const(m_synced)) {
        const qint64 id = SiteNotes::idIn(synced.extra);
        if (onSite(id) && !commentWithId(m_comments, synced.id))
            m_steps.append([this, id] { trash(id); });
    }
    for (qsizetype i = 0; i < m_comments.size(); ++i) {
        ReviewComment &comment = m_comments[i];
        if (comment.text.trimmed().isEmpty())
            continue; // WordPress takes no note without text
        const ReviewComment *synced = commentWithId(m_synced, comment.id);
        const qint64 rootId = SiteNotes::idIn(comment.extra);
        const Note *root = site.value(rootId);
        if (!root || root->parent != 0) {
            // Never published, or its thread is gone from the post: a new thread, whose
            // replies are new too.
            comment.extra.remove(SiteNotes::idKey());
            for (CommentReply &reply : comment.replies)
                reply.extra.remove(SiteNotes::idKey());
            m_steps.append([this, i] { createRoot(i); });
            for (qsizetype j = 0; j < comment.replies.size(); ++j)
                m_steps.append([this, i, j] { createReply(i, j); });
            continue;
        }
        // Where the site's note says otherwise, Quorum's changes since the last sync win; the
        // site's own wait for the next pull.
        if (SiteNotes::textOf(*root, comment.author) != comment.text.trimmed() &&
            (!synced || synced->text != comment.text)) {
            m_steps.append(
                [this, rootId,
                 content = SiteNotes::contentFor(comment.author, comment.text, m_siteUser)] {
                    updateContent(rootId, content);
                });
        }
        if (root->approved != comment.resolved && (!synced || synced->resolved != comment.resolved))
            m_steps.append([this, i] { setResolved(i); });
        if (synced) {
            for (const CommentReply &reply : synced->replies) {
                const qint64 id = SiteNotes::idIn(reply.extra);
                if (onSite(id) && site.value(id)->parent != 0 && !replyWithId(comment.replies, id))
                    m_steps.append([this, id] { trash(id); });
            }
        }
        for (qsizetype j = 0; j < comment.replies.size(); ++j) {
            CommentReply &reply = comment.replies[j];
            const qint64 id = SiteNotes::idIn(reply.extra);
            const Note *note = site.value(id);
            if (!note || note->parent == 0) {
                reply.extra.remove(SiteNotes::idKey());
                m_steps.append([this, i, j] { createReply(i, j); });
                continue;
            }
            const CommentReply *before = synced ? replyWithId(synced->replies, id) : nullptr;
            if (SiteNotes::textOf(*note, reply.author) != reply.text.trimmed() &&
                (!before || before->text != reply.text)) {
                m_steps.append(
                    [this, id,
                     content = SiteNotes::contentFor(reply.author, reply.text, m_siteUser)] {
                        updateContent(id, content);
                    });
            }
        }
    }
}

void NotesSync::next()
{
    if (m_steps.isEmpty())
        return m_done();
    const std::function<void()> step = m_steps.takeFirst();
    step();
}

void NotesSync::stop(const PublishError &error)
{
    m_error = error;
    m_steps.clear();
    m_done();
}

void NotesSync::trash(qint64 id, bool force)
{
    // Into the trash, as the block editor deletes a note, unless the site keeps no trash.
    const WordPressClient::Query query =
        force ? WordPressClient::Query{{u"force"_s, u"true"_s}} : WordPressClient::Query{};
    m_track(m_client->remove(u"wp/v2/comments/%1"_s.arg(id), query),
            [this, id, force](WordPressReply *reply) {
                const QString code = reply->error().code;
                if (!reply->isOk() && code == u"rest_trash_not_supported" && !force)
                    return trash(id, true);
                // Gone already: a thread's replies go with it.
                if (!reply->isOk() && code != u"rest_already_trashed" &&
                    reply->error().kind != PublishError::Kind::NotFound)
                    return stop(reply->error());
                ++m_changes;
                next();
            });
}

void NotesSync::createRoot(qsizetype comment)
{
    const ReviewComment &quorum = m_comments.at(comment);
    const QJsonObject body{
        {u"post"_s, m_postId},
        {u"type"_s, u"note"_s},
        {u"parent"_s, 0},
        {u"content"_s, SiteNotes::contentFor(quorum.author, quorum.text, m_siteUser)},
        {u"status"_s, quorum.resolved ? u"approved"_s : u"hold"_s},
    };
    m_track(m_client->post(u"wp/v2/comments"_s, body), [this, comment](WordPressReply *reply) {
        created(reply, &m_comments[comment].extra, [this, comment] {
            // A thread made resolved shows who resolved it, as one resolved in the editor.
            if (m_comments.at(comment).resolved)
                return recordResolution(comment);
            next();
        });
    });
}

void NotesSync::createReply(qsizetype comment, qsizetype reply)
{
    const qint64 root = SiteNotes::idIn(m_comments.at(comment).extra);
    const CommentReply &quorum = m_comments.at(comment).replies.at(reply);
    if (root <= 0 || quorum.text.trimmed().isEmpty())
        return next();
    const QJsonObject body{
        {u"post"_s, m_postId},
        {u"type"_s, u"note"_s},
        {u"parent"_s, root},
        {u"content"_s, SiteNotes::contentFor(quorum.author, quorum.text, m_siteUser)},
        {u"status"_s, u"hold"_s},
    };
    m_track(m_client->post(u"wp/v2/comments"_s, body),
            [this, comment, reply](WordPressReply *answer) {
                created(answer, &m_comments[comment].replies[reply].extra, [this] { next(); });
            });
}

void NotesSync::updateContent(qint64 id, const QString &content)
{
    m_track(m_client->post(u"wp/v2/comments/%1"_s.arg(id), {{u"content"_s, content}}),
            [this](WordPressReply *reply) {
                if (!reply->isOk())
                    return stop(reply->error());
                ++m_changes;
                next();
            });
}

void NotesSync::setResolved(qsizetype comment)
{
    const ReviewComment &quorum = m_comments.at(comment);
    const qint64 root = SiteNotes::idIn(quorum.extra);
    m_track(m_client->post(u"wp/v2/comments/%1"_s.arg(root),
                           {{u"status"_s, quorum.resolved ? u"approved"_s : u"hold"_s}}),
            [this, comment](WordPressReply *reply) {
                if (!reply->isOk())
                    return stop(reply->error());
                ++m_changes;
                recordResolution(comment);
            });
}

void NotesSync::recordResolution(qsizetype comment)
{
    // The reply the block editor adds when a thread is resolved or reopened: no text, the
    // thread's new status, and the comment meta that marks it as the record of that.
    const ReviewComment &quorum = m_comments.at(comment);
    const QString status = quorum.resolved ? u"approved"_s : u"hold"_s;
    const QJsonObject body{
        {u"post"_s, m_postId},
        {u"type"_s, u"note"_s},
        {u"parent"_s, SiteNotes::idIn(quorum.extra)},
        {u"content"_s, QString()},
        {u"status"_s, status},
        {u"meta"_s,
         QJsonObject{{u"_wp_note_status"_s, quorum.resolved ? u"resolved"_s : u"reopen"_s}}},
    };
    m_track(m_client->post(u"wp/v2/comments"_s, body), [this](WordPressReply *reply) {
        if (!reply->isOk())
            return stop(reply->error());
        ++m_changes;
        next();
    });
}

void NotesSync::created(WordPressReply *reply, QJsonObject *extra,
                        const std::function<void()> &then)
{
    if (!reply->isOk())
        return stop(reply->error());
    const qint64 id = quorum::idIn(reply->object());
    if (id <= 0) {
        return stop(PublishError::make(
            PublishError::Kind::MalformedAnswer,
            QCoreApplication::translate("quorum::NotesSync",
                                        "The site's answer to a new note does not say which "
                                        "note it is."),
            {}, excerptOf(reply->json())));
    }
    extra->insert(SiteNotes::idKey(), id);
    ++m_changes;
    then();
}

} // namespace quorum
