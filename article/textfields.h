// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "textlocation.h"

#include <functional>

namespace quorum {

/// Calls `visit` for every text field a writer types in, in reading order: the metadata
/// (title, slug, author, focus keyword, excerpt, image alt text), then each section's heading,
/// Markdown, bullets, stance labels and voice fields. `field.start` is -1 (the whole field).
void forEachTextField(
    const Article &article,
    const std::function<void(const TextLocation &field, const QString &text)> &visit);

/// The text of the field `location` names in a section, for editing a copy of it (`location` must
/// name a section field).
QString *fieldText(Section *section, const TextLocation &location);
/// The same in the metadata (`location` must name a metadata field).
QString *fieldText(ArticleMeta *meta, const TextLocation &location);

} // namespace quorum
