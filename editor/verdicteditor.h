// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "sectioneditor.h"
#include "stancerow.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace quorum {

class StanceBar;

/// The editor of a Verdict: a live bar of the split, a row per stance (colour, label, share,
/// remove), "Add stance", the choice to compute the shares from the article's forum voices,
/// and the Markdown below the split.
///
/// Shares typed by hand that do not add up to 100 raise a warning that says what they add up
/// to. Computed shares are the tally of every voice of the article (effectiveStances): they
/// are read-only here and follow any change to any Forum Voices section. Switching the
/// computation off keeps the tally as the hand-set shares, so nothing jumps.
///
/// A share typed in a spin box shows in the bar at once and becomes one undo step when the
/// writer presses Enter or leaves the box (the arrows and the wheel step at once). So does a
/// label: renaming a stance renames it in every voice that takes it
/// (ArticleDocument::renameStance); a label another stance has, or none, is refused with a
/// note under the rows, and the stance keeps its label. Undo in a label being typed takes
/// the typing back before it undoes anything of the document.
class VerdictEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit VerdictEditor(ArticleDocument *document, QWidget *parent = nullptr);

    MarkdownEdit *markdownEdit() const override { return m_markdown; }
    bool revealText(const TextLocation &location) override;

    StanceBar *stanceBar() const { return m_bar; }
    QCheckBox *fromVoicesBox() const { return m_fromVoices; }
    QPushButton *addButton() const { return m_add; }
    /// The warning about hand-set shares; shown only when they do not add up to 100.
    QLabel *warningLabel() const { return m_warning; }
    /// Why a label typed for a stance was refused; shown only then.
    QLabel *labelNote() const { return m_labelNote; }
    /// What the computed shares are based on ("Tallied from 5 voices."); shown when computing.
    QLabel *tallyLabel() const { return m_tally; }
    int stanceCount() const { return int(m_rows.size()); }
    QLineEdit *labelEdit(int index) const;
    QSpinBox *shareBox(int index) const;
    QToolButton *removeButton(int index) const;

protected:
    void refreshBody(const Section &section) override;
    void clearBody() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setRowCount(int count);
    int rowOf(const QObject *object) const;
    /// Shows the bar, the warning and the tally for `section` as stored.
    void showShares(const Section &section);
    /// Shows the bar and the warning for the labels and shares as typed so far (not yet
    /// committed).
    void previewStances();
    /// Renames stance `index` to the label typed for it, or says why it cannot.
    void renameStance(int index);
    /// Shows stance `index`'s label again in place of one typed but not entered; false when
    /// nothing was typed.
    bool takeBackTypedLabel(int index);
    void showWarning(const QList<Stance> &stances);
    void paintSwatches();
    /// Commits `edited` as one undo step and shows it, with the focus on `focus`.
    void restructure(const Section &edited, QWidget *focus);
    void chainTabOrder();

    StanceBar *m_bar;
    QCheckBox *m_fromVoices;
    QLabel *m_tally;
    QWidget *m_rowsWidget;
    QLabel *m_labelNote;
    QPushButton *m_add;
    QWidget *m_warningRow;
    QLabel *m_warningIcon;
    QLabel *m_warning;
    MarkdownEdit *m_markdown;
    QList<StanceRow> m_rows;
};

} // namespace quorum
