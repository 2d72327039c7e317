// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace quorum {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    auto *item = new QWidgetItem(widget);
    if (index < 0 || index > m_items.size())
        m_items.append(item);
    else
        m_items.insert(index, item);
    invalidate();
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item; heightForWidth() says how tall that makes it.
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line, as wide as that takes.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? horizontalGap() : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                 : 6;
}

int FlowLayout::verticalGap() const
{
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, owner)
                 : 6;
}

int FlowLayout::arrange(const QRect &rect, bool move) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int hGap = qMax(0, horizontalGap());
    const int vGap = qMax(0, verticalGap());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // Items of a line share its height, centred on it: find each line first, then place it.
    QList<QLayoutItem *> line;
    const auto placeLine = [&] {
        int left = area.x();
        for (QLayoutItem *item : std::as_const(line)) {
            const QSize size = item->sizeHint();
            if (move) {
                // The last item of a line may stretch (the text field after the tokens).
                const bool last = item == line.constLast();
                const int width = last && (item->expandingDirections() & Qt::Horizontal)
                                      ? qMax(size.width(), area.right() + 1 - left)
                                      : size.width();
                item->setGeometry(QRect(QPoint(left, y + (lineHeight - size.height()) / 2),
                                        QSize(qMin(width, area.width()), size.height())));
            }
            left += size.width() + hGap;
        }
        line.clear();
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint();
        if (!line.isEmpty() && x + size.width() > area.right() + 1) {
            placeLine();
            x = area.x();
            y += lineHeight + vGap;
            lineHeight = 0;
        }
        line.append(item);
        x += size.width() + hGap;
        lineHeight = qMax(lineHeight, size.height());
    }
    placeLine();
    const QMargins margins = contentsMargins();
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace quorum
