// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QList>
#include <QString>

namespace quorum {

/// What a stretch of Markdown source is, as cmark-gfm reads it (with the extensions that
/// MarkdownRenderer uses: table, strikethrough, autolink).
enum class MarkdownSpanKind
{
    Heading,          ///< an ATX or setext heading, markers included
    HeadingMarker,    ///< the #s of an ATX heading, the underline of a setext heading
    Emphasis,         ///< *a* or _a_, delimiters included
    Strong,           ///< **a** or __a__, delimiters included
    Strikethrough,    ///< ~a~ or ~~a~~, delimiters included
    Delimiter,        ///< the *, _, ~ (single or double) that open or close the three above
    Code,             ///< a code span, backticks included
    CodeBlock,        ///< a fenced or indented code block, fences included
    LinkText,         ///< `[text]` of a link, brackets included
    ImageText,        ///< `![alt]` of an image
    LinkDestination,  ///< `(url "title")` or `[label]` after a link's or image's text
    Autolink,         ///< `<https://…>`, or a bare URL or e-mail address the extension links
    ListMarker,       ///< `-`, `*`, `+`, `1.` or `1)` that starts a list item
    BlockQuoteMarker, ///< one `>` of a block quote
    TableDelimiter,   ///< a pipe between table cells, or the table's delimiter row
    ThematicBreak,    ///< `---`, `***`, `___`
    RawHtml           ///< an HTML tag or block (published as visible text, never as markup)
};

/// One construct in a Markdown text: `start` and `length` count UTF-16 code units (QString
/// positions) in the text that was read.
struct MarkdownSpan
{
    MarkdownSpanKind kind = MarkdownSpanKind::Emphasis;
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool contains(qsizetype position) const { return position >= start && position < end(); }
    bool operator==(const MarkdownSpan &) const = default;
};

/// Where each construct of `markdown` is, read by cmark-gfm exactly as MarkdownRenderer reads
/// it (so `*a*` is emphasis, `` `*a*` `` is code, `\*a\*` and `snake_case_word` are neither).
/// Ordered by start, an enclosing span before the spans inside it. Positions come from
/// cmark-gfm's source positions, corrected where cmark-gfm reports them relative to a line's
/// content rather than to the line (continuation lines in lists and quotes, lazy lines). A
/// construct whose position cannot be established is left out rather than placed wrongly.
QList<MarkdownSpan> markdownSpans(const QString &markdown);

/// A short name of `kind` ("emphasis", "link-text"), for messages and test output.
QString markdownSpanKindName(MarkdownSpanKind kind);

} // namespace quorum
