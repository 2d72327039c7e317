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

QString BlockMarkup::voidBlock(QStringView name) const
{
    if (m_format == RenderFormat::Html)
        return {};
    return u"<!-- wp:"_s + (name.startsWith(u"core/") ? name.mid(5) : name) + u" /-->"_s;
}

QString BlockMarkup::join(const QStringList &blocks) const
{
    return blocks.join(m_format == RenderFormat::Html ? u"\n"_s : u"\n\n"_s);
}

QString BlockMarkup::escape(const QString &text)
{
    // Most text has nothing to escape: hand it back without copying it.
    for (const QChar c : text) {
        if (c == u'&' || c == u'<' || c == u'>' || c == u'"')
            return text.toHtmlEscaped();
    }
    return text;
}

namespace {

// Attribute values that JSON and the comment both take as they are.
bool isPlain(const QString &text)
{
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u' ' && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

} // namespace

QString BlockMarkup::serializeAttributes(const QJsonObject &attributes)
{
    // The common attributes (class names, levels, flags) are written directly; this runs for
    // thousands of blocks per article. The members come in the order QJsonDocument uses.
    QString direct = u"{"_s;
    bool plain = true;
    for (auto it = attributes.begin(); plain && it != attributes.end(); ++it) {
        if (direct.size() > 1)
            direct += u',';
        direct += u'"' + it.key() + u"\":"_s;
        const QJsonValue value = it.value();
        if (value.isString() && isPlain(value.toString()) && isPlain(it.key()))
            direct += u'"' + value.toString() + u'"';
        else if (value.isBool())
            direct += value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isDouble() && value.toDouble() == double(value.toInt()))
            direct += QString::number(value.toInt());
        else
            plain = false;
    }
    if (plain)
        return direct + u'}';

    QString json = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
    json.replace(u"--"_s, u"\\u002d\\u002d"_s);
    json.replace(u'<', u"\\u003c"_s);
    json.replace(u'>', u"\\u003e"_s);
    json.replace(u'&', u"\\u0026"_s);
    json.replace(u"\\\""_s, u"\\u0022"_s);
    return json;
}

} // namespace quorum
