// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "blockgrammar.h"

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

/// `block` (of `content`) as a browser and the block editor read it, as one text: its name and
/// attributes and those of its inner blocks, then its HTML as elements and text (entities
/// decoded, white space folded, attributes and classes in a fixed order). Spellings of the same
/// HTML give the same text, such as the `<hr />` that WordPress's kses filter writes for
/// `<hr/>` when a user without the unfiltered_html capability saves a post.
QString canonicalBlock(const QString &content, const ParsedBlock &block);

} // namespace quorum::html
