// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publisherror.h"
#include "publishjob.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace quorum {

class WordPressClient;
class WordPressReply;

/// What a site lets the profile's user do, as "Test connection" found it.
struct SiteCapabilities
{
    QUrl restRoot;
    qint64 userId = 0;
    QString displayName;
    QStringList roles;
    bool canPublish = false;          ///< publish_posts; otherwise only submit for review
    bool canUploadFiles = false;      ///< upload_files: featured and inline images
    bool canCreateCategories = false; ///< manage_categories
    /// The site exposes the focus keyword meta key over REST (installed with Quorum in
    /// share/quorum/wordpress-plugins).
    bool focusKeywordSupported = false;
};

/// "Test connection": finds the site's REST API, checks the user name and Application Password
/// with `GET /wp/v2/users/me?context=edit`, and reads what the user may do. Sends credentials
/// only where SiteAddress::mayCarryCredentials() allows. Reports once: succeeded() or failed(),
/// then finished().
class SiteCheck : public RestJob
{
    Q_OBJECT

public:
    explicit SiteCheck(const PublishTarget &target, QObject *parent = nullptr);

    /// Starts checking; a check runs once.
    void start();

    const SiteCapabilities &capabilities() const { return m_capabilities; }
    int requestCount() const;

signals:
    void succeeded(const quorum::SiteCapabilities &capabilities);

private:
    void readUser();
    void done();

    SiteCapabilities m_capabilities;
    int m_answersLeft = 0;
};

} // namespace quorum

Q_DECLARE_METATYPE(quorum::SiteCapabilities)
