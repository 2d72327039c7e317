// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QString>

namespace quorum {

/// The article as one self-contained HTML page with the preview's look: the same page, CSS
/// inlined, and every image beside the article (paths relative to `articleDirectory`)
/// inlined as a data: URL, so the file reads the same offline and anywhere it is copied.
/// Images from other hosts stay links; unless `remoteImages`, the page's
/// Content-Security-Policy forbids loading them, so that opening the file asks no other host
/// for anything. An empty directory inlines nothing.
QString standalonePageHtml(const Article &article, const QString &articleDirectory,
                           bool remoteImages = true);

} // namespace quorum
