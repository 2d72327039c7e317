// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum {

/// True when `url` is an address a reader can follow from a voice: an absolute http or https
/// URL with a host. An empty text is not a link at all and gives false.
bool isVoiceLink(const QString &url);

/// The name of the forum a voice link points to: a well-known site by its own name ("Reddit",
/// "Hacker News"), any other by its host name without "www.". Empty when `url` is not a voice
/// link (see isVoiceLink).
QString forumNameFromLink(const QString &url);

} // namespace quorum
