// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commentmarks.h"

#include "reviewcolors.h"

#include <QPlainTextEdit>
#include <QTextBlock>

namespace quorum {

namespace {

bool marks(const ReviewComment &comment, const QString &sectionId, TextField field, int index)
{
    return !comment.resolved && !comment.detached && comment.sectionId == sectionId &&
           comment.anchor.kind == CommentAnchor::Kind::Text && comment.anchor.field == field &&
           comment.anchor.index == index && comment.anchor.length > 0;
}

} // namespace

QList<QTextEdit::ExtraSelection> commentSelections(const Article &article, const QString &sectionId,
                                                   TextField field, int index,
                                                   const QPlainTextEdit *edit)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *document = edit->document();
    const int end = document->characterCount() - 1; // without the final paragraph separator
    QTextCharFormat format;
    format.setBackground(commentMarkBackground(edit->palette()));
    format.setForeground(edit->palette().color(QPalette::Text));
    for (const ReviewComment &comment : article.comments) {
        if (!marks(comment, sectionId, field, index))
            continue;
        const qsizetype start = comment.anchor.start;
        const qsizetype stop = start + comment.anchor.length;
        if (start < 0 || stop > end)
            continue;
        QTextCursor cursor(document);
        cursor.setPosition(int(start));
        cursor.setPosition(int(stop), QTextCursor::KeepAnchor);
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursor;
        selection.format = format;
        selection.format.setToolTip(comment.text);
        selections.append(selection);
    }
    return selections;
}

QList<ReviewComment> commentsAt(const Article &article, const QString &sectionId, TextField field,
                                int index, qsizetype position)
{
    QList<ReviewComment> found;
    for (const ReviewComment &comment : article.comments) {
        if (marks(comment, sectionId, field, index) && position >= comment.anchor.start &&
            position <= comment.anchor.start + comment.anchor.length)
            found.append(comment);
    }
    return found;
}

} // namespace quorum
