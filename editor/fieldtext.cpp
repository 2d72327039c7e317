// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fieldtext.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace quorum {

void showLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(qMin(position, int(text.size())));
}

void showPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const QSignalBlocker blocker(edit);
    const int position = edit->textCursor().position();
    const int scroll = edit->verticalScrollBar()->value();
    edit->setPlainText(text);
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    edit->setTextCursor(cursor);
    edit->verticalScrollBar()->setValue(scroll);
}

void revealInLineEdit(QLineEdit *edit, qsizetype start, qsizetype length)
{
    edit->setFocus(Qt::OtherFocusReason);
    if (start < 0)
        edit->selectAll();
    else
        edit->setSelection(int(start), int(length));
}

void revealInPlainTextEdit(QPlainTextEdit *edit, qsizetype start, qsizetype length)
{
    QTextCursor cursor = edit->textCursor();
    const qsizetype size = edit->toPlainText().size();
    if (start < 0) {
        cursor.select(QTextCursor::Document);
    } else {
        cursor.setPosition(int(qMin(start, size)));
        cursor.setPosition(int(qMin(start + length, size)), QTextCursor::KeepAnchor);
    }
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
    edit->setFocus(Qt::OtherFocusReason);
}

} // namespace quorum
