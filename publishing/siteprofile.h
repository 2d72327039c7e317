// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace quorum {

/// A WordPress site the writer publishes to, and as whom. Holds no password: the Application
/// Password lives only in the system keychain (CredentialStore), under the profile's name.
struct SiteProfile
{
    QString name; ///< what the writer calls the site; unique, the key of everything else
    QString url;  ///< the site address as typed
    QString user;
    QString defaultStatus = QStringLiteral("draft");
    /// Send the Application Password over plain http to a host that is not loopback.
    bool allowInsecure = false;
    /// How long a request may go without any data moving before it fails: a slow site, or a
    /// large image on a slow line, may need longer than the usual 30 seconds.
    int timeoutSeconds = kDefaultTimeoutSeconds;
    /// Quorum has told the writer what the Quorum plugin would add to this site, which does
    /// not run it (once per site, PublishJob::pluginAdvice()).
    bool pluginAdviceGiven = false;

    static constexpr int kDefaultTimeoutSeconds = 30;
    static constexpr int kMinimumTimeoutSeconds = 1;
    static constexpr int kMaximumTimeoutSeconds = 600;

    bool operator==(const SiteProfile &) const = default;
};

/// The site profiles, kept in the settings file Quorum/sites (the same for the window and the
/// command line, whatever application name each sets). Synchronous: the file is tiny.
namespace SiteProfiles {

/// Every profile, sorted by name.
QList<SiteProfile> all();
std::optional<SiteProfile> find(const QString &name);
/// Adds the profile or replaces the one with the same name.
void save(const SiteProfile &profile);
/// Forgets the profile (not its password: CredentialStore::remove does that).
void remove(const QString &name);
/// Whether `name` can name a profile: not empty, no slashes or backslashes (QSettings keys).
bool isValidName(const QString &name);

} // namespace SiteProfiles

} // namespace quorum
