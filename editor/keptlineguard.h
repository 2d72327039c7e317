// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "keptblock.h"

#include <QObject>
#include <QTextBlock>

#include <optional>
#include <utility>

class QDropEvent;
class QKeyEvent;
class QMenu;
class QPlainTextEdit;
class QTextDocument;

namespace quorum {

/// A kept block's line (see KeptBlockLine) as a block of a QTextDocument.
struct KeptLineBlock
{
    QTextBlock block;
    KeptBlockLine line;

    int start() const { return block.position(); }
    /// Where its text ends, before the line break.
    int end() const { return block.position() + block.length() - 1; }
};

/// The kept line that `block` is, if it is one.
std::optional<KeptLineBlock> keptLineOf(const QTextBlock &block);

/// True when replacing [start, end) of `document` with `text` leaves every kept line it meets
/// whole on a line of its own (or takes it out whole), and puts any kept line in `text` on a
/// line of its own.
bool keepsKeptLines(const QTextDocument *document, int start, int end, QStringView text);

/// [start, end) widened so that deleting it deletes the kept lines it cuts into whole (a range
/// inside one kept line becomes that line with its line break), and narrowed by a line break
/// where deleting it would join a kept line to the line before or after it.
std::pair<int, int> widenedOverKeptLines(const QTextDocument *document, int start, int end);

/// Makes each kept line of a QPlainTextEdit one piece: the cursor stands before or after it,
/// never inside (Left and Right step over it); typing, pasting, dropping or an input
/// method's text into it is refused (the cursor goes to its end and a tooltip says why), a
/// deletion or cut that covers part of it takes all of it, Backspace after it and Delete before
/// or on it remove the line, and Alt+Up and Alt+Down move it past the neighbouring Markdown
/// block. Each is one edit of the document, so one undo step. The editor calls it from its
/// event handlers (it needs them before QPlainTextEdit acts).
class KeptLineGuard : public QObject
{
    Q_OBJECT

public:
    explicit KeptLineGuard(QPlainTextEdit *edit);

    /// Acts on a key press that concerns a kept line: true when it was dealt with here; false
    /// leaves it to the editor (with the selection widened over kept lines first, if need be).
    bool keyPress(QKeyEvent *event);
    /// True for the keys that keyPress() handles even where a window shortcut uses them
    /// (Alt+Up and Alt+Down with the cursor on a kept line).
    bool claimsShortcut(const QKeyEvent *event) const;
    /// Before `text` replaces the selection (paste, drop, input method): widens the selection
    /// over the kept lines it cuts into and returns true, or returns false and says why when
    /// the text would still break one. `tell` false refuses silently.
    bool allowInsertion(const QString &text, bool tell = true);
    /// True when replacing [start, end) with `text` keeps every kept line whole; otherwise
    /// false, and the writer is told why (formatting shortcuts, spelling corrections).
    bool allowReplacement(int start, int end, const QString &text);
    /// True when `event` may drop its text where it points.
    bool allowsDrop(const QDropEvent *event) const;
    /// Widens the selection over the kept lines it cuts into; false when nothing is left to
    /// delete.
    bool widenSelection();

    /// Removes the kept line of block `blockNumber` with its line break, as one edit.
    bool removeLine(int blockNumber);
    /// Moves the kept line of block `blockNumber` past the Markdown block above (`up`) or below,
    /// as one edit, with the cursor at its end.
    bool moveLine(int blockNumber, bool up);

    /// What the kept line under `viewportPosition` is, as a tooltip; empty elsewhere.
    QString toolTipAt(const QPoint &viewportPosition) const;
    /// Adds the entries for the kept line at `viewportPosition` (Delete Kept Block, Move Up,
    /// Move Down) and makes the menu's Cut and Delete take kept lines whole.
    void extendContextMenu(QMenu *menu, const QPoint &viewportPosition);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<KeptLineBlock> keptLineAtCursor() const;
    /// Replaces [start, end) as one edit and puts the cursor at `cursorAt`.
    void replace(int start, int end, const QString &text, int cursorAt);
    /// Says why an edit of [start, end) was refused, with the cursor after the kept line there.
    void refuse(int start, int end);
    /// Keeps the cursor out of kept lines, and repaints the cards when it comes onto one or
    /// leaves it.
    void followCursor();

    QPlainTextEdit *m_edit;
    bool m_onKeptLine = false;
    int m_lastPosition = 0;
};

} // namespace quorum
