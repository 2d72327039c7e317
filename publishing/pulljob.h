// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "publisherror.h"
#include "publishjob.h"
#include "sitearticle.h"
#include "sitenotes.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace quorum {

class WordPressClient;
class WordPressReply;

/// Brings a post back from a WordPress site as an Article: fetches it with `context=edit`
/// (the stored block markup, not the rendered page), the names of its categories and tags,
/// and rebuilds the sections with PostContentReader. The article is bound to the post (its
/// RemoteBinding records the site, id, link, status and modified_gmt), so that publishing it
/// updates that post. Where the Quorum plugin says that the site keeps Notes, the post's
/// notes come back as review comments (SiteNotes::pulledComments). It writes no file. Reports
/// once: succeeded() or failed(), then finished().
class PullJob : public RestJob
{
    Q_OBJECT

public:
    PullJob(const PublishTarget &target, qint64 postId, QObject *parent = nullptr);

    void start();

    /// After succeeded().
    const Article &article() const { return m_article; }
    /// True when the post carried Quorum's section markers (it came back section for section).
    bool wasQuorumPost() const { return m_quorumPost; }
    /// True when the article came from what the Quorum plugin keeps with the post (comments,
    /// review, voices and codings exactly), brought up to date with the post's content.
    bool cameWhole() const { return m_stored.has_value(); }
    /// Whether the site keeps Notes that the pull read into the article's comments.
    bool notesRead() const { return m_notes != SiteNotes::Support::None; }
    /// What did not come back, for the writer to know (a featured image stays on the site).
    const QStringList &warnings() const { return m_warnings; }

signals:
    void succeeded(const quorum::Article &article);

private:
    void readPost();
    void readStoredArticle(const QString &text);
    void readTerms(const QString &taxonomy, const QJsonArray &ids, QStringList *names);
    void termsRead();
    void readNotes(int page);
    void finishPull();
    bool snapshotIsCurrent() const;

    qint64 m_postId;
    Article m_article;
    QStringList m_warnings;
    bool m_quorumPost = false;
    bool m_sitePlugin = false;
    SiteNotes::Support m_notes = SiteNotes::Support::None;
    QList<SiteNotes::Note> m_siteNotes;
    QString m_content; ///< the post's content as stored
    /// What the Quorum plugin keeps with the post: the article as last published.
    std::optional<SiteArticle::Stored> m_stored;
    int m_termListsLeft = 0;
};

} // namespace quorum
