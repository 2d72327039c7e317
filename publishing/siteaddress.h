// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace quorum {

/// Where a WordPress site's REST API may live and whether credentials may go there; the
/// first steps of talking to a site, free of any network access.
namespace SiteAddress {

/// The site URL a user typed, made whole: "example.org" gives "https://example.org/".
/// Invalid when it cannot be a site address.
QUrl normalized(const QString &typed);

/// The REST API root a `Link: <...>; rel="https://api.w.org/"` header names, or an invalid
/// URL when the header has none.
QUrl restRootFromLinkHeader(const QByteArray &linkHeader);

/// Where to look for the REST API when no Link header says: `/wp-json/` (pretty permalinks)
/// and then `?rest_route=/`, which works with every permalink setting.
QList<QUrl> fallbackRestRoots(const QUrl &site);

/// True when credentials may be sent to `url`: always over https; over plain http only to a
/// loopback host, unless `allowInsecure` is set.
bool mayCarryCredentials(const QUrl &url, bool allowInsecure = false);

} // namespace SiteAddress

} // namespace quorum
