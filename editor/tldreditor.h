// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "sectioneditor.h"

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace quorum {

/// The editor of a TL;DR: a field per bullet, as tall as its text wraps to. Enter splits the
/// bullet at the cursor (at the end: a new empty bullet follows), Backspace on an empty bullet
/// removes it and at the start of one joins it to the one above, Delete at the end joins the
/// next one, Up and Down go on into the bullet above or below, Alt+Up and Alt+Down (or
/// dragging the grip) move the bullet. Typing is sent as mergeable edits, everything else as
/// undo steps of its own. A bullet is one paragraph: pasted line breaks become spaces.
class TlDrEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit TlDrEditor(ArticleDocument *document, QWidget *parent = nullptr);

    bool revealText(const TextLocation &location) override;

    /// The bullets shown, and the field of bullet `index` (nullptr when there is none).
    int bulletCount() const { return int(m_rows.size()); }
    QPlainTextEdit *bulletEdit(int index) const;
    /// The grip that drags bullet `index` and the button that removes it.
    QWidget *dragGrip(int index) const;
    QToolButton *removeButton(int index) const;
    QPushButton *addButton() const { return m_add; }

protected:
    void refreshBody(const Section &section) override;
    void clearBody() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget;
        QLabel *grip;
        QPlainTextEdit *edit;
        QToolButton *remove;
    };

    void setRowCount(int count);
    void bulletEdited(QPlainTextEdit *edit);
    int rowOf(const QObject *object) const;
    bool handleKey(int index, QKeyEvent *event);
    bool handleDrag(int index, QEvent *event);
    /// Commits `bullets` as one undo step, shows them and puts the cursor in bullet `focus` at
    /// `position` (-1: the end).
    void restructure(const QStringList &bullets, int focus, int position);
    void focusBullet(int index, int position);
    /// Focuses bullet `index` with the cursor nearest to `x` on its first or last line.
    void focusBulletAt(int index, int x, bool lastLine);
    /// Where a dragged bullet would land for a pointer at `y` in the rows' coordinates: the
    /// gap before row n (n = bulletCount() for after the last).
    int dropGap(int y) const;

    QWidget *m_rowsWidget;
    QVBoxLayout *m_rowsLayout;
    QFrame *m_dropMarker;
    QPushButton *m_add;
    QList<Row> m_rows;
    int m_dragFrom = -1;
};

} // namespace quorum
