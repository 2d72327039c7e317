// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectionkinds.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <optional>

namespace quorum {

namespace {

// The context lupdate files the Tr::tr() calls under, so that their lookup finds them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(quorum::SectionKinds)
};

/// Paints one icon on a 16 by 16 grid scaled to the rectangle it is given, in the palette
/// colour that suits the mode; std::nullopt stands for the article details.
class KindIconEngine : public QIconEngine
{
public:
    explicit KindIconEngine(std::optional<SectionKind> kind)
        : m_kind(kind)
    {}

    QIconEngine *clone() const override { return new KindIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("quorum-section-kind"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::Text);
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::Text);

        const qreal side = qMin(rect.width(), rect.height());
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        QPen pen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, colour);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    void draw(QPainter *p, const QColor &colour) const
    {
        if (!m_kind) { // a label tag with its hole
            QPainterPath tag;
            tag.moveTo(2, 2.5);
            tag.lineTo(8.5, 2.5);
            tag.lineTo(14, 8);
            tag.lineTo(8.5, 13.5);
            tag.lineTo(2, 7);
            tag.closeSubpath();
            p->drawPath(tag);
            p->drawEllipse(QPointF(5.5, 6), 1.2, 1.2);
            return;
        }
        switch (*m_kind) {
        case SectionKind::TlDr: // a bulleted list
            for (qreal y : {3.5, 8.0, 12.5}) {
                p->drawPoint(QPointF(2.5, y));
                p->drawLine(QPointF(6, y), QPointF(14, y));
            }
            p->save();
            p->setPen(QPen(colour, 2.6, Qt::SolidLine, Qt::RoundCap));
            for (qreal y : {3.5, 8.0, 12.5})
                p->drawPoint(QPointF(2.5, y));
            p->restore();
            break;
        case SectionKind::Verdict: // a circle split 60/40, the larger share filled
            p->drawEllipse(QPointF(8, 8), 6, 6);
            p->save();
            p->setBrush(colour);
            p->drawPie(QRectF(2, 2, 12, 12), 90 * 16, 216 * 16);
            p->restore();
            break;
        case SectionKind::Introduction: { // lines of text, the first led by an arrow
            p->drawLine(QPointF(2, 4), QPointF(6.5, 4));
            p->drawPolyline(QList<QPointF>{{4.5, 2}, {6.5, 4}, {4.5, 6}});
            p->drawLine(QPointF(9, 4), QPointF(14, 4));
            p->drawLine(QPointF(2, 8.5), QPointF(14, 8.5));
            p->drawLine(QPointF(2, 13), QPointF(14, 13));
            break;
        }
        case SectionKind::ForumVoices: { // a speech bubble
            QPainterPath bubble;
            bubble.addRoundedRect(QRectF(1.75, 2, 12.5, 8.5), 2.5, 2.5);
            QPainterPath tail;
            tail.moveTo(4.5, 10);
            tail.lineTo(4, 14);
            tail.lineTo(8.5, 10);
            p->drawPath(bubble.united(tail));
            for (qreal x : {5.0, 8.0, 11.0})
                p->drawPoint(QPointF(x, 6.25));
            break;
        }
        case SectionKind::Text: // lines of a paragraph
            p->drawLine(QPointF(2, 3.5), QPointF(14, 3.5));
            p->drawLine(QPointF(2, 6.5), QPointF(14, 6.5));
            p->drawLine(QPointF(2, 9.5), QPointF(14, 9.5));
            p->drawLine(QPointF(2, 12.5), QPointF(9, 12.5));
            break;
        case SectionKind::Conclusion: // a check mark in a box
            p->drawRoundedRect(QRectF(2, 2, 12, 12), 2.5, 2.5);
            p->drawPolyline(QList<QPointF>{{4.75, 8.25}, {7, 10.5}, {11.25, 5.5}});
            break;
        }
    }

    std::optional<SectionKind> m_kind;
};

} // namespace

QString sectionKindName(SectionKind kind)
{
    switch (kind) {
    case SectionKind::TlDr:
        return Tr::tr("Executive TL;DR");
    case SectionKind::Verdict:
        return Tr::tr("Verdict");
    case SectionKind::Introduction:
        return Tr::tr("Introduction");
    case SectionKind::ForumVoices:
        return Tr::tr("Forum Voices");
    case SectionKind::Text:
        return Tr::tr("Text");
    case SectionKind::Conclusion:
        return Tr::tr("Conclusion");
    }
    Q_UNREACHABLE();
    return {};
}

QIcon sectionKindIcon(SectionKind kind)
{
    return QIcon(new KindIconEngine(kind));
}

QIcon articleDetailsIcon()
{
    return QIcon(new KindIconEngine(std::nullopt));
}

} // namespace quorum
