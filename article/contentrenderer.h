// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "blockmarkup.h"
#include "footnotes.h"
#include "markdown.h"
#include "sourcedmarkup.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace quorum {

/// The one rendering of an article: the post content as WordPress 6.1 and later store it, in
/// core blocks only (heading, paragraph, list, quote, code, table, image, separator), so that
/// the post opens in the block editor as native blocks. The preview shows this markup and
/// publishing sends it.
///
/// A section read from a post on the site (Section::source) is published block for block as
/// the site stored it, but for the blocks the writer changed (see sourcedPieces).
///
/// Every section starts with its h2 heading, whose HTML anchor (`id="section-<id>"`) and class
/// (`quorum-<kind>`) mark where a section begins and what it is. A section's markup also
/// depends on the rest of the article where a verdict is computed from the voices, and a
/// voice's stance badge on the verdict's order of stances.
///
/// The verdict's split is a heading ("60% Skeptical, 40% Supportive") and a list whose items
/// carry their share as a class (`quorum-share-60`) and their position as another
/// (`quorum-stance-1`), so that a stylesheet can draw it as a stacked bar; every figure
/// stays real text.
///
/// Markdown footnotes are WordPress's footnotes (6.3 and later): references numbered across the
/// article (FootnoteCollector), their contents for the post meta `footnotes` (footnotes()),
/// and the footnotes block, which WordPress renders as the list, once at the end of the last
/// section, unless a post read from the site brought its own (or had footnotes without one).
class ContentRenderer
{
public:
    explicit ContentRenderer(RenderFormat format = RenderFormat::Blocks);

    /// Rewrites the addresses of images in Markdown text and gives their media ids (see
    /// MarkdownRenderer).
    void setImageResolver(MarkdownRenderer::ImageResolver resolver)
    {
        m_images = std::move(resolver);
    }

    /// Whether the footnotes block is shown as the list WordPress renders in its place on the
    /// page (the preview and exports), rather than as the block alone (the post content).
    void setFootnotesListShown(bool shown) { m_footnotesList = shown; }

    /// The WordPress Notes (6.9 and later) each section's heading anchors, by section id, as
    /// NoteAnchors writes them: publishing sets them for a site that keeps Notes. Once set,
    /// every heading anchors exactly its section's ids (none for a section left out), a heading
    /// kept as the site stored it too; unset (the default) a heading Quorum writes anchors
    /// none, and one kept from the site keeps what it had. Block markup only.
    void setHeadingNotes(const QHash<QString, QList<qint64>> &notes) { m_headingNotes = notes; }

    struct RenderedSection
    {
        QString id;
        QString markup;
    };

    /// The markup of one section of `article`.
    QString renderSection(const Article &article, const Section &section) const;

    /// Every section's markup, in article order, keyed by section id.
    QList<RenderedSection> renderSections(const Article &article) const;

    /// The whole post content.
    QString render(const Article &article) const;

    /// The article's footnotes as the post meta `footnotes` holds them, in the order of their
    /// numbers.
    QList<PostFootnote> footnotes(const Article &article) const;

    /// The sections whose markup may change with the footnotes of the others: those that refer
    /// to footnotes (their numbers), and the one that holds the footnotes block.
    static QStringList followingFootnotes(const Article &article);

    /// Where a section's Markdown text starts among the top-level elements of its markup
    /// (0 is the heading), or -1 when the section has no Markdown text.
    static int firstMarkdownElement(const Article &article, const Section &section);

    /// The anchor a section's heading carries: "section-" plus the section id.
    static QString anchorFor(const QString &sectionId);

    /// The markup of the kept block `id` (KeptBlockLine) among the source blocks of any of the
    /// article's sections, or an empty text.
    static QString keptBlockMarkup(const Article &article, const QString &id);

private:
    struct FootnotesPlace;
    static FootnotesPlace footnotesPlace(const Article &article);
    QList<MarkupPiece> sectionPieces(const Article &article, const Section &section,
                                     FootnoteCollector *footnotes,
                                     const FootnotesPlace &place) const;
    QList<MarkupPiece> markdownPieces(const Article &article, const Section &section,
                                      FootnoteCollector *footnotes, const QString &list) const;
    void collectFootnotes(const Article &article, const Section &section,
                          FootnoteCollector *footnotes) const;
    void placeFootnotes(const Article &article, const FootnoteCollector &footnotes,
                        const FootnotesPlace &place, QList<MarkupPiece> *pieces) const;
    void appendPieces(const QList<MarkupPiece> &pieces, QString *markup) const;
    std::optional<MarkupPiece> heading(const QString &language, const Section &section) const;
    QString withHeadingNotes(const Section &section, const QString &markup) const;
    QString bullets(const Section &section) const;
    QString verdictSplit(const Article &article, const Section &section) const;
    QString voice(const QList<Stance> &verdictOrder, const Voice &voice) const;
    MarkdownRenderer markdown(const Article &article, FootnoteCollector *footnotes,
                              const QString &list = {}) const;

    BlockMarkup m_markup;
    MarkdownRenderer::ImageResolver m_images;
    bool m_footnotesList = false;
    std::optional<QHash<QString, QList<qint64>>> m_headingNotes;
};

} // namespace quorum
