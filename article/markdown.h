// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "blockmarkup.h"

#include <QList>
#include <QString>

#include <functional>

namespace quorum {

class FootnoteCollector;

/// A top-level Markdown block: its text as it stands in the Markdown, and its rendering.
struct RenderedMarkdownBlock
{
    QString markdown;
    QString markup;
};

/// Where an image of the text is published: its address, and its id in the site's media
/// library once it was uploaded there (0 when it is not in one).
struct ResolvedImage
{
    QString url;
    qint64 id = 0;
};

/// Markdown (GitHub flavour: tables, strikethrough, autolinks) read by cmark-gfm and written
/// as WordPress blocks. Raw HTML in the text is never passed through: it becomes visible text,
/// so article text cannot inject markup or scripts. Headings inside a section start at level
/// 3 (`#` and `##` are h3, `###` is h4, down to h6), below the section's own h2.
///
/// An image alone in its paragraph is a `core/image` block: a figure with the image's title
/// as its caption and, for an image in the media library, the media id as the block's `id`
/// and the img's `wp-image-<id>` class, from which WordPress serves responsive sizes. An
/// image within text stays inline.
///
/// Footnotes (`[^label]` and `[^label]: text`) are read when a FootnoteCollector is set, and
/// are WordPress's footnotes: each reference is the block editor's `<sup data-fn>` named and
/// numbered by the collector, and each definition is given to the collector (its content as
/// inline HTML) and renders no block. References inside a definition stay text.
class MarkdownRenderer
{
public:
    /// Maps an image address as written in the text to the one to publish (an uploaded
    /// file's URL and media id, an inlined data: URL); an empty function leaves addresses as
    /// written.
    using ImageResolver = std::function<ResolvedImage(const QString &url)>;

    /// The markup of the kept block with `id` (see KeptBlockLine), or an empty text when
    /// there is none: then its line is shown as text like any other raw HTML.
    using KeptBlockResolver = std::function<QString(const QString &id)>;

    explicit MarkdownRenderer(const BlockMarkup &markup, ImageResolver images = {})
        : m_markup(markup)
        , m_images(std::move(images))
    {}

    /// The text as a sequence of blocks (paragraph, heading, list, quote, code, table,
    /// image, separator), joined as top-level blocks. A list item of the block editor holds
    /// only text and nested lists: a table, quote, code block, separator or kept block inside
    /// an item ends the list and stands after it at the top level, and the list goes on after
    /// it (an ordered one numbered on), so that every word is published.
    QString toBlocks(const QString &markdown) const;

    /// The same blocks one by one, each with the Markdown text it was rendered from.
    QList<RenderedMarkdownBlock> toBlockList(const QString &markdown) const;

    /// Kept blocks: a line that names one is replaced by its markup, byte for byte.
    void setKeptBlocks(KeptBlockResolver kept) { m_kept = std::move(kept); }

    /// Footnotes are read and numbered by `footnotes` (which must outlive the renderer's use);
    /// without one, footnotes stay text as written.
    void setFootnotes(FootnoteCollector *footnotes) { m_footnotes = footnotes; }

    /// The footnotes of `markdown` (references, also those of kept blocks, and definitions)
    /// given to the collector, as rendering it would, without rendering its blocks.
    void collectFootnotes(const QString &markdown) const;

    /// The text as inline HTML for a place that holds one line of rich text, such as a list
    /// item: paragraphs joined by <br>. Text that is more than paragraphs stays plain text.
    QString toInlineHtml(const QString &markdown) const;

    /// The index, among the top-level blocks `markdown` renders as, of the first block of the
    /// Markdown block that holds 1-based `line` (the last one starting before it, between
    /// blocks), or -1 when the text has no blocks. A list that holds a table, a quote or code
    /// renders as several blocks (see toBlocks).
    static int blockAtLine(const QString &markdown, int line);

private:
    BlockMarkup m_markup;
    ImageResolver m_images;
    KeptBlockResolver m_kept;
    FootnoteCollector *m_footnotes = nullptr;
};

} // namespace quorum
