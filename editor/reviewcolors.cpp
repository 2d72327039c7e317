// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "reviewcolors.h"

#include <QPalette>

namespace quorum {

namespace {

// `tint` over the base colour at `amount`: stronger on a dark base, where a light mix would
// glare, so that the hue shows at about the same contrast either way.
QColor blend(const QPalette &palette, const QColor &tint, qreal amount)
{
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const qreal a = dark ? amount * 1.3 : amount;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + tint.redF() * a),
                            float(base.greenF() * (1 - a) + tint.greenF() * a),
                            float(base.blueF() * (1 - a) + tint.blueF() * a));
}

} // namespace

QColor diffInsertBackground(const QPalette &palette)
{
    return blend(palette, QColor(0x2e, 0xa0, 0x43), 0.3);
}

QColor diffDeleteBackground(const QPalette &palette)
{
    return blend(palette, QColor(0xd7, 0x3a, 0x49), 0.3);
}

QColor commentMarkBackground(const QPalette &palette)
{
    return blend(palette, QColor(0xf2, 0xb7, 0x05), 0.35);
}

} // namespace quorum
