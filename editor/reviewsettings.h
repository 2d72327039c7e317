// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum::ReviewSettings {

// The settings review reads (QSettings, the application's default scope). The window passes
// the user name to the review widgets and asks before publishing when the article is not
// approved (see publishNeedsConfirmation in article/reviewworkflow.h).

/// "review/userName": who writes comments, changes the status and saves revisions. Without
/// one set, the name of the system account.
QString userName();
void setUserName(const QString &name);

/// "review/confirmUnapprovedPublish" (default true): ask before publishing an article that
/// is not approved.
bool confirmUnapprovedPublish();
void setConfirmUnapprovedPublish(bool confirm);

} // namespace quorum::ReviewSettings
