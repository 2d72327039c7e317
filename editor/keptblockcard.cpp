// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptblockcard.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

struct BlockTitle
{
    const char16_t *name;
    const char *title;
};

// The blocks a post most often holds that Quorum keeps, by the names the block editor shows.
const BlockTitle kTitles[] = {
    {u"freeform", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Classic")},
    {u"core/freeform", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Classic")},
    {u"core/html", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Custom HTML")},
    {u"core/columns", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Columns")},
    {u"core/column", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Column")},
    {u"core/group", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Group")},
    {u"core/embed", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Embed")},
    {u"core/verse", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Verse")},
    {u"core/quote", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Quote")},
    {u"core/pullquote", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Pullquote")},
    {u"core/image", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Image")},
    {u"core/gallery", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Gallery")},
    {u"core/cover", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Cover")},
    {u"core/media-text", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Media & Text")},
    {u"core/video", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Video")},
    {u"core/audio", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Audio")},
    {u"core/file", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "File")},
    {u"core/table", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Table")},
    {u"core/buttons", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Buttons")},
    {u"core/details", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Details")},
    {u"core/shortcode", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Shortcode")},
    {u"core/preformatted", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Preformatted")},
    {u"core/code", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Code")},
    {u"core/spacer", QT_TRANSLATE_NOOP("quorum::KeptBlockCard", "Spacer")},
};

QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

// "pricing-table" -> "Pricing table": a block name as words.
QString words(QString name)
{
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace

QString KeptBlockCard::title(const QString &blockName)
{
    for (const BlockTitle &known : kTitles) {
        if (blockName == known.name)
            return tr(known.title);
    }
    const qsizetype slash = blockName.indexOf(u'/');
    if (slash < 0)
        return words(blockName);
    const QString name = words(blockName.mid(slash + 1));
    const QString plugin = blockName.left(slash);
    if (plugin == u"core")
        return name;
    //: A block that another plugin than WordPress itself provides: %1 the block's name, %2 the
    //: plugin's ("Pricing table (acme)").
    return tr("%1 (%2)").arg(name, plugin);
}

QString KeptBlockCard::toolTip(const KeptBlockLine &line)
{
    //: %1 is the name of a kind of block, such as "Columns" or "Custom HTML".
    return tr("%1 block, kept exactly as on the site: Quorum cannot edit it, and publishes it "
              "as it is. Alt+Up and Alt+Down move it; Delete removes it.")
        .arg(title(line.blockName));
}

QString KeptBlockCard::refusal(const KeptBlockLine &line)
{
    //: %1 is the name of a kind of block, such as "Columns" or "Custom HTML".
    return tr("The %1 block is kept exactly as on the site: its text cannot be edited here. "
              "Press Enter to write below it, or Delete to remove it.")
        .arg(title(line.blockName));
}

void KeptBlockCard::paint(QPainter *painter, const QRectF &rect, const KeptBlockLine &line,
                          const QPalette &palette, const QFont &font, State state)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor accent = palette.color(QPalette::Highlight);
    const bool selected = state == State::Selected;
    const bool current = state == State::CursorBefore || state == State::CursorAfter;
    const QColor fill = selected ? accent : mixed(base, accent, current ? 0.2 : 0.1);
    const QColor border = state == State::Normal ? mixed(base, text, 0.3) : accent;
    const QColor ink = selected ? palette.color(QPalette::HighlightedText) : text;
    const QColor muted = mixed(ink, selected ? accent : base, 0.4);

    painter->save();
    // The line's own text, selection and cursor are covered: the card is all that shows.
    painter->fillRect(rect, base);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = rect.adjusted(4.5, 2.5, -4.5, -2.5);
    QPainterPath outline;
    outline.addRoundedRect(card, 4, 4);
    painter->fillPath(outline, fill);
    // A stripe down the left edge, as a block's handle: this line is one piece.
    painter->setClipPath(outline);
    painter->fillRect(QRectF(card.left(), card.top(), 4, card.height()), selected ? ink : accent);
    painter->setClipping(false);
    painter->setPen(QPen(border, state == State::Normal ? 1.0 : 1.5));
    painter->drawPath(outline);
    if (current) {
        const qreal x = state == State::CursorBefore ? rect.left() + 1 : rect.right() - 2;
        painter->fillRect(QRectF(x, card.top(), 2, card.height()), text);
    }

    QFont bold = font;
    bold.setBold(true);
    QFont italic = font;
    italic.setItalic(true);
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else
        small.setPixelSize(qRound(font.pixelSize() * 0.85));
    const QString name = title(line.blockName);
    const QString tag = tr("kept from the site");
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF italicMetrics(italic);
    const QFontMetricsF smallMetrics(small);

    QRectF room = card.adjusted(12, 0, -8, 0);
    painter->setPen(ink);
    painter->setFont(bold);
    const QString shownName = boldMetrics.elidedText(name, Qt::ElideRight, room.width());
    painter->drawText(room, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    room.setLeft(room.left() + boldMetrics.horizontalAdvance(shownName) + 10);

    // The tag goes where the summary leaves room for it; the summary comes first.
    const qreal tagWidth = smallMetrics.horizontalAdvance(tag);
    const qreal summaryWidth =
        line.summary.isEmpty()
            ? 0
            : italicMetrics.horizontalAdvance(u'\u201c' + line.summary + u'\u201d');
    if (room.width() >= summaryWidth + tagWidth + 16) {
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(room, Qt::AlignVCenter | Qt::AlignRight, tag);
    }
    if (!line.summary.isEmpty() && room.width() > 0) {
        painter->setFont(italic);
        painter->setPen(muted);
        const QString summary = italicMetrics.elidedText(u'\u201c' + line.summary + u'\u201d',
                                                         Qt::ElideRight, room.width());
        painter->drawText(room, Qt::AlignVCenter | Qt::AlignLeft, summary);
    }
    painter->restore();
}

} // namespace quorum
