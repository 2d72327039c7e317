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
    : RestJob(target, parent)
{}

int SiteCheck::requestCount() const
{
    return m_client->requestCount();
}

void SiteCheck::start()
{
    if (!begin())
        return;
    const QUrl site = checkedSite();
    if (!site.isValid())
        return;
    setUpClient(site);
    track(m_client->discover(), [this](WordPressReply *reply) {
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
    track(me, [this](WordPressReply *me) {
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
    track(schema, [this](WordPressReply *schema) {
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
    if (!isRunning() || --m_answersLeft > 0)
        return;
    end();
    emit succeeded(m_capabilities);
    emit finished();
}

} // namespace quorum
