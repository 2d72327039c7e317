// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum {

/// Term names as WordPress sends them ("R&amp;D", "&#8220;x&#8221;") made plain text again:
/// numeric references and the five entities WordPress's esc_html() writes.
QString decodeHtmlEntities(QString text);

} // namespace quorum
