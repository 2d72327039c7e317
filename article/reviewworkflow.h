// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

namespace quorum {

/// True when publishing `article` should ask first: its review status is not Approved. An
/// article already Published whose text is still the published snapshot does not ask (there is
/// nothing unreviewed to send); once its text changed, it asks again.
bool publishNeedsConfirmation(const Article &article);

/// True when the post has a public address that links may point to: the article is bound to a
/// post that was public (or scheduled) at the last sync, or its review status is Published.
/// Its slug then stays what it is unless the writer changes it on purpose.
bool isPublished(const Article &article);

} // namespace quorum
