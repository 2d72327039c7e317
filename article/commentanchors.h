// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <optional>

namespace quorum {

/// One change to a text: `removed` code units at `position` replaced by `inserted` ones.
struct TextChange
{
    qsizetype position = 0;
    qsizetype removed = 0;
    qsizetype inserted = 0;

    bool operator==(const TextChange &) const = default;
};

/// The change that turns `before` into `after`, taken as one replacement between their common
/// prefix and common suffix; a replacement (text removed and other text inserted) is widened
/// to whole words. When the change is a pure insertion or deletion that could
/// sit at several places (typing a letter into a run of the same letters), it is placed
/// outside the span `keepStart`..`keepEnd` when it can be: a span is never hurt by an
/// ambiguous edit next to it.
TextChange textChange(const QString &before, const QString &after, qsizetype keepStart = 0,
                      qsizetype keepEnd = 0);

/// Where the span `start`..`start + length` of a text is after `change`, or nothing when all of
/// it was removed. Text inserted at either edge of the span stays outside it; an edit inside it
/// grows or shrinks it; an edit over one edge cuts that edge off.
std::optional<std::pair<qsizetype, qsizetype>> followSpan(qsizetype start, qsizetype length,
                                                          const TextChange &change);

/// `comments` after the section `before` was replaced by `after` (the same id): the anchors
/// of the comments on that section move with their text, bullet, stance or voice; a comment
/// whose anchored text or voice was deleted stays on the section, marked detached. Comments on
/// other sections are returned unchanged.
QList<ReviewComment> followSectionEdit(const QList<ReviewComment> &comments, const Section &before,
                                       const Section &after);

/// True when `anchor` points at something `section` has (a text span inside its field, or an
/// existing voice).
bool anchorFits(const CommentAnchor &anchor, const Section &section);

} // namespace quorum
