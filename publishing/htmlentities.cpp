// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "htmlentities.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace quorum {

// WordPress sends term names HTML-escaped ("R&amp;D"); compare them as the writer typed them.
QString decodeHtmlEntities(QString text)
{
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    QString decoded;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        bool ok = false;
        const uint code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        decoded += ok ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1)
                      : match.captured(0);
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&amp;"_s, u"&"_s);
}

} // namespace quorum
