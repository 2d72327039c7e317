// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QColor>

class QPalette;

namespace quorum {

// The colours review paints with, made from the palette: a hue blended into the palette's base
// colour, so that the palette's text colour stays readable on it in light and dark themes.

/// Behind text a newer version inserted (green).
QColor diffInsertBackground(const QPalette &palette);
/// Behind text a newer version deleted (red); the text is also struck out.
QColor diffDeleteBackground(const QPalette &palette);
/// Behind text an open review comment is anchored to (amber).
QColor commentMarkBackground(const QPalette &palette);

} // namespace quorum
