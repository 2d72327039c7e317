// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

namespace quorum {

/// True when publishing `article` should ask first: its review status is not Approved. An
/// article already Published whose text is still the published snapshot does not ask (there is
/// nothing unreviewed to send); once its text changed, it asks again.
bool publishNeedsConfirmation(const Article &article);

} // namespace quorum
