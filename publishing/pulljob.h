// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "publisherror.h"
#include "publishjob.h"

#include <QObject>
#include <QStringList>

namespace quorum {

class WordPressClient;
class WordPressReply;

/// Brings a post back from a WordPress site as an Article: fetches it with `context=edit`
/// (the stored block markup, not the rendered page), the names of its categories and tags,
/// and rebuilds the sections with PostContentReader. The article is bound to the post (its
/// RemoteBinding records the site, id, link, status and modified_gmt), so that publishing it
/// updates that post. It writes no file. Reports once: succeeded() or failed(), then
/// finished().
class PullJob : public QObject
{
    Q_OBJECT

public:
    PullJob(const PublishTarget &target, qint64 postId, QObject *parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    /// After succeeded().
    const Article &article() const { return m_article; }
    /// True when the post carried Quorum's section markers (it came back section for section).
    bool wasQuorumPost() const { return m_quorumPost; }
    /// What did not come back, for the writer to know (a featured image stays on the site).
    const QStringList &warnings() const { return m_warnings; }
    const PublishError &error() const { return m_error; }

signals:
    void succeeded(const quorum::Article &article);
    void failed(const quorum::PublishError &error);
    void finished();

private:
    using Handler = std::function<void(WordPressReply *)>;
    void track(WordPressReply *reply, Handler handler);
    void fail(const PublishError &error);
    void readPost();
    void readTerms(const QString &taxonomy, const QJsonArray &ids, QStringList *names);
    void termsRead();

    PublishTarget m_target;
    qint64 m_postId;
    WordPressClient *m_client;
    QList<WordPressReply *> m_pending;
    Article m_article;
    QStringList m_warnings;
    PublishError m_error;
    bool m_quorumPost = false;
    bool m_started = false;
    bool m_running = false;
    int m_termListsLeft = 0;
};

} // namespace quorum
