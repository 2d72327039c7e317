// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptblock.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

const QString kPrefix = u"<!-- quorum:kept "_s;
const QString kSuffix = u" -->"_s;

} // namespace

QString KeptBlockLine::toLine() const
{
    QString line = kPrefix + id + u' ' + (blockName.isEmpty() ? u"freeform"_s : blockName);
    QString text = summaryOf(summary);
    // "--" would end the comment early (and is not allowed inside one): use a dash.
    text.replace(u"--"_s, u"\u2013"_s).replace(u'"', u'\u201d');
    if (!text.isEmpty())
        line += u" \""_s + text + u'"';
    return line + kSuffix;
}

std::optional<KeptBlockLine> KeptBlockLine::parse(QStringView line)
{
    if (!line.startsWith(kPrefix) || !line.endsWith(kSuffix))
        return std::nullopt;
    static const QRegularExpression shape(
        u"^<!-- quorum:kept (k[0-9a-f]+) ([A-Za-z0-9_/-]+)(?: \"([^\"]*)\")? -->$"_s);
    const QRegularExpressionMatch match = shape.match(line.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return KeptBlockLine{match.captured(1), match.captured(2), match.captured(3)};
}

QString summaryOf(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    QString cut = simple.left(length);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > length / 2)
        cut.truncate(space);
    return cut + u'\u2026';
}

} // namespace quorum
