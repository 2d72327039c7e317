// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteprofile.h"

#include <QSettings>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::SiteProfiles {

namespace {

// An explicit organization and file name: the window and the command line set different
// application names, and both must see the same sites.
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(u"Quorum"_s, u"sites"_s);
}

// QSettings escapes group names itself, but a slash would nest groups.
QString groupOf(const QString &name)
{
    return u"sites/"_s + name;
}

} // namespace

bool isValidName(const QString &name)
{
    return !name.trimmed().isEmpty() && name == name.trimmed() && !name.contains(u'/') &&
           !name.contains(u'\\');
}

QList<SiteProfile> all()
{
    const std::unique_ptr<QSettings> store = settings();
    store->beginGroup(u"sites"_s);
    const QStringList names = store->childGroups();
    store->endGroup();
    QList<SiteProfile> profiles;
    for (const QString &name : names) {
        if (const std::optional<SiteProfile> profile = find(name))
            profiles.append(*profile);
    }
    std::sort(profiles.begin(), profiles.end(), [](const SiteProfile &a, const SiteProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return profiles;
}

std::optional<SiteProfile> find(const QString &name)
{
    if (!isValidName(name))
        return std::nullopt;
    const std::unique_ptr<QSettings> store = settings();
    store->beginGroup(groupOf(name));
    if (!store->contains(u"url"_s))
        return std::nullopt;
    SiteProfile profile;
    profile.name = name;
    profile.url = store->value(u"url"_s).toString();
    profile.user = store->value(u"user"_s).toString();
    profile.defaultStatus = store->value(u"defaultStatus"_s, profile.defaultStatus).toString();
    profile.allowInsecure = store->value(u"allowInsecure"_s, false).toBool();
    profile.pluginAdviceGiven = store->value(u"pluginAdviceGiven"_s, false).toBool();
    profile.timeoutSeconds =
        std::clamp(store->value(u"timeout"_s, SiteProfile::kDefaultTimeoutSeconds).toInt(),
                   SiteProfile::kMinimumTimeoutSeconds, SiteProfile::kMaximumTimeoutSeconds);
    return profile;
}

void save(const SiteProfile &profile)
{
    if (!isValidName(profile.name))
        return;
    const std::unique_ptr<QSettings> store = settings();
    store->beginGroup(groupOf(profile.name));
    store->setValue(u"url"_s, profile.url);
    store->setValue(u"user"_s, profile.user);
    store->setValue(u"defaultStatus"_s, profile.defaultStatus);
    store->setValue(u"allowInsecure"_s, profile.allowInsecure);
    store->setValue(u"pluginAdviceGiven"_s, profile.pluginAdviceGiven);
    store->setValue(u"timeout"_s, profile.timeoutSeconds);
    store->endGroup();
    store->sync();
}

void remove(const QString &name)
{
    if (!isValidName(name))
        return;
    const std::unique_ptr<QSettings> store = settings();
    store->remove(groupOf(name));
    store->sync();
}

} // namespace quorum::SiteProfiles
