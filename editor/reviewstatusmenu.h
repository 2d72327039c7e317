// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QMenu>

class QActionGroup;

namespace quorum {

class ArticleDocument;

/// "Review Status": one checkable action a status (Published is set by publishing and cannot
/// be chosen), then the history of changes, newest first. Choosing a status records it with
/// `userName()` and the time, as one undo step.
class ReviewStatusMenu : public QMenu
{
    Q_OBJECT

public:
    explicit ReviewStatusMenu(ArticleDocument *document, QWidget *parent = nullptr);

    void setUserName(const QString &name) { m_userName = name; }
    QString userName() const { return m_userName; }

    /// The action of `status` (its object name is the status key, e.g. "in-review").
    QAction *actionFor(ReviewStatus status) const;
    /// The submenu listing the status history.
    QMenu *historyMenu() const { return m_history; }

private:
    void follow();
    void rebuildHistory();

    ArticleDocument *m_document;
    QString m_userName;
    QActionGroup *m_group;
    QMenu *m_history;
};

} // namespace quorum
