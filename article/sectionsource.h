// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace quorum {

/// One block of post content as the site stored it, kept with the section it was read into so
/// that publishing writes back, byte for byte, every block the writer did not change.
struct SourceBlock
{
    /// What the block reads as in the section's Markdown: one top-level Markdown block, or
    /// a kept block's line (KeptBlockLine). For a heading: the heading's text.
    QString markdown;
    /// The block exactly as stored, its delimiters included.
    QString markup;
    /// The exact text between the block before it in the post and this one (white space).
    QString before = QStringLiteral("\n\n");
    QJsonObject extra;

    bool operator==(const SourceBlock &) const = default;
};

/// A footnote of the post a section was read from (WordPress keeps its content in the post
/// meta `footnotes`), kept so that publishing sends back what the writer did not change.
struct SourceFootnote
{
    QString id;       ///< the site's id for it, which the references in the text name
    QString label;    ///< the Markdown label the section's text refers to it by; empty when only
                      ///< markup kept as it is (a kept block, the heading) refers to it
    QString markdown; ///< its definition in the section's Markdown as read, with the label
    QString content;  ///< its content (inline HTML) exactly as the site stored it
    QJsonObject extra;

    bool operator==(const SourceFootnote &) const = default;
};

/// What a section was read from, when it came from a post on the site (PostContentReader).
/// Empty for a section written in Quorum.
struct SectionSource
{
    /// The section's heading block; its markup is empty when the section had none (the part
    /// of a post before its first heading).
    SourceBlock heading;
    /// The blocks of the section's Markdown, in post order.
    QList<SourceBlock> blocks;
    /// The footnotes the section's blocks refer to.
    QList<SourceFootnote> footnotes;
    QJsonObject extra;

    bool operator==(const SectionSource &) const = default;
    bool isEmpty() const { return *this == SectionSource{}; }
};

} // namespace quorum
