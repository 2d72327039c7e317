// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlechecks.h"

#include <QWidget>

class QLabel;
class QMenu;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace quorum {

class ArticleDocument;

/// What is wrong with the article, live: the findings of checkArticle() with their severity,
/// message and place, run again after every change. A click on a finding asks to go there;
/// a check can be switched off (and on again) for this article, and the stance tolerance set.
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(ArticleDocument *document, QWidget *parent = nullptr);

    /// The findings shown, in the order shown.
    QList<CheckFinding> findings() const { return m_findings; }
    /// The list of findings (one row each; the finding's index is the row).
    QTreeWidget *list() const { return m_list; }
    /// The menu of every check, checked when it is on for this article; toggling one switches it.
    QMenu *checksMenu() const;

    /// Runs the checks now. They also run by themselves after each change of the document,
    /// once per turn of the event loop however many signals the change sent.
    void refresh();

signals:
    /// The user clicked or activated a finding: show `location` (select it in its editor).
    void locationActivated(const TextLocation &location);
    /// The checks ran; for a status bar or a badge on the panel's title.
    void findingsChanged(int errors, int warnings, int infos);

private:
    void scheduleRefresh();
    void activate(QTreeWidgetItem *item);
    void showContextMenu(const QPoint &position);
    void rebuildChecksMenu();

    ArticleDocument *m_document;
    QLabel *m_summary;
    QToolButton *m_checksButton;
    QSpinBox *m_tolerance;
    QTreeWidget *m_list;
    QTimer *m_timer;
    QList<CheckFinding> m_findings;
};

} // namespace quorum
