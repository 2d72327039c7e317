// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace quorum {

class ArticleDocument;

/// The review comments of the article, each with its thread: filter open or resolved ones,
/// write a new one, reply, resolve or reopen, delete, and go to what a comment is on.
/// Comments are written by `userName()` (the window sets it from the settings).
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        Open,
        Resolved,
        All
    };

    explicit CommentsPanel(ArticleDocument *document, QWidget *parent = nullptr);

    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    Filter filter() const;
    void setFilter(Filter filter);

    /// The section "New Comment" comments on (the one being edited); empty disables it.
    void setCurrentSection(const QString &sectionId);

    /// Starts a comment on `anchor` in section `sectionId`: shows what it will be on above an
    /// empty text box and focuses it. "Add Comment" (or Ctrl+Return) adds it; Escape cancels.
    void beginComment(const QString &sectionId, const CommentAnchor &anchor);
    /// True while a comment is being written.
    bool isComposing() const;

    /// The comment selected in the list, or empty.
    QString currentCommentId() const;
    /// Selects comment `id` when the filter shows it.
    void selectComment(const QString &id);
    /// The list: one top-level item a comment (its id in Qt::UserRole), its replies below it.
    QTreeWidget *list() const { return m_list; }

signals:
    /// The user clicked or activated a comment: show what it is on.
    void locationActivated(const TextLocation &location);

private:
    void rebuild();
    void updateButtons();
    void addComposed();
    void cancelComposing();
    void reply();
    void toggleResolved();
    void removeCurrent();
    void activate(QTreeWidgetItem *item);
    const ReviewComment *currentComment() const;
    /// "“quoted words” in Heading", for the list and the composer.
    QString anchorText(const QString &sectionId, const CommentAnchor &anchor, bool detached) const;

    ArticleDocument *m_document;
    QString m_userName;
    QString m_currentSection;
    QComboBox *m_filter;
    QPushButton *m_newButton;
    QTreeWidget *m_list;
    QWidget *m_composer;
    QLabel *m_composerTarget;
    QPlainTextEdit *m_composerText;
    QLineEdit *m_replyText;
    QPushButton *m_replyButton;
    QPushButton *m_resolveButton;
    QPushButton *m_deleteButton;
    QString m_composeSection;
    CommentAnchor m_composeAnchor;
};

} // namespace quorum
