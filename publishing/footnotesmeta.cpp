// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "footnotesmeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace quorum::FootnotesMeta {

QString key()
{
    return u"footnotes"_s;
}

QString toJson(const QList<PostFootnote> &footnotes)
{
    if (footnotes.isEmpty())
        return {};
    QJsonArray list;
    for (const PostFootnote &footnote : footnotes)
        list.append(QJsonObject{{u"content"_s, footnote.content}, {u"id"_s, footnote.id}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

std::optional<QList<PostFootnote>> fromJson(const QString &json)
{
    if (json.trimmed().isEmpty())
        return QList<PostFootnote>();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    QList<PostFootnote> footnotes;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject footnote = value.toObject();
        if (!footnote.value(u"id"_s).isString())
            return std::nullopt;
        footnotes.append(
            {footnote.value(u"id"_s).toString(), footnote.value(u"content"_s).toString()});
    }
    return footnotes;
}

QString valueFor(const QList<PostFootnote> &footnotes, const QString &stored)
{
    if (fromJson(stored) == footnotes)
        return stored;
    return toJson(footnotes);
}

} // namespace quorum::FootnotesMeta
