// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "gumbohtml.h"

#include <QString>

#include <functional>

namespace quorum::html {

/// Text as Markdown shows it: characters that would start inline markup get a backslash.
QString escapeText(const QString &text);

/// What would start a block at the beginning of a line (headings, quotes, list markers,
/// setext underlines) gets a backslash.
QString escapeLineStarts(const QString &text);

/// HTML (as libgumbo parsed it) written as Markdown that MarkdownRenderer renders back to the
/// same HTML where Markdown can say it: emphasis, links, images, code, lists, quotes, tables.
/// What Markdown cannot say is left out or written as text; a caller that must not lose
/// anything renders the result and compares (PostContentReader does).
class MarkdownWriter
{
public:
    /// The Markdown label of the footnote a reference (`<sup data-fn="ID">`) names, or an
    /// empty text to write the reference as its text.
    using FootnoteLabels = std::function<QString(const QString &id)>;

    /// Footnote references become Markdown references (`[^label]`) where `labels` names them.
    void setFootnoteLabels(FootnoteLabels labels) { m_footnotes = std::move(labels); }

    /// Top-level blocks, separated by blank lines.
    QString blocks(const Nodes &nodes) const;
    /// One block element.
    QString block(const GumboNode *node) const;
    /// The inline content of `parent` as Markdown. A <br> is a hard break, or a paragraph
    /// break where the renderer joins paragraphs with it (`brIsParagraph`).
    QString inlines(const GumboNode *parent, bool brIsParagraph = false,
                    bool skipLists = false) const;

private:
    FootnoteLabels m_footnotes;
};

} // namespace quorum::html
