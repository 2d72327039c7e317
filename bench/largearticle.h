// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

namespace quorum::bench {

/// The large article every benchmark measures: 300 sections, 2,000 voices and about 200,000
/// words of Markdown with the features writers use (emphasis, links, lists, quotes, tables).
/// Always the same article: the text comes from a fixed seed.
Article largeArticle();

/// Every Markdown text the article holds (section texts, bullets), joined by blank lines.
QString allMarkdown(const Article &article);

/// How many words the article's texts hold.
qsizetype wordCount(const Article &article);

} // namespace quorum::bench
