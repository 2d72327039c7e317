// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "markdownspans.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QUndoStack>

class QMenu;

namespace quorum {

class KeptLineGuard;
class MarkdownHighlighter;
class SpellChecker;

/// The Markdown text editor used wherever an article holds Markdown: highlighting as
/// cmark-gfm reads the text, misspelled words underlined (suggestions and "Add to
/// Dictionary" in the context menu), Ctrl+B, Ctrl+I and Ctrl+K for bold, italic and link.
/// Tab moves the focus on, so that keyboard users can leave the field. A kept block's line
/// (see KeptBlockLine) shows as a card with the block's name and the start of its text, and is
/// edited only as a whole (see KeptLineGuard).
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);
    ~MarkdownEdit() override;

    /// The article language (BCP 47, "en", "nb"): chooses the spelling dictionary.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// The text as Markdown: lines joined by \n, no-break spaces kept (toPlainText() turns
    /// them into spaces).
    QString markdown() const;

    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    SpellChecker *spellChecker() const { return m_spelling; }

    /// The history that Undo and Redo in the context menu act on (the article's, when the
    /// field's own history is turned off); null keeps the widget's own entries.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }

    /// The context menu for `position` (viewport coordinates): for a misspelled word there,
    /// its suggestions and "Add to Dictionary" come first, then the usual editing entries.
    /// The caller owns the menu.
    QMenu *createContextMenu(const QPoint &position);

public slots:
    /// Wraps the selection in ** (or inserts **** around the cursor); unwraps when the
    /// selection or cursor is already in strong text.
    void toggleBold();
    /// The same with * for emphasis.
    void toggleItalic();
    /// Makes the selection (or the word at the cursor) the text of a link, `[text](https://)`,
    /// and selects the address to type over; inside a link, turns it back into its text.
    void toggleLink();

signals:
    /// The context menu is about to open: listeners may add entries (Add Comment).
    void contextMenuAboutToShow(QMenu *menu);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void toggleDelimited(MarkdownSpanKind kind, const QString &marker);
    /// Replaces [start, end) with `text` as one edit and selects [selectStart, selectEnd)
    /// of the result.
    void replace(qsizetype start, qsizetype end, const QString &text, qsizetype selectStart,
                 qsizetype selectEnd);

    QString m_language;
    SpellChecker *m_spelling;
    MarkdownHighlighter *m_highlighter;
    KeptLineGuard *m_kept;
    QPointer<QUndoStack> m_undoStack;
};

} // namespace quorum
