// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QObject>

class QDockWidget;
class QMenu;
class QWidget;

namespace quorum {

class ChecksPanel;
class CommentsPanel;
class MainWindow;
class MarkdownEdit;
class ReviewStatusMenu;
class RevisionsPanel;

/// The editor's side of the window: the Checks, Comments and Revisions docks, the Review menu
/// (status, Add Comment, revisions and comparisons), comment marks in the Markdown editors and
/// the open-comment count per section in the outline.
class ReviewDocks : public QObject
{
    Q_OBJECT

public:
    explicit ReviewDocks(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    ChecksPanel *checks() const { return m_checks; }
    CommentsPanel *comments() const { return m_comments; }
    RevisionsPanel *revisions() const { return m_revisions; }
    ReviewStatusMenu *statusMenu() const { return m_status; }
    QDockWidget *checksDock() const { return m_checksDock; }
    QDockWidget *commentsDock() const { return m_commentsDock; }
    QDockWidget *revisionsDock() const { return m_revisionsDock; }

    /// Signs comments, revisions and status changes with `name` from now on.
    void setUserName(const QString &name);
    /// Starts a comment on what has the focus in the section being edited (Ctrl+Alt+M).
    void addComment();
    /// Marks the commented text in the Markdown editor of the section being edited.
    void refreshMarks();

private:
    QDockWidget *dock(const QString &title, const QString &name, QWidget *panel);
    void createMenu();
    void refreshBadges();
    /// Offers "Add Comment" in `edit`'s context menu.
    void watchMarkdownEdit(MarkdownEdit *edit);

    MainWindow *m_window;
    ChecksPanel *m_checks;
    CommentsPanel *m_comments;
    RevisionsPanel *m_revisions;
    QDockWidget *m_checksDock;
    QDockWidget *m_commentsDock;
    QDockWidget *m_revisionsDock;
    ReviewStatusMenu *m_status;
    QMenu *m_menu;
};

} // namespace quorum
