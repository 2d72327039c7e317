// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "stancebar.h"

#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// The preview theme's stance hues (--stance-0 .. --stance-5), so that the editor and the
/// page agree on which colour a stance has.
constexpr QRgb kStanceHues[] = {0x6b7280, 0xc2410c, 0x15803d, 0x6d28d9, 0x0e7490, 0xa16207};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

StanceBar::StanceBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Verdict split"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setStances({});
}

void StanceBar::setStances(const QList<Stance> &stances)
{
    if (stances == m_stances && !accessibleDescription().isEmpty())
        return;
    m_stances = stances;
    const QString summary = stances.isEmpty() ? tr("No stances") : stanceSummary(stances);
    setAccessibleDescription(summary);
    setToolTip(summary);
    update();
}

QColor StanceBar::stanceColor(int index, const QPalette &palette)
{
    constexpr int kCount = int(std::size(kStanceHues));
    const int slot = index <= 0 ? 0 : 1 + (index - 1) % (kCount - 1);
    QColor color(kStanceHues[slot]);
    if (isDark(palette)) {
        // On a dark window the deep preview hues sink into the background: lighten them and
        // write dark text on them instead.
        color = QColor::fromHslF(color.hslHueF(), qMin(1.0f, color.hslSaturationF() * 0.8f), 0.68f);
    }
    return color;
}

QColor StanceBar::stanceTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x17, 0x18, 0x1c) : QColor(Qt::white);
}

QSize StanceBar::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 40, fontMetrics().height() * 2};
}

QSize StanceBar::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, fontMetrics().height() * 2};
}

void StanceBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = fontMetrics().height() / 3.0;
    QPainterPath outline;
    outline.addRoundedRect(bar, radius, radius);

    int total = 0;
    for (const Stance &stance : m_stances)
        total += qMax(0, stance.percent);

    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics metrics(bold);

    painter.fillPath(outline, palette().color(QPalette::Base));
    if (total == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(bar, Qt::AlignCenter,
                         m_stances.isEmpty() ? tr("No stances") : tr("No shares yet"));
    } else {
        painter.save();
        painter.setClipPath(outline);
        const qreal scale = bar.width() / qMax(100, total);
        const int padding = metrics.averageCharWidth();
        qreal x = bar.left();
        for (qsizetype i = 0; i < m_stances.size(); ++i) {
            const Stance &stance = m_stances.at(i);
            const qreal width = qMax(0, stance.percent) * scale;
            if (width <= 0)
                continue;
            const QRectF segment(x, bar.top(), width, bar.height());
            painter.fillRect(segment, stanceColor(int(i) + 1, palette()));
            // The percentage always, the label when it fits too.
            const QString share = tr("%1%").arg(stance.percent);
            const QString full = share + u' ' + stance.label;
            const int room = int(width) - 2 * padding;
            QString text;
            if (metrics.horizontalAdvance(full) <= room)
                text = full;
            else if (metrics.horizontalAdvance(share) <= room)
                text = share;
            if (!text.isEmpty()) {
                painter.setPen(stanceTextColor(palette()));
                painter.drawText(segment.adjusted(padding, 0, -padding, 0), Qt::AlignCenter, text);
            }
            x += width;
        }
        painter.restore();
    }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawPath(outline);
}

} // namespace quorum
