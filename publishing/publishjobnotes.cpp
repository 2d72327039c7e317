// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
// PublishJob's last steps on a site that keeps Notes: the review comments as the post's Notes,
// and the save that names new threads on the section headings.
#include "publishjob.h"

#include "notessync.h"
#include "sitearticle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

PublishJob::~PublishJob() = default;

void PublishJob::syncNotes()
{
    // What both sides agreed on at the last sync of this post: a change since then is Quorum's
    // when the article has it and the base does not.
    QList<ReviewComment> synced;
    if (isBound()) {
        if (const std::optional<Article> base = SiteArticle::syncBase(m_article))
            synced = base->comments;
    }
    // No comments now and none synced before: no note to make, change or delete.
    const auto recorded = [](const ReviewComment &comment) {
        return SiteNotes::idIn(comment.extra) > 0;
    };
    if (m_article.comments.isEmpty() && std::none_of(synced.cbegin(), synced.cend(), recorded))
        return finishPublish();
    emit stepStarted(Step::SyncingNotes);
    m_notesSync = std::make_unique<NotesSync>(
        m_client, [this](WordPressReply *reply, Handler handler) { track(reply, handler); },
        m_binding.postId, m_article.comments, synced);
    m_notesSync->start([this] { notesSynced(); });
}

void PublishJob::notesSynced()
{
    if (m_notesSync->error().isError()) {
        m_warnings.append(tr("Not every review comment could be made a Note on the post (%1). "
                             "Publishing again sends the rest.")
                              .arg(m_notesSync->error().message));
    }
    const bool newIds = m_notesSync->comments() != m_article.comments;
    // Kept either way: notes made before a failure are not made again.
    m_article.comments = m_notesSync->comments();
    if (!newIds)
        return finishPublish();
    saveNoteAnchors();
}

void PublishJob::saveNoteAnchors()
{
    // The headings now name the new threads, and the article the post keeps records their ids.
    // Nothing may have come between the first save and this one: the plugin's precondition,
    // with the modified_gmt the first save returned.
    // Every field again, not the content alone: WordPress gives a post that an update leaves
    // without categories its default category.
    m_postId = m_binding.postId;
    m_expectedModified = m_binding.modifiedGmt;
    track(m_client->post(u"wp/v2/posts/%1"_s.arg(m_postId),
                         postFields(renderer().footnotes(m_article)),
                         {{u"_fields"_s, u"id,modified_gmt"_s}}, saveHeaders()),
          [this](WordPressReply *reply) {
              if (reply->isOk()) {
                  m_binding.modifiedGmt = reply->object().value(u"modified_gmt"_s).toString();
              } else {
                  m_warnings.append(tr("The review comments are Notes on the post, but its "
                                       "sections do not show them yet (%1). Publishing again "
                                       "places them.")
                                        .arg(reply->error().message));
              }
              finishPublish();
          });
}

void PublishJob::finishPublish()
{
    SiteArticle::setSyncBase(&m_binding, m_article);
    end();
    emit succeeded(m_binding);
    emit finished();
}

} // namespace quorum
