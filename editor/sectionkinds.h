// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QIcon>

namespace quorum {

/// The name of a kind of section as menus show it ("Forum Voices", "Text"); unlike
/// defaultSectionHeading(), never a heading a writer would keep.
QString sectionKindName(SectionKind kind);

/// A small icon for each kind of section: a list, a split circle, lines led by an arrow, a
/// speech bubble, lines of text, a check mark. Drawn as lines in the palette's text colour (the
/// highlighted text colour when selected), so it follows light and dark palettes and stays
/// sharp at any scale.
QIcon sectionKindIcon(SectionKind kind);

/// The icon of the article's details (metadata): a label tag, drawn like the kind icons.
QIcon articleDetailsIcon();

} // namespace quorum
