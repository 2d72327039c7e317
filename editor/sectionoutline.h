// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QListView>

class QMenu;

namespace quorum {

class ArticleDocument;
class SectionOutlineModel;

/// The article's parts in order: "Article details" first, then every section with its kind
/// icon and heading. Picking a row reports it (sectionSelected); the section actions add,
/// rename, duplicate, delete and move sections through the document, each one undo step; a
/// row dragged and dropped between others moves too. The selection follows the document:
/// a section that is added or comes back (undo of a delete) is selected, a deleted one hands
/// the selection to the section that takes its place, and a new article selects the details.
///
/// Shortcuts: Ctrl+Shift+N (add) and Ctrl+Shift+Del (delete) work anywhere in the window;
/// F2, Ctrl+D, Alt+Up, Alt+Down and Delete only while the outline has focus, so that they
/// never take keys from a text field.
class SectionOutline : public QListView
{
    Q_OBJECT

public:
    explicit SectionOutline(ArticleDocument *document, QWidget *parent = nullptr);

    /// The id of the selected section; empty when the article details (or nothing) is selected.
    QString currentSectionId() const;

    /// Shows `count` (review comments) at the right of the section's row; 0 hides it.
    void setSectionBadge(const QString &id, int count);

    SectionOutlineModel *outlineModel() const { return m_model; }

    // ---- actions, for the window's Section menu; each acts on the selected section ----

    /// "Add Section" (Ctrl+Shift+N, window-wide): opens addSectionMenu() at the selected row.
    /// It carries that menu, so that a menu shows it as a submenu.
    QAction *addSectionAction() const { return m_add; }
    /// One action per kind of section; each adds a section of its kind after the selected
    /// one (at the end when the details are selected) and selects it.
    QMenu *addSectionMenu() const { return m_addMenu; }
    QAction *renameAction() const { return m_rename; }       ///< F2: edits the heading in place
    QAction *duplicateAction() const { return m_duplicate; } ///< Ctrl+D: a copy after it
    QAction *deleteAction() const { return m_delete; }     ///< Ctrl+Shift+Del (window), Delete here
    QAction *moveUpAction() const { return m_moveUp; }     ///< Alt+Up
    QAction *moveDownAction() const { return m_moveDown; } ///< Alt+Down
    /// Every action above in menu order, separators included (as separator actions).
    QList<QAction *> sectionActions() const;

    /// Adds a section of `kind` after the selected one (at the end when the details are
    /// selected) and selects it.
    void addSection(SectionKind kind);

public slots:
    /// Selects the section with `id`, or the article details for an empty id; an unknown id
    /// changes nothing.
    void selectSection(const QString &id);

signals:
    /// The selection moved to section `id`, or to the article details (empty `id`): by the
    /// user or because the document changed. Not emitted when the same part stays selected.
    void sectionSelected(const QString &id);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateActions();
    void currentRowChanged();
    void restoreSelection();
    void moveCurrent(int delta);
    void duplicateCurrent();
    void popUpAddMenu();
    QPoint menuPosition() const;

    ArticleDocument *m_document;
    SectionOutlineModel *m_model;
    QString m_currentId;    ///< what sectionSelected last reported
    QStringList m_knownIds; ///< the section ids before the last change of structure
    bool m_articleReplaced = false;

    QMenu *m_addMenu = nullptr;
    QAction *m_add = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_separators[2] = {};
};

} // namespace quorum
