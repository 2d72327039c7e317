// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QTextEdit>

class QPlainTextEdit;

namespace quorum {

/// Marks for the text the open comments are anchored to in one field (`field` with `index`
/// of section `sectionId`) shown by `edit`, which must show that field's text as it is: for
/// QPlainTextEdit::setExtraSelections (combine them with the edit's own selections, such as
/// its current-line mark). Resolved and detached comments are not marked; a span the edit's
/// text does not have (while it catches up with an edit) is skipped.
QList<QTextEdit::ExtraSelection> commentSelections(const Article &article, const QString &sectionId,
                                                   TextField field, int index,
                                                   const QPlainTextEdit *edit);

/// The open comments anchored to `field` (with `index`) of `sectionId` whose span covers
/// `position`, for a tooltip or "go to comment" at the cursor.
QList<ReviewComment> commentsAt(const Article &article, const QString &sectionId, TextField field,
                                int index, qsizetype position);

} // namespace quorum
