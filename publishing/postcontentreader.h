// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "footnotes.h"

#include <QList>
#include <QString>

namespace quorum {

/// Rebuilds an article's sections from post content as WordPress stores it (HTML with block
/// comments). HTML is read with an HTML5 parser (libgumbo), never with regular expressions.
///
/// A post of blocks is cut at its h1 and h2 heading blocks, one section each; what comes before
/// the first is a section without a heading (`headless`), so nothing is invented. Every block
/// is kept in the section's `source`, exactly as stored, so that publishing writes back what
/// the writer did not change byte for byte (ContentRenderer). A block Quorum writes from
/// Markdown (paragraph, heading, list, quote, code, separator, table, image) becomes Markdown
/// when Quorum's rendering of that Markdown says the same (checked, not assumed: the same
/// blocks, elements and text); any other block, or one Markdown cannot say (a quote with its
/// citation, a paragraph with a highlight), is a kept block, one line in the Markdown
/// (KeptBlockLine). Two lists in a row stay two lists. Footnote references (WordPress 6.3 and
/// later) read as Markdown footnotes when the post meta gave their contents (the overload
/// with footnotes).
///
/// A post Quorum published comes back section for section: each section starts with an h2
/// whose anchor is `section-<id>` and whose class is `quorum-<kind>` (ContentRenderer), and
/// the parts of each kind (bullets, the verdict's split, attributed quotes) are read back
/// from the markup the renderer writes for them.
///
/// A post without blocks (the classic editor's), or whose block markup is damaged, is read as
/// HTML: one Text section per h1 or h2 heading, formatted text as Markdown that renders to the
/// same HTML; publishing it writes blocks.
///
/// What cannot come back exactly, because the published markup does not say it:
/// - Markdown spelling: `_x_` and `*x*`, `#` and `##`, `***` and `---`, setext and ATX
///   headings, indented and fenced code all come back in one spelling (`*x*`, `##`, `---`,
///   fences), and lists come back tight. Rendering gives the same blocks.
/// - A verdict's "computed from the voices" flag: set again when the published split equals
///   the tally of the voices, else the split comes back as typed stances.
/// - A voice's URL that is not a web address was never published; a voice with a forum but no
///   author and no link comes back with the forum as its author.
/// - Image paths come back as the addresses the site gave the uploaded images.
/// - Review comments and anything kept in `extra` are not published at all.
namespace PostContentReader {

/// The sections of `content`; `quorumPost` is set when it carried Quorum's section markers.
/// `notes` receives what the writer should know: blocks kept because Quorum cannot edit them,
/// markup that could not be read as blocks.
QList<Section> read(const QString &content, bool *quorumPost = nullptr,
                    QStringList *notes = nullptr);

/// The same, for a post whose meta `footnotes` holds `footnotes`: a footnote that the
/// Markdown can say becomes a Markdown footnote (`[^3]` where the block refers to it, labelled
/// with its number in the post, and `[^3]: text` at the end of the section's text); the rest
/// stay in the blocks kept as they are. Either way each section's source keeps the footnotes
/// its blocks refer to (SectionSource::footnotes), so that publishing unchanged sends back the
/// same ids and contents.
QList<Section> read(const QString &content, const QList<PostFootnote> &footnotes,
                    bool *quorumPost = nullptr, QStringList *notes = nullptr);

} // namespace PostContentReader

} // namespace quorum
