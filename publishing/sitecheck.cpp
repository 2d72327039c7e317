// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sitecheck.h"

#include "siteaddress.h"
#include "wordpressclient.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

SiteCheck::SiteCheck(const PublishTarget &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_client(new WordPressClient(this))
{}

int SiteCheck::requestCount() const
{
    return m_client->requestCount();
}

void SiteCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    const QUrl site = SiteAddress::normalized(m_target.site.toString());
    if (!site.isValid()) {
        return fail(PublishError::make(
            PublishError::Kind::InvalidArticle, tr("The site address is not valid."),
            tr("Enter the address of the WordPress site, such as https://example.org/.")));
    }
    if (!SiteAddress::mayCarryCredentials(site, m_target.allowInsecure)) {
        return fail(PublishError::make(
            PublishError::Kind::InsecureConnection,
            tr("Quorum does not send your application password over an unencrypted connection "
               "(%1).")
                .arg(site.toDisplayString()),
            tr("Use the site's https:// address, or, if you trust the network, allow plain http "
               "in the site's settings.")));
    }
    m_client->setSite(site);
    m_client->setCredentials(m_target.user, m_target.applicationPassword);
    m_client->setAllowInsecure(m_target.allowInsecure);
    m_client->setTimeout(m_target.timeoutMs);
    WordPressReply *reply = m_client->discover();
    m_pending.append(reply);
    connect(reply, &WordPressReply::finished, this, [this, reply] {
        m_pending.removeOne(reply);
        reply->deleteLater();
        if (!reply->isOk())
            return fail(reply->error());
        m_capabilities.restRoot = m_client->restRoot();
        readUser();
    });
}

void SiteCheck::readUser()
{
    // Both at once: who the user is, and whether the site takes the focus keyword.
    m_answersLeft = 2;
    WordPressReply *me =
        m_client->get(u"wp/v2/users/me"_s,
                      {{u"context"_s, u"edit"_s}, {u"_fields"_s, u"id,name,roles,capabilities"_s}});
    WordPressReply *schema = m_client->options(u"wp/v2/posts"_s);
    m_pending = {me, schema};
    connect(me, &WordPressReply::finished, this, [this, me] {
        m_pending.removeOne(me);
        me->deleteLater();
        if (!me->isOk())
            return fail(me->error());
        const QJsonObject user = me->object();
        const QJsonObject capabilities = user.value(u"capabilities"_s).toObject();
        m_capabilities.userId = user.value(u"id"_s).toInteger();
        m_capabilities.displayName = user.value(u"name"_s).toString();
        for (const QJsonValue &role : user.value(u"roles"_s).toArray())
            m_capabilities.roles.append(role.toString());
        m_capabilities.canPublish = capabilities.value(u"publish_posts"_s).toBool();
        m_capabilities.canUploadFiles = capabilities.value(u"upload_files"_s).toBool();
        m_capabilities.canCreateCategories = capabilities.value(u"manage_categories"_s).toBool();
        done();
    });
    connect(schema, &WordPressReply::finished, this, [this, schema] {
        m_pending.removeOne(schema);
        schema->deleteLater();
        // Only a hint: a site that hides its schema still publishes, and the publish job
        // checks the stored keyword itself.
        if (schema->isOk()) {
            const QJsonObject meta =
                schema->object()[u"schema"_s][u"properties"_s][u"meta"_s][u"properties"_s]
                    .toObject();
            m_capabilities.focusKeywordSupported = meta.contains(PublishJob::focusKeywordMetaKey());
        }
        done();
    });
}

void SiteCheck::done()
{
    if (!m_running || --m_answersLeft > 0)
        return;
    m_running = false;
    emit succeeded(m_capabilities);
    emit finished();
}

void SiteCheck::cancel()
{
    if (m_running)
        fail(PublishError::canceled());
}

void SiteCheck::fail(const PublishError &error)
{
    if (!m_running)
        return;
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
