// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "htmlmarkdown.h"

namespace quorum::html {

// The parts of a section that ContentRenderer writes from structured data, read back from
// its markup.

/// A TL;DR's bullets from its list.
QStringList bulletsOf(const GumboNode *list, const MarkdownWriter &writer);
/// One stance of the verdict's bar from its list item ("<strong>60%</strong> Skeptical").
Stance stanceOf(const GumboNode *item);
/// A voice from its quote: the paragraphs and the citation.
Voice voiceOf(const GumboNode *quote);

} // namespace quorum::html
