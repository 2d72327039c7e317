// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "blockgrammar.h"

#include <QList>
#include <QString>

namespace quorum::test {

using quorum::blockNames;
using quorum::ParsedBlock;

/// Rendered content as WordPress's block parser reads it, for tests that check it parses into
/// blocks: the blocks, and apart from them the HTML outside any block.
struct BlockParse
{
    bool ok = false;
    QString error;
    QList<ParsedBlock> blocks; ///< blocks only: HTML outside them is in `freeform`
    /// Non-blank text outside any block: what WordPress would turn into core/freeform.
    QString freeform;
};

/// Quorum's block grammar (parseBlockMarkup), with the HTML outside blocks set apart.
BlockParse parseBlocks(const QString &markup);

} // namespace quorum::test
