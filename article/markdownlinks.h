// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QList>
#include <QStringView>

namespace quorum {

/// A link or an image in Markdown text, with the places of its parts (UTF-16 positions in the
/// text), for the checks to point at.
struct MarkdownLink
{
    enum class Kind
    {
        Link,       ///< [text](destination) or <scheme:...>
        Image,      ///< ![alt](destination) or ![alt][reference]
        Definition, ///< [label]: destination, used by reference links
    };
    Kind kind = Kind::Link;
    qsizetype textStart = 0; ///< the bracketed text (the alt text of an image)
    qsizetype textLength = 0;
    qsizetype destinationStart = 0; ///< -1 for an image by reference
    qsizetype destinationLength = 0;

    bool operator==(const MarkdownLink &) const = default;
};

/// The links, images and link reference definitions of `markdown`, in text order. A fast
/// single pass for the live checks (a full Markdown parse of a large article costs more than
/// the checks may take): it knows inline and reference links and images, angle-bracket
/// destinations, autolinks, backslash escapes, code spans and fenced code blocks, and reads
/// nothing inside code. Bare URLs that GFM links by itself are always http(s) or www and are
/// not reported.
QList<MarkdownLink> markdownLinks(QStringView markdown);

} // namespace quorum
