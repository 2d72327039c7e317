// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "reviewstatusmenu.h"

#include "articledocument.h"

#include <QActionGroup>
#include <QLocale>

namespace quorum {

ReviewStatusMenu::ReviewStatusMenu(ArticleDocument *document, QWidget *parent)
    : QMenu(tr("Review &Status"), parent)
    , m_document(document)
    , m_group(new QActionGroup(this))
    , m_history(new QMenu(tr("&History"), this))
{
    for (const ReviewStatus status : allReviewStatuses()) {
        QAction *action = addAction(reviewStatusName(status));
        action->setObjectName(reviewStatusKey(status));
        action->setCheckable(true);
        action->setData(int(status));
        m_group->addAction(action);
        if (status == ReviewStatus::Published) {
            action->setEnabled(false);
            action->setToolTip(tr("Set by publishing"));
            continue;
        }
        connect(action, &QAction::triggered, this,
                [this, status] { m_document->setReviewStatus(status, m_userName); });
    }
    addSeparator();
    addMenu(m_history);
    connect(m_history, &QMenu::aboutToShow, this, &ReviewStatusMenu::rebuildHistory);
    connect(document, &ArticleDocument::reviewStatusChanged, this, &ReviewStatusMenu::follow);
    connect(document, &ArticleDocument::articleReset, this, &ReviewStatusMenu::follow);
    follow();
}

QAction *ReviewStatusMenu::actionFor(ReviewStatus status) const
{
    for (QAction *action : m_group->actions()) {
        if (action->data().toInt() == int(status))
            return action;
    }
    return nullptr;
}

void ReviewStatusMenu::follow()
{
    if (QAction *action = actionFor(m_document->article().meta.reviewStatus))
        action->setChecked(true);
    rebuildHistory();
}

void ReviewStatusMenu::rebuildHistory()
{
    m_history->clear();
    const QList<StatusChange> &history = m_document->article().review.statusHistory;
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString when = QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat);
        QAction *entry = m_history->addAction(
            it->by.isEmpty() ? tr("%1 — %2").arg(reviewStatusName(it->status), when)
                             : tr("%1 — %2, %3").arg(reviewStatusName(it->status), it->by, when));
        entry->setEnabled(false);
    }
    m_history->setEnabled(!history.isEmpty());
}

} // namespace quorum
