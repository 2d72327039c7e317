// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QtGlobal>

class QLineEdit;
class QPlainTextEdit;
class QString;

namespace quorum {

// Showing a field's text as it now is in the document (after an undo, or an edit made
// elsewhere) without disturbing the writer: nothing happens when the text is already there,
// no edit signal is emitted, and the cursor stays where it was (clamped to the new length).

void showLineText(QLineEdit *edit, const QString &text);
void showPlainText(QPlainTextEdit *edit, const QString &text);

/// Focuses `edit` and selects `start`..`start + length` in it (all of it when `start` is -1).
void revealInLineEdit(QLineEdit *edit, qsizetype start, qsizetype length);
/// Focuses `edit` and selects `start`..`start + length` in it (all of it when `start` is -1;
/// a cursor at `start` when `length` is 0), scrolled into view.
void revealInPlainTextEdit(QPlainTextEdit *edit, qsizetype start, qsizetype length);

} // namespace quorum
