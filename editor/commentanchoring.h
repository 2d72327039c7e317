// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QKeySequence>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QWidget;

namespace quorum {

class CommentsPanel;

/// Which field of which section a text widget shows, so that its selection can be anchored.
struct CommentTarget
{
    QString sectionId; ///< empty: the widget shows nothing commentable
    TextField field = TextField::Markdown;
    int index = 0; ///< the bullet, stance or voice

    bool operator==(const CommentTarget &) const = default;
};

/// The anchor for the selection in a widget showing `target`'s field: the selected span; with
/// nothing selected, the voice for a voice's field and the whole section otherwise.
CommentAnchor anchorForSelection(const QPlainTextEdit *edit, const CommentTarget &target);
CommentAnchor anchorForSelection(const QLineEdit *edit, const CommentTarget &target);
/// The same for whichever of the two `widget` is (a section anchor for anything else).
CommentAnchor anchorForWidget(const QWidget *widget, const CommentTarget &target);

/// Adds "Add Comment…" (showing Ctrl+Alt+M) to `menu`: it starts a comment in `panel` on the
/// selection of `widget` as it is when the menu opens. For editors that build their own
/// context menu (spelling suggestions): call it from their contextMenuEvent.
QAction *addCommentAction(QMenu *menu, CommentsPanel *panel, const QWidget *widget,
                          const CommentTarget &target);

/// Gives `edit` a context menu of its standard actions plus "Add Comment…" (see
/// addCommentAction); `target` says, when the menu opens, what the edit shows. For editors
/// without a context menu of their own.
void installCommentContextMenu(QPlainTextEdit *edit, CommentsPanel *panel,
                               std::function<CommentTarget()> target);
void installCommentContextMenu(QLineEdit *edit, CommentsPanel *panel,
                               std::function<CommentTarget()> target);

/// The shortcut of "Add Comment": Ctrl+Alt+M.
QKeySequence addCommentShortcut();

} // namespace quorum
