// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QString>

namespace quorum {

/// The page around the post content: what a clean WordPress theme shows around a post
/// (title, author, date, categories) and the theme CSS. The content itself is exactly the
/// block markup of ContentRenderer, untouched. The page allows no script at all
/// (Content-Security-Policy), so nothing in the content can run.
QString previewPageHtml(const Article &article, const QString &contentMarkup);

/// The theme stylesheet the page embeds.
QString previewStyleSheet();

} // namespace quorum
