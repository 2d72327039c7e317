// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "wordpressreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace quorum {

/// One HTTP request as a WordPressClient sent it, for benchmarks that replay the same requests
/// with another client. Holds the Authorization header: keep it in memory only.
struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 startedNs = 0;  ///< since the recording began
    qint64 finishedNs = 0; ///< 0 until the answer is complete
    int httpStatus = 0;
};

/// Talks to one WordPress site's REST API as one user, authenticated with an Application
/// Password (HTTP Basic). Every call returns a WordPressReply; nothing blocks.
///
/// Credentials go only where SiteAddress::mayCarryCredentials() allows, and a redirect is
/// followed only to the same host (or its www. twin) over a connection at least as safe.
/// Request bodies are sent whole, without `Expect: 100-continue`.
class WordPressClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30'000;
    using Query = QList<std::pair<QString, QString>>;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit WordPressClient(QObject *parent = nullptr);

    /// The site, as SiteAddress::normalized() makes it. Forgets a REST root found before.
    void setSite(const QUrl &site);
    QUrl site() const { return m_site; }
    void setCredentials(const QString &user, const QString &applicationPassword);
    /// Allows credentials over plain http to hosts other than loopback.
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }
    /// How long a request may go without any data moving before it fails as a timeout.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }

    /// The REST API root ("https://example.org/wp-json/" or ".../?rest_route=/"); empty until
    /// discover() found it or setRestRoot() set one known from before.
    QUrl restRoot() const { return m_restRoot; }
    void setRestRoot(const QUrl &root) { m_restRoot = root; }

    /// Finds the REST root: the `Link: rel="https://api.w.org/"` header of the site's home,
    /// then `/wp-json/`, then `?rest_route=/`. On success restRoot() is set and the reply's
    /// json() is the root's address as a string.
    WordPressReply *discover();

    /// The URL of `route` ("wp/v2/posts/12") under the REST root, with `query` added.
    QUrl endpoint(const QString &route, const Query &query = {}) const
    {
        return endpointUnder(m_restRoot, route, query);
    }
    static QUrl endpointUnder(const QUrl &root, const QString &route, const Query &query = {});

    WordPressReply *get(const QString &route, const Query &query = {});
    /// Sends `body` as JSON, with `headers` besides the client's own (such as the Quorum
    /// plugin's X-Quorum-Expected-Modified, a condition the site checks before it saves).
    WordPressReply *post(const QString &route, const QJsonObject &body, const Query &query = {},
                         const Headers &headers = {});
    WordPressReply *remove(const QString &route, const Query &query = {});
    /// The route's description: its methods and, under "schema", the fields it takes.
    WordPressReply *options(const QString &route, const Query &query = {});
    /// Uploads a file as the raw request body, the way the media endpoint wants it.
    WordPressReply *upload(const QString &route, const QByteArray &data, const QString &fileName,
                           const QString &mimeType, const Query &query = {});

    /// How many HTTP requests this client has sent, for tests and benchmarks.
    int requestCount() const { return m_requestCount; }
    /// Starts (or stops) keeping every request from now on in recording().
    void setRecording(bool on);
    const QList<RecordedRequest> &recording() const { return m_recording; }

private:
    WordPressReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                         const Headers &headers, bool authenticate);
    void tryRestRoot(WordPressReply *outer, QList<QUrl> candidates, PublishError lastError);
    bool mayFollowRedirect(const QUrl &from, const QUrl &to, bool authenticate) const;

    QNetworkAccessManager *m_network;
    QUrl m_site;
    QUrl m_restRoot;
    QString m_user;
    QString m_password;
    bool m_allowInsecure = false;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_requestCount = 0;
    bool m_recordingOn = false;
    QElapsedTimer m_recordingClock;
    QList<RecordedRequest> m_recording;
};

} // namespace quorum
