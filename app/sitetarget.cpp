// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sitetarget.h"

#include "credentialstore.h"
#include "siteaddress.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace quorum {

PublishTarget targetOf(const SiteProfile &profile, const QString &password)
{
    PublishTarget target;
    target.site = QUrl(profile.url);
    target.user = profile.user;
    target.applicationPassword = password;
    target.allowInsecure = profile.allowInsecure;
    target.timeoutMs = profile.timeoutSeconds * 1000;
    return target;
}

void readSiteTarget(const SiteProfile &profile, QObject *context,
                    std::function<void(const PublishTarget &target, const QString &error)> done)
{
    CredentialJob *job = CredentialStore::read(profile.name, context);
    QObject::connect(job, &CredentialJob::finished, context, [job, profile, done] {
        job->deleteLater();
        if (!job->isOk())
            return done(PublishTarget{}, job->message());
        done(targetOf(profile, job->password()), QString());
    });
}

QUrl editPostUrl(const QString &site, qint64 postId)
{
    QUrl url = SiteAddress::normalized(site).resolved(QUrl(u"wp-admin/post.php"_s));
    url.setQuery(QUrlQuery{{u"post"_s, QString::number(postId)}, {u"action"_s, u"edit"_s}});
    return url;
}

QList<std::pair<QString, QString>> postStatuses(bool withFuture)
{
    QList<std::pair<QString, QString>> statuses{
        {u"draft"_s, QCoreApplication::translate("quorum::PostStatus", "Draft")},
        {u"pending"_s, QCoreApplication::translate("quorum::PostStatus", "Pending review")},
        {u"publish"_s, QCoreApplication::translate("quorum::PostStatus", "Published")},
    };
    if (withFuture) {
        statuses.append(
            {u"future"_s, QCoreApplication::translate("quorum::PostStatus", "Scheduled")});
    }
    return statuses;
}

} // namespace quorum
