// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlecommands.h"
#include "articledocument.h"
#include "imagepaths.h"

#include <QSignalBlocker>

#include <functional>

namespace quorum {

// Image paths are relative to the file, so a save into another folder rewrites them. Not as
// an undo step: the writer changed nothing, a save that leaves the article modified would be a
// lie, and undoing the step would only break the images. The whole history moves instead, so
// that undo and redo still bring back each of the writer's own edits, with images that show.
void ArticleDocument::moveImages(ImagePathMove *move)
{
    QList<QUndoCommand *> steps; // in the order they were done, the steps of macros included
    std::function<void(const QUndoCommand *)> collect = [&](const QUndoCommand *command) {
        if (command->childCount() == 0)
            steps.append(const_cast<QUndoCommand *>(command)); // the stack owns it, as we do
        for (int i = 0; i < command->childCount(); ++i)
            collect(command->child(i));
    };
    qsizetype done = 0;
    for (int i = 0; i < m_undoStack.count(); ++i) {
        collect(m_undoStack.command(i));
        if (i + 1 == m_undoStack.index())
            done = steps.size();
    }
    // The article around every step, found by running the steps themselves unseen.
    QList<Article> states(steps.size() + 1);
    const Article current = m_article;
    {
        const QSignalBlocker unseen(this);
        states[done] = current;
        for (qsizetype k = done; k-- > 0;) {
            steps.at(k)->undo();
            states[k] = m_article;
        }
        for (qsizetype k = 0; k < steps.size(); ++k) {
            steps.at(k)->redo();
            states[k + 1] = m_article;
        }
        for (qsizetype k = steps.size(); k-- > done;)
            steps.at(k)->undo();
        m_article = current;
    }
    for (Article &state : states)
        state = move->apply(state);
    for (qsizetype k = 0; k < steps.size(); ++k) {
        if (auto *command = dynamic_cast<ArticleCommand *>(steps.at(k)))
            command->takeStates(states.at(k), states.at(k + 1));
    }
    const Article &moved = states.at(done);
    applyContent(moved.meta, moved.sections, moved.comments);
    if (moved.review != m_article.review) {
        m_article.review = moved.review;
        emit revisionsChanged();
    }
}

} // namespace quorum
