// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace quorum {

/// One block of post content as WordPress's block parser (`parse_blocks`) splits it, with the
/// place it takes in the content, so that a block can be kept byte for byte.
struct ParsedBlock
{
    QString name; ///< with its namespace ("core/paragraph"); empty for HTML outside any block
    QJsonObject attributes;
    qsizetype start = 0; ///< where the opening delimiter starts in the content
    qsizetype end = 0;   ///< just after the closing delimiter
    QString innerHtml;   ///< the block's own HTML, inner blocks left out
    QList<ParsedBlock> innerBlocks;

    bool isFreeform() const { return name.isEmpty(); }
};

struct BlockParse
{
    bool ok = false;
    QString error; ///< why the content is not well-formed block markup
    /// The top-level blocks in order. HTML outside any block that is more than white space is
    /// a freeform block (what the block editor shows as a Classic block), white space excluded.
    QList<ParsedBlock> blocks;
};

/// Splits post content at its block delimiters the way WordPress does: the delimiter
/// grammar, attributes as JSON, nesting and self-closing blocks. Not well-formed markup (a
/// closer without its opener, a block never closed, attributes that are not a JSON object)
/// gives `ok` false and the reason.
BlockParse parseBlockMarkup(const QString &content);

/// The HTML of a block with its inner blocks' HTML in place and every delimiter left out:
/// what a browser shows of it.
QString blockHtml(const QString &content, const ParsedBlock &block);

/// Markup with every block delimiter left out: what a browser shows of it.
QString withoutDelimiters(const QString &markup);

/// The names of a list of blocks, for comparisons: "core/heading core/list".
QString blockNames(const QList<ParsedBlock> &blocks);

} // namespace quorum
