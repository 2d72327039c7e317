// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlemerge.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace quorum {

class DiffView;

/// Settles the conflicts of an update from the site, one by one: the list on the left names
/// what both sides changed; on the right, what the site's version changed against this one,
/// word by word (the diff view of Compare with Published). For each, the writer keeps this
/// version, takes the site's, or edits the text of a section into a version of their own.
/// Apply is enabled once every conflict is settled; Cancel changes nothing.
class MergeConflictDialog : public QDialog
{
    Q_OBJECT

public:
    MergeConflictDialog(const ArticleMerge &merge, QWidget *parent = nullptr);

    /// After Apply: the merge with every conflict settled as chosen.
    ArticleMerge resolved() const;

    /// Settles the current conflict (tests and the buttons).
    void keepMine();
    void takeSites();
    /// Settles the current section conflict with `section`, the writer's own version.
    void useEdited(const Section &section);
    void setCurrent(int row);

private:
    /// How a conflict was settled.
    struct Choice
    {
        MergeSide side = MergeSide::Local;
        std::optional<Section> edited;
    };

    void showCurrent();
    void settle(const Choice &choice);
    void editSection();
    void updateRow(int row);

    ArticleMerge m_merge;
    QStringList m_lines; ///< what each conflict is, as the list names it before it is settled
    QList<std::optional<Choice>> m_choices; ///< one per conflict of m_merge, in its order
    QListWidget *m_list;
    QLabel *m_explanation;
    DiffView *m_diff;
    QPushButton *m_mine;
    QPushButton *m_sites;
    QPushButton *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace quorum
