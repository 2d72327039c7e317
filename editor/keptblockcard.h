// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "keptblock.h"

#include <QCoreApplication>
#include <QString>

class QFont;
class QPainter;
class QPalette;
class QRectF;

namespace quorum {

/// How the Markdown editor shows a kept block's line: a card with the block's name and the
/// start of its text instead of the HTML comment, and what it says about the block.
class KeptBlockCard
{
    Q_DECLARE_TR_FUNCTIONS(quorum::KeptBlockCard)

public:
    enum class State
    {
        Normal,
        CursorBefore, ///< the cursor is at the start of the line (and the editor has focus)
        CursorAfter,  ///< the cursor is at its end
        Selected      ///< the selection covers the line, or part of it
    };

    /// The name a writer knows a block by: "Columns" for core/columns, "Custom HTML" for
    /// core/html, "Classic" for HTML outside any block; another plugin's block by its own name
    /// and the plugin's ("Pricing table (acme)").
    static QString title(const QString &blockName);
    /// The card's tooltip: what the block is and what can be done with it.
    static QString toolTip(const KeptBlockLine &line);
    /// Why typing into the line was refused.
    static QString refusal(const KeptBlockLine &line);

    /// Paints the card of `line` over `rect` (the line's place in the editor, all of which it
    /// covers), in the colours of `palette` so that it reads in light and dark themes; `font`
    /// is the editor's. The cursor shows as a bar on the side of the card where it stands.
    static void paint(QPainter *painter, const QRectF &rect, const KeptBlockLine &line,
                      const QPalette &palette, const QFont &font, State state);
};

} // namespace quorum
