// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "markdown.h"

#include <cmark-gfm.h>

#include <QHash>
#include <QList>
#include <QString>

namespace quorum {

class FootnoteCollector;

/// One Markdown text parsed by cmark-gfm (GitHub flavour: tables, strikethrough, autolinks),
/// made safe and ready for MarkdownRenderer's writer: raw HTML is text but for the lines that
/// stand for kept blocks, image addresses are resolved, and footnotes are read. It owns the
/// cmark parser (whose extension list rendering needs) and the document tree.
class CmarkDocument
{
public:
    /// With `footnotes`, footnotes are read and given to it (see MarkdownRenderer): the tree
    /// then holds no definitions, and each reference is its `<sup data-fn>` markup.
    /// `footnoteSyntax` alone parses them without doing anything with them (their definitions
    /// stand at the end of the document, as cmark-gfm puts them).
    CmarkDocument(const QString &markdown, const MarkdownRenderer::ImageResolver &images,
                  const MarkdownRenderer::KeptBlockResolver &kept = {},
                  FootnoteCollector *footnotes = nullptr, bool footnoteSyntax = false);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }

    /// The kept block a raw HTML block stands for (its line names a block the resolver
    /// knows), or an empty text.
    QString keptMarkup(cmark_node *node) const;

    /// The media id the resolver gave an image node, 0 for none.
    qint64 mediaId(cmark_node *image) const { return m_mediaIds.value(image); }

    /// cmark's own HTML for one node and what is below it.
    QString html(cmark_node *node) const;

    /// The HTML between a node's outer start and end tag: "<p>text</p>\n" gives "text". A
    /// paragraph in a tight list has no tags of its own and comes back as it is.
    QString innerHtml(cmark_node *node) const;

private:
    void resolveImages(const MarkdownRenderer::ImageResolver &resolve);
    void neutralizeRawHtml();
    // markdownfootnotes.cpp
    void readFootnotes(const QString &markdown, FootnoteCollector *footnotes);
    QString definitionHtml(cmark_node *blocks, const QStringList &lines) const;
    static QString referencePlaceholder(qsizetype index);
    QString withReferences(QString html) const;

    MarkdownRenderer::KeptBlockResolver m_kept;
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
    QList<cmark_node *> m_detached; ///< footnote definitions and their blocks, out of the tree
    QStringList m_references;       ///< the markup of each footnote reference, by placeholder
    QHash<cmark_node *, qint64> m_mediaIds;
};

} // namespace quorum
