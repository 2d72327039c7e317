// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textlocation.h"

#include <QString>

namespace quorum {

struct Article;

/// A field as the writer reads it: "Title", "Quote", "Bullet", ... (translated).
QString textFieldName(TextField field);

/// Where `location` is, for the review panels: "Forum Voices › voice 2 › Quote",
/// "Article details › Excerpt". A section that no longer exists reads "(deleted section)".
QString locationLabel(const Article &article, const TextLocation &location);

} // namespace quorum
