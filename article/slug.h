// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum {

/// The slug WordPress would make of `title` (sanitize_title with remove_accents): lower case,
/// Latin letters folded to ASCII ("æ" gives "ae", "ø" gives "o", "å" gives "a", "é" gives
/// "e", "ß" gives "ss"), apostrophes and other punctuation dropped, and spaces, dots, slashes
/// and dashes turned into single hyphens, none at either end. Underscores stay, as in
/// WordPress. Letters of other scripts stay as they are (lower-cased), where WordPress keeps
/// them percent-encoded, so that a title in Cyrillic still has a slug.
QString slugify(const QString &title);

} // namespace quorum
