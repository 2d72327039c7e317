// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "restjob.h"

#include "siteaddress.h"
#include "wordpressreply.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

RestJob::RestJob(const PublishTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_client(new WordPressClient(this))
{}

bool RestJob::begin()
{
    if (m_started)
        return false;
    m_started = true;
    m_running = true;
    m_error = {};
    return true;
}

QUrl RestJob::checkedSite()
{
    const QUrl site = SiteAddress::normalized(m_target.site.toString());
    if (!site.isValid()) {
        fail(PublishError::make(
            PublishError::Kind::InvalidArticle, tr("The site address is not valid."),
            tr("Enter the address of the WordPress site, such as https://example.org/.")));
        return {};
    }
    // A plain http address is no reason to stop yet: discovery sends no credentials, and a
    // site that redirects to https gets them there. The client refuses any request that would
    // carry them over plain http (WordPressClient::send).
    return site;
}

void RestJob::setUpClient(const QUrl &site)
{
    m_client->setSite(site);
    m_client->setCredentials(m_target.user, m_target.applicationPassword);
    m_client->setAllowInsecure(m_target.allowInsecure);
    m_client->setTimeout(m_target.timeoutMs);
}

void RestJob::cancel()
{
    if (m_running)
        fail(PublishError::canceled());
}

void RestJob::track(WordPressReply *reply, Handler handler)
{
    m_pending.append(reply);
    connect(reply, &WordPressReply::finished, this, [this, reply, handler] {
        m_pending.removeOne(reply);
        reply->deleteLater();
        if (m_running)
            handler(reply);
    });
}

void RestJob::readSiteIndex(const std::function<void(const QJsonObject &index)> &then)
{
    track(m_client->get(QString(), {{u"_fields"_s, u"quorum"_s}}),
          [then](WordPressReply *reply) { then(reply->isOk() ? reply->object() : QJsonObject()); });
}

void RestJob::fail(const PublishError &error)
{
    if (!m_running)
        return; // ended already: one outcome per job
    m_running = false;
    m_error = error;
    const QList<WordPressReply *> pending = std::exchange(m_pending, {});
    for (WordPressReply *reply : pending) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit failed(m_error);
    emit finished();
}

} // namespace quorum
