// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace quorum {

/// The id a 2xx answer gives to what was saved or uploaded; 0 when it has none, which WordPress
/// never sends.
qint64 idIn(const QJsonObject &answer);

/// A short technical view of an answer, for PublishError::detail.
QString excerptOf(const QJsonValue &answer);

} // namespace quorum
