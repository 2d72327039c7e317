// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publisherror.h"
#include "wordpressclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace quorum {

class WordPressReply;

/// Where to publish and as whom.
struct PublishTarget
{
    QUrl site; ///< as the user typed it; normalized by the job
    QString user;
    QString applicationPassword;
    bool allowInsecure = false; ///< credentials over plain http to a host that is not loopback
    int timeoutMs = WordPressClient::kDefaultTimeoutMs;
};

/// What every job that talks to a site shares (PublishJob, PullJob, SiteCheck): it runs once,
/// keeps track of its requests, and ends once: with its own success signal, or with failed();
/// finished() follows either. cancel() fails it with "canceled" and aborts what is in flight.
class RestJob : public QObject
{
    Q_OBJECT

public:
    /// Stops at once with a "canceled" error.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The error after failed().
    const PublishError &error() const { return m_error; }

    const WordPressClient &client() const { return *m_client; }
    /// The job's client, e.g. to record its requests (WordPressClient::setRecording).
    WordPressClient &client() { return *m_client; }

signals:
    void failed(const quorum::PublishError &error);
    /// After the success signal or failed(), always.
    void finished();

protected:
    RestJob(const PublishTarget &target, QObject *parent);

    /// Marks the job running; false when it ran before (a job runs once).
    bool begin();
    /// The target's address, normalized, when credentials may go there; otherwise fails the
    /// job and returns an invalid URL.
    QUrl checkedSite();
    /// Points the client at `site` with the target's credentials and timeout.
    void setUpClient(const QUrl &site);

    using Handler = std::function<void(WordPressReply *)>;
    /// Calls `handler` when `reply` finishes, unless the job has ended by then.
    void track(WordPressReply *reply, Handler handler);
    /// Reads the site's REST index, where the Quorum plugin describes itself, and calls `then`
    /// with it. A site that hides its index gives an empty object: Quorum then works as it does
    /// without the plugin.
    void readSiteIndex(const std::function<void(const QJsonObject &index)> &then);
    void fail(const PublishError &error);
    /// Ends a job that succeeded; the caller then emits its success signal and finished().
    void end() { m_running = false; }

    PublishTarget m_target;
    WordPressClient *m_client;

private:
    QList<WordPressReply *> m_pending;
    PublishError m_error;
    bool m_started = false;
    bool m_running = false;
};

} // namespace quorum
