// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "markdown.h"
#include "sectionsource.h"

#include <QList>
#include <QString>

namespace quorum {

/// A block of post content as it is to be published, and the exact text before it.
struct MarkupPiece
{
    QString before;
    QString markup;
};

/// The blocks of a section that came from the site, as they are to be published now. Each
/// Markdown block the writer left as it was read (the same text as a source block's, matched
/// in order by their longest common run) is the source block byte for byte. An edited block
/// that takes the place of a source block of the same kind keeps what Quorum does not write
/// (see carryAttributes). Any other block is the fresh rendering.
QList<MarkupPiece> sourcedPieces(const QList<RenderedMarkdownBlock> &rendered,
                                 const QList<SourceBlock> &source);

/// `fresh` (a block as Quorum renders it) with what `original` (the same kind of block as the
/// site stored it) holds that Quorum does not write: the block's attributes and the attributes
/// of its outer element (alignment, colours, anchor, class names), and those of a second
/// element that Quorum writes bare (a table's layout). Where the two disagree on something
/// Quorum does write (a heading's level, a list's start), or are not the same kind of block,
/// the result is `fresh`.
QString carryAttributes(const QString &original, const QString &fresh);

/// `original` (a block with one outer element, such as a heading) with the HTML inside its
/// outer element replaced by `innerHtml`.
QString replaceInnerHtml(const QString &original, const QString &innerHtml);

} // namespace quorum
