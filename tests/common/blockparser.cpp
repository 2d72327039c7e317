// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"

namespace quorum::test {

BlockParse parseBlocks(const QString &markup)
{
    const quorum::BlockParse parse = parseBlockMarkup(markup);
    BlockParse result{parse.ok, parse.error, {}, {}};
    for (const ParsedBlock &block : parse.blocks) {
        if (block.isFreeform())
            result.freeform += block.innerHtml;
        else
            result.blocks.append(block);
    }
    return result;
}

} // namespace quorum::test
