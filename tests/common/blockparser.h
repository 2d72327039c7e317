// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace quorum::test {

/// A block as WordPress's block parser reads it from post content.
struct ParsedBlock
{
    QString name; ///< with its namespace: "core/paragraph"
    QJsonObject attributes;
    QString innerHtml; ///< the block's own HTML, inner blocks left out
    QList<ParsedBlock> innerBlocks;
};

struct BlockParse
{
    bool ok = false;
    QString error;
    QList<ParsedBlock> blocks;
    /// Non-blank text outside any block: what WordPress would turn into core/freeform.
    QString freeform;
};

/// Parses Gutenberg block markup the way WordPress's parse_blocks() does (delimiters,
/// attributes, nesting), for tests that check rendered content parses back into blocks.
BlockParse parseBlocks(const QString &markup);

/// The names of a list of blocks, for comparisons: "core/heading core/list".
QString blockNames(const QList<ParsedBlock> &blocks);

} // namespace quorum::test
