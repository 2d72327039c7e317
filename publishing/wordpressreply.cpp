// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "wordpressreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslError>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

WordPressReply::WordPressReply(QObject *parent)
    : QObject(parent)
{}

WordPressReply::~WordPressReply()
{
    if (QNetworkReply *network = std::exchange(m_network, nullptr)) {
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
}

QByteArray WordPressReply::rawHeader(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values.join(", ");
}

void WordPressReply::abort()
{
    if (m_finished)
        return;
    if (QNetworkReply *network = std::exchange(m_network, nullptr)) {
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
    finish(PublishError::canceled(), {});
}

void WordPressReply::attach(QNetworkReply *reply, int timeoutMs, bool expectJson,
                            std::function<bool(const QUrl &)> redirectAllowed)
{
    m_network = reply;
    m_timeoutMs = timeoutMs;
    m_expectJson = expectJson;
    connect(reply, &QNetworkReply::finished, this, &WordPressReply::onNetworkFinished);
    // Certificate problems are collected to be shown, and never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslProblems.append(error.errorString());
    });
    connect(reply, &QNetworkReply::redirected, this, [this, redirectAllowed](const QUrl &url) {
        if (redirectAllowed(url)) {
            emit m_network->redirectAllowed();
            return;
        }
        m_redirectError = PublishError::make(
            PublishError::Kind::Redirected,
            tr("The site sent Quorum to another address, %1, which it does not trust with your "
               "credentials.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
            tr("If that is the site's real address, use it as the site address."));
        m_network->abort();
    });
}

void WordPressReply::onNetworkFinished()
{
    QNetworkReply *reply = m_network;
    if (!reply)
        return;
    reply->deleteLater();
    m_network = nullptr;
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_url = reply->url();
    m_headers = reply->rawHeaderPairs();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    if (m_redirectError.isError())
        return finish(m_redirectError, {});
    if (m_httpStatus == 0) {
        // No HTTP answer. A transfer timeout aborts the reply, which Qt reports as canceled;
        // our own abort() never gets here.
        if (!m_sslProblems.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)
            return finish(PublishError::certificate(m_sslProblems.isEmpty()
                                                        ? QStringList{reply->errorString()}
                                                        : m_sslProblems),
                          {});
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            return finish(PublishError::timeout(m_timeoutMs), {});
        case QNetworkReply::ContentReSendError: // Qt wanted to send a POST again (SendOnceBody)
            return finish(PublishError::dropped(reply->errorString()), {});
        default:
            return finish(PublishError::network(reply->errorString()), {});
        }
    }
    if (!m_expectJson && m_httpStatus >= 200 && m_httpStatus < 400)
        return finish({}, {});

    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(body);
    finish(PublishError::fromHttpAnswer(m_httpStatus, contentType, body),
           document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

void WordPressReply::finishLater(const PublishError &error, const QJsonValue &json)
{
    QTimer::singleShot(0, this, [this, error, json] {
        if (!m_finished)
            finish(error, json);
    });
}

void WordPressReply::finish(const PublishError &error, const QJsonValue &json)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_error.isError() && m_error.httpStatus == 0)
        m_error.httpStatus = m_httpStatus;
    m_json = json;
    emit finished();
}

} // namespace quorum
