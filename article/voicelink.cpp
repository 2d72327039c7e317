// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "voicelink.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

struct KnownForum
{
    QStringView host; ///< matches the host itself and every subdomain of it
    QStringView name;
};

// Sites whose host name says less than their usual name. Proper names: not translated.
constexpr KnownForum kKnownForums[] = {
    {u"reddit.com", u"Reddit"},
    {u"news.ycombinator.com", u"Hacker News"},
    {u"lobste.rs", u"Lobsters"},
    {u"stackoverflow.com", u"Stack Overflow"},
    {u"stackexchange.com", u"Stack Exchange"},
    {u"github.com", u"GitHub"},
    {u"x.com", u"X"},
    {u"twitter.com", u"X"},
    {u"mastodon.social", u"Mastodon"},
    {u"slashdot.org", u"Slashdot"},
    {u"lwn.net", u"LWN.net"},
};

bool isHostOrSubdomain(QStringView host, QStringView domain)
{
    return host == domain || (host.endsWith(domain) && host.size() > domain.size() &&
                              host.at(host.size() - domain.size() - 1) == u'.');
}

} // namespace

bool isVoiceLink(const QString &url)
{
    if (url.isEmpty())
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"http" || parsed.scheme() == u"https") &&
           !parsed.host().isEmpty();
}

QString forumNameFromLink(const QString &url)
{
    if (!isVoiceLink(url))
        return {};
    QString host = QUrl(url, QUrl::StrictMode).host().toLower();
    for (const KnownForum &forum : kKnownForums) {
        if (isHostOrSubdomain(host, forum.host))
            return forum.name.toString();
    }
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

} // namespace quorum
