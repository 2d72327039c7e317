// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "growingtextedit.h"

#include <QTextBlock>
#include <QTextLayout>

namespace quorum {

GrowingTextEdit::GrowingTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QPlainTextEdit::textChanged, this, &GrowingTextEdit::fitHeight);
    fitHeight();
}

void GrowingTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event); // lays the text out again at the new width
    fitHeight();
}

void GrowingTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void GrowingTextEdit::fitHeight()
{
    // The plain text layout lays blocks out lazily, when they are painted: lay them out now
    // to count their lines at the current width.
    auto *layout = qobject_cast<QPlainTextDocumentLayout *>(document()->documentLayout());
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (layout)
            layout->ensureBlockLayout(block);
        lines += qMax(1, block.layout() ? block.layout()->lineCount() : 1);
    }
    const QMargins margins = contentsMargins();
    setFixedHeight(qMax(1, lines) * fontMetrics().lineSpacing() +
                   2 * int(document()->documentMargin()) + margins.top() + margins.bottom());
}

} // namespace quorum
