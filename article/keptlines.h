// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "keptblock.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace quorum {

/// Where a kept block's line (see KeptBlockLine) stands in a Markdown text.
struct KeptLineSpan
{
    qsizetype start = 0;  ///< where the line begins
    qsizetype length = 0; ///< without its line break
    KeptBlockLine line;

    qsizetype end() const { return start + length; }
    /// True when [from, to) shares a character with the line.
    bool overlaps(qsizetype from, qsizetype to) const { return from < end() && start < to; }
};

/// The kept lines of `markdown`, in order: every line that KeptBlockLine::parse accepts, whether
/// its id names a block or not (resolving it is the renderer's business).
QList<KeptLineSpan> keptLinesIn(QStringView markdown);

/// A kept line moved past a neighbouring block: the whole text, and where the line now starts.
struct KeptLineMove
{
    QString markdown;
    qsizetype lineStart = 0;
};

/// Moves the kept line that starts at `lineStart` above the top-level block before it (`up`)
/// or below the one after it, as cmark-gfm reads the blocks (a list, a table or a fenced code
/// block moves past whole). The two are separated by one blank line, and so is each of them
/// from the text around it, so that no paragraph runs into another. Nothing when there is no
/// such line, when the line is not a top-level block of its own (inside a code block) or when
/// there is no block to move past.
std::optional<KeptLineMove> moveKeptLine(const QString &markdown, qsizetype lineStart, bool up);

} // namespace quorum
