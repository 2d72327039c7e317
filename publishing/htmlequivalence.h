// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum::html {

/// Whether `fresh` (a block as Quorum renders it) says what `original` (a block as the site
/// stored it) says, so that the writer may edit it as Markdown: the same block, the same inner
/// blocks with the same attributes, and HTML that a browser reads as the same elements and
/// text (entities decoded, white space between elements and runs of it folded, attribute and
/// class order ignored). What carryAttributes keeps of the original may differ: the block's own
/// attributes that Quorum does not write, and the attributes of its outer element (and of a
/// second element that Quorum writes bare).
bool sameBlock(const QString &original, const QString &fresh);

} // namespace quorum::html
