// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QString>

namespace quorum {

/// The article as one Markdown document: YAML front matter with the metadata (title, slug,
/// author, date, categories, tags, focus keyword, excerpt, language, featured image), then
/// every section under a `##` heading. The verdict's split becomes a bold line and a list,
/// voices become block quotes with their attribution. Review comments are never exported.
QString articleToMarkdown(const Article &article);

} // namespace quorum
