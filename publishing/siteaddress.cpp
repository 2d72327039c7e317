// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteaddress.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace quorum::SiteAddress {

QUrl normalized(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    url.setQuery(QString());
    url.setFragment(QString());
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

QUrl restRootFromLinkHeader(const QByteArray &linkHeader)
{
    // A Link header is a comma-separated list of `<uri>; param=value` entries (RFC 8288).
    // Qt has no parser for it; the grammar needed here is one regular expression.
    static const QRegularExpression entry(u"<([^>]*)>\\s*((?:;\\s*[^;,]+)*)"_s);
    static const QRegularExpression apiRel(
        u";\\s*rel\\s*=\\s*\"?([^\";]*\\s)?https://api\\.w\\.org/(\\s[^\";]*)?\"?"_s);
    const QString header = QString::fromLatin1(linkHeader);
    for (auto it = entry.globalMatch(header); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (apiRel.match(match.captured(2)).hasMatch())
            return QUrl(match.captured(1).trimmed(), QUrl::StrictMode);
    }
    return {};
}

QList<QUrl> fallbackRestRoots(const QUrl &site)
{
    QUrl pretty = site;
    pretty.setPath(site.path() + u"wp-json/"_s);
    QUrl plain = site;
    QUrlQuery query;
    query.addQueryItem(u"rest_route"_s, u"/"_s);
    plain.setQuery(query);
    return {pretty, plain};
}

bool mayCarryCredentials(const QUrl &url, bool allowInsecure)
{
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    if (allowInsecure || url.host() == u"localhost")
        return true;
    return QHostAddress(url.host()).isLoopback();
}

} // namespace quorum::SiteAddress
