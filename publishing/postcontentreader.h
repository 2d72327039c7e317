// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace quorum {

/// Rebuilds an article's sections from post content as WordPress stores it (HTML with block
/// comments), read with an HTML5 parser (libgumbo), never with regular expressions.
///
/// A post Quorum published comes back section for section: each section starts with an h2
/// whose anchor is `section-<id>` and whose class is `quorum-<kind>` (ContentRenderer), and
/// the parts of each kind (bullets, the verdict's split, attributed quotes) are read back
/// from the markup the renderer writes for them. Any other post comes back as one Text
/// section per h1 or h2 heading, with what comes before the first heading as the
/// introduction. Formatted text comes back as Markdown that renders to the same HTML.
///
/// What cannot come back exactly, because the published markup does not say it:
/// - Markdown spelling: `_x_` and `*x*`, `#` and `##`, `***` and `---`, setext and ATX
///   headings, indented and fenced code all come back in one spelling (`*x*`, `##`, `---`,
///   fences), and lists come back tight. Rendering gives the same blocks.
/// - Paragraphs of a list item are joined by a hard break; soft and hard breaks stay apart.
/// - Raw HTML that the writer typed came back as text, and stays text (escaped in Markdown).
/// - A verdict's "computed from the voices" flag: set again when the published split equals
///   the tally of the voices, else the split comes back as typed stances.
/// - A voice's URL that is not a web address was never published; a voice with a forum but no
///   author and no link comes back with the forum as its author.
/// - Image paths come back as the addresses the site gave the uploaded images.
/// - Review comments and anything kept in `extra` are not published at all.
namespace PostContentReader {

/// The sections of `content`; `quorumPost` is set when it carried Quorum's section markers.
QList<Section> read(const QString &content, bool *quorumPost = nullptr);

} // namespace PostContentReader

} // namespace quorum
