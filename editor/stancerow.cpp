// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "stancerow.h"

#include "stancebar.h"
#include "verdicteditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace quorum {

StanceRow StanceRow::create(int number, QWidget *parent)
{
    StanceRow row;
    row.widget = new QWidget(parent);
    row.swatch = new QLabel(row.widget);
    row.label = new QLineEdit(row.widget);
    row.share = new QSpinBox(row.widget);
    row.remove = new QToolButton(row.widget);

    const int swatch = row.label->fontMetrics().height();
    row.swatch->setFixedSize(swatch, swatch);
    row.swatch->setAutoFillBackground(true);
    row.swatch->setFrameShape(QFrame::Box);
    row.swatch->setForegroundRole(QPalette::Mid);

    row.label->setAccessibleName(VerdictEditor::tr("Label of stance %1").arg(number));
    row.label->setPlaceholderText(VerdictEditor::tr("Stance, such as Skeptical"));

    row.share->setRange(0, 100);
    row.share->setSuffix(VerdictEditor::tr("%", "the unit of a stance's share"));
    row.share->setAccessibleName(VerdictEditor::tr("Share of stance %1").arg(number));
    row.share->setKeyboardTracking(false); // one undo step per number typed
    row.share->setMinimumWidth(row.share->fontMetrics().horizontalAdvance(u"1000 %"_s) * 2);

    row.remove->setIcon(QIcon::fromTheme(u"list-remove"_s,
                                         row.remove->style()->standardIcon(QStyle::SP_TrashIcon)));
    row.remove->setAutoRaise(true);
    row.remove->setFocusPolicy(Qt::StrongFocus);
    row.remove->setToolTip(VerdictEditor::tr("Remove the stance"));
    row.remove->setAccessibleName(VerdictEditor::tr("Remove stance %1").arg(number));

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.swatch);
    layout->addWidget(row.label, 1);
    layout->addWidget(row.share);
    layout->addWidget(row.remove);
    return row;
}

void StanceRow::paintSwatch(int number, const QPalette &palette) const
{
    QPalette painted = swatch->palette();
    painted.setColor(QPalette::Window, StanceBar::stanceColor(number, palette));
    swatch->setPalette(painted);
}

} // namespace quorum
