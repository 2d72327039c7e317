// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QWidget>

namespace quorum {

/// The verdict's split as one stacked bar: a segment per stance, as wide as its share, with
/// its percentage and label written in it where they fit. The whole split is also its tooltip
/// and accessible description ("60% Skeptical, 40% Supportive"). Shares that add up to less
/// than 100 leave the rest of the bar empty; more than 100 squeeze the segments to fit.
class StanceBar : public QWidget
{
    Q_OBJECT

public:
    explicit StanceBar(QWidget *parent = nullptr);

    void setStances(const QList<Stance> &stances);
    QList<Stance> stances() const { return m_stances; }

    /// The fill of the stance at 1-based position `index` (as stanceIndex() gives; 0 for
    /// none), in the same hues as the preview, light or dark to suit `palette`.
    static QColor stanceColor(int index, const QPalette &palette);
    /// Text that reads well on stanceColor(index, palette).
    static QColor stanceTextColor(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Stance> m_stances;
};

} // namespace quorum
