// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "reviewsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace quorum::ReviewSettings {

QString userName()
{
    const QString stored = QSettings().value(u"review/userName"_s).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    const QString account = qEnvironmentVariable("USER");
    return account.isEmpty() ? qEnvironmentVariable("USERNAME") : account;
}

void setUserName(const QString &name)
{
    QSettings().setValue(u"review/userName"_s, name.trimmed());
}

bool confirmUnapprovedPublish()
{
    return QSettings().value(u"review/confirmUnapprovedPublish"_s, true).toBool();
}

void setConfirmUnapprovedPublish(bool confirm)
{
    QSettings().setValue(u"review/confirmUnapprovedPublish"_s, confirm);
}

} // namespace quorum::ReviewSettings
