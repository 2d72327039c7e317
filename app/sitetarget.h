// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publishjob.h"
#include "siteprofile.h"

#include <QString>

#include <functional>

class QObject;

namespace quorum {

/// The publish target of a profile with `password`.
PublishTarget targetOf(const SiteProfile &profile, const QString &password);

/// Reads the profile's Application Password from the keychain and calls `done` with the
/// target and an empty error, or with an empty target and the keychain's plain message. `done`
/// never runs before this returns, and never after `context` is destroyed.
void readSiteTarget(const SiteProfile &profile, QObject *context,
                    std::function<void(const PublishTarget &target, const QString &error)> done);

/// The wp-admin address that edits post `postId` on `site`.
QUrl editPostUrl(const QString &site, qint64 postId);

/// The statuses a writer picks from, with their translated names.
QList<std::pair<QString, QString>> postStatuses(bool withFuture);

} // namespace quorum
