// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "restanswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

qint64 idIn(const QJsonObject &answer)
{
    const QJsonValue id = answer.value(u"id"_s);
    return id.isDouble() ? std::max<qint64>(id.toInteger(), 0) : 0;
}

QString excerptOf(const QJsonValue &answer)
{
    const QByteArray json =
        answer.isObject()  ? QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact)
        : answer.isArray() ? QJsonDocument(answer.toArray()).toJson(QJsonDocument::Compact)
                           : QByteArray("(not an object)");
    return QString::fromUtf8(json.left(300));
}

} // namespace quorum
