// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

namespace quorum {

/// True when publishing `article` should ask first: its review status is not Approved. An
/// article already Published whose text is still the published snapshot does not ask (there is
/// nothing unreviewed to send); once its text changed, it asks again.
bool publishNeedsConfirmation(const Article &article);

/// Records that `article`, as it now is, is what the site shows: its text becomes the
/// published snapshot (what "Compare with Published" compares with and what publishing again
/// needs no approval for), taken by `who` at `when`, and its review status becomes Published,
/// with that change in the history unless it was Published already. After publishing, and
/// after reading a public post from the site.
void recordPublication(Article *article, const QString &who, const QDateTime &when);

/// True when the post has a public address that links may point to: the article is bound to a
/// post that was public (or scheduled) at the last sync, or its review status is Published.
/// Its slug then stays what it is unless the writer changes it on purpose.
bool isPublished(const Article &article);

} // namespace quorum
