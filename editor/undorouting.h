// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

class QWidget;

namespace quorum {

class ArticleDocument;

/// Makes Undo and Redo in `edit` (a QLineEdit, QPlainTextEdit, QSpinBox...) undo and redo the
/// document instead of the widget's private history, so that one history covers every field
/// and survives switching sections. Turns off a QPlainTextEdit's own undo stack.
void routeUndoToDocument(QWidget *edit, ArticleDocument *document);

} // namespace quorum
