// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commentanchoring.h"

#include "commentspanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

bool isVoiceField(TextField field)
{
    return field >= TextField::VoiceQuote;
}

CommentAnchor anchorFor(qsizetype start, qsizetype length, const QString &selected,
                        const CommentTarget &target)
{
    CommentAnchor anchor;
    if (length > 0) {
        anchor.kind = CommentAnchor::Kind::Text;
        anchor.field = target.field;
        anchor.index = target.index;
        anchor.start = start;
        anchor.length = length;
        anchor.quote = selected;
    } else if (isVoiceField(target.field)) {
        anchor.kind = CommentAnchor::Kind::Voice;
        anchor.index = target.index;
    }
    return anchor;
}

template<typename Edit>
void install(Edit *edit, CommentsPanel *panel, std::function<CommentTarget()> target)
{
    edit->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(edit, &QWidget::customContextMenuRequested, edit,
                     [edit, panel, target = std::move(target)](const QPoint &position) {
                         QMenu *menu = edit->createStandardContextMenu();
                         menu->setAttribute(Qt::WA_DeleteOnClose);
                         menu->setObjectName(u"commentContextMenu"_s);
                         menu->addSeparator();
                         addCommentAction(menu, panel, edit, target());
                         menu->popup(edit->mapToGlobal(position));
                     });
}

} // namespace

CommentAnchor anchorForSelection(const QPlainTextEdit *edit, const CommentTarget &target)
{
    const QTextCursor cursor = edit->textCursor();
    // Plain text: document positions are QString positions of toPlainText(), with a block
    // separator for each line break, which the selection text turns back into '\n'.
    QString selected = cursor.selectedText();
    selected.replace(QChar::ParagraphSeparator, u'\n');
    return anchorFor(cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(),
                     selected, target);
}

CommentAnchor anchorForSelection(const QLineEdit *edit, const CommentTarget &target)
{
    return anchorFor(edit->selectionStart(), edit->selectedText().size(), edit->selectedText(),
                     target);
}

CommentAnchor anchorForWidget(const QWidget *widget, const CommentTarget &target)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return anchorForSelection(plain, target);
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return anchorForSelection(line, target);
    return anchorFor(0, 0, {}, target);
}

QAction *addCommentAction(QMenu *menu, CommentsPanel *panel, const QWidget *widget,
                          const CommentTarget &target)
{
    const CommentAnchor anchor = anchorForWidget(widget, target);
    QAction *action =
        menu->addAction(QCoreApplication::translate("quorum::CommentAnchoring", "Add Co&mment…"));
    action->setObjectName(u"addComment"_s);
    action->setShortcut(addCommentShortcut());
    action->setEnabled(!target.sectionId.isEmpty());
    QObject::connect(action, &QAction::triggered, panel,
                     [panel, target, anchor] { panel->beginComment(target.sectionId, anchor); });
    return action;
}

void installCommentContextMenu(QPlainTextEdit *edit, CommentsPanel *panel,
                               std::function<CommentTarget()> target)
{
    install(edit, panel, std::move(target));
}

void installCommentContextMenu(QLineEdit *edit, CommentsPanel *panel,
                               std::function<CommentTarget()> target)
{
    install(edit, panel, std::move(target));
}

QKeySequence addCommentShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M);
}

} // namespace quorum
