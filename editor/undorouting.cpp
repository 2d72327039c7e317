// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "undorouting.h"

#include "articledocument.h"

#include <QKeyEvent>
#include <QPlainTextEdit>

namespace quorum {

namespace {
/// Widgets keep their own undo history and claim the Undo and Redo keys for it (through
/// ShortcutOverride). This filter claims the keys too, and then hands them to the document.
class UndoRouter : public QObject
{
public:
    UndoRouter(ArticleDocument *document, QObject *parent)
        : QObject(parent)
        , m_document(document)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (!undo && !redo)
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // deliver it to us as a key press, not to the window's shortcut
            return true;
        }
        if (undo)
            m_document->undoStack()->undo();
        else
            m_document->undoStack()->redo();
        return true;
    }

private:
    ArticleDocument *m_document;
};
} // namespace

void routeUndoToDocument(QWidget *edit, ArticleDocument *document)
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(edit))
        text->setUndoRedoEnabled(false);
    edit->installEventFilter(new UndoRouter(document, edit));
}

} // namespace quorum
