// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockmarkup.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace quorum {

QString BlockMarkup::block(QStringView name, const QString &html,
                           const QJsonObject &attributes) const
{
    if (m_format == RenderFormat::Html)
        return html;
    const QStringView shortName = name.startsWith(u"core/") ? name.mid(5) : name;
    const QString attributeText =
        attributes.isEmpty() ? QString() : u' ' + serializeAttributes(attributes);
    return u"<!-- wp:"_s + shortName + attributeText + u" -->\n"_s + html + u"\n<!-- /wp:"_s +
           shortName + u" -->"_s;
}

QString BlockMarkup::join(const QStringList &blocks) const
{
    return blocks.join(m_format == RenderFormat::Html ? u"\n"_s : u"\n\n"_s);
}

QString BlockMarkup::serializeAttributes(const QJsonObject &attributes)
{
    QString json = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
    json.replace(u"--"_s, u"\\u002d\\u002d"_s);
    json.replace(u'<', u"\\u003c"_s);
    json.replace(u'>', u"\\u003e"_s);
    json.replace(u'&', u"\\u0026"_s);
    json.replace(u"\\\""_s, u"\\u0022"_s);
    return json;
}

} // namespace quorum
