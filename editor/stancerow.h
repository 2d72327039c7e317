// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

class QLabel;
class QLineEdit;
class QPalette;
class QSpinBox;
class QToolButton;
class QWidget;

namespace quorum {

/// The widgets of one stance in the Verdict editor, in a row: the colour it has in the bar,
/// its label, its share and a button that removes it. Only how the row looks lives here; the
/// editor connects the widgets.
struct StanceRow
{
    QWidget *widget = nullptr;
    QLabel *swatch = nullptr;
    QLineEdit *label = nullptr;
    QSpinBox *share = nullptr;
    QToolButton *remove = nullptr;

    /// Makes the row of stance `number` (counted from 1, as the writer counts) in `parent`.
    static StanceRow create(int number, QWidget *parent);
    /// Paints the swatch in the colour the bar gives stance `number` under `palette`.
    void paintSwatch(int number, const QPalette &palette) const;
};

} // namespace quorum
