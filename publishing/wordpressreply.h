// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publisherror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkReply;

namespace quorum {

/// The answer to one call of the WordPress REST API, or to a sequence of calls that reads as
/// one (finding the REST root). Either it succeeded and json() holds the decoded answer, or
/// error() says why not; a body that is not JSON never counts as success.
///
/// The WordPressClient that made it is its parent; whoever asked for it deletes it
/// (deleteLater) once done with it.
class WordPressReply : public QObject
{
    Q_OBJECT

public:
    explicit WordPressReply(QObject *parent = nullptr);
    ~WordPressReply() override;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const PublishError &error() const { return m_error; }
    /// The HTTP status of the answer; 0 when there was none (no connection, timeout).
    int httpStatus() const { return m_httpStatus; }
    /// The decoded answer; after a WordPress error, its error object ({"code", "data", ...}).
    QJsonValue json() const { return m_json; }
    QJsonObject object() const { return m_json.toObject(); }
    /// A header of the answer; repeated headers are joined with commas.
    QByteArray rawHeader(const QByteArray &name) const;
    /// Where the answer came from, after any redirects that were followed.
    QUrl url() const { return m_url; }

    /// Stops waiting: finishes at once with a "canceled" error unless already finished.
    void abort();

signals:
    /// Emitted exactly once, when the answer is complete or has failed; never before the call
    /// that made the reply has returned, so connecting right after that call is safe.
    void finished();

private:
    friend class WordPressClient;

    void attach(QNetworkReply *reply, int timeoutMs, bool expectJson,
                std::function<bool(const QUrl &)> redirectAllowed);
    void onNetworkFinished();
    /// Finishes with `error` (or success with `json`) on the next event loop pass.
    void finishLater(const PublishError &error, const QJsonValue &json = {});
    void finish(const PublishError &error, const QJsonValue &json);

    QPointer<QNetworkReply> m_network;
    PublishError m_error;
    QJsonValue m_json;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    int m_httpStatus = 0;
    int m_timeoutMs = 0;
    QUrl m_url;
    bool m_expectJson = true;
    bool m_finished = false;
    PublishError m_redirectError;
    QStringList m_sslProblems;
};

} // namespace quorum
