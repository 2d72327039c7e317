// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlemerge.h"

#include <QString>
#include <QStringList>

namespace quorum {

/// "Update from Site": the site's version of a bound article (what PullJob brought back for
/// its post) merged three ways into this computer's, against the article as last synced (the
/// base the binding keeps). The result is bound to the site's version, so that publishing it
/// needs no overwrite; its conflicts must be resolved before it goes anywhere.
///
/// Without a base (an article last synced by an older Quorum), every section and field both
/// versions hold differently is a conflict: nothing is taken from either side unasked.
ArticleMerge mergeFromSite(const Article &local, const Article &pulled);

/// A line per conflict, for the command line and for messages: "“Heading”: changed here and on
/// the site", "the title: changed here and on the site".
QStringList describeConflicts(const ArticleMerge &merge);

/// How many sections and metadata fields the site's version changed in `local` (what a merge
/// took from the site), for the message after an update.
int changesFromSite(const Article &local, const ArticleMerge &merge);

} // namespace quorum
