// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace quorum {

/// A kept block stands in a section's Markdown as one line of its own, an HTML comment that
/// names it:
///
///     <!-- quorum:kept k3f9a1c2e core/columns "Start of its text…" -->
///
/// The block itself (markup Quorum cannot edit, such as columns or an embed) is a SourceBlock
/// of the section, published exactly as the site stored it. The comment form is a Markdown
/// block of its own wherever it stands (an HTML block ends a paragraph), and anywhere
/// Markdown is read without Quorum it shows nothing.
struct KeptBlockLine
{
    QString id;        ///< which kept block: "k" and hexadecimal digits
    QString blockName; ///< "core/columns", or "freeform" for HTML outside any block
    QString summary;   ///< the start of its text, for the writer to recognise it

    /// The line, without a line break. The summary is shortened and made safe for a comment.
    QString toLine() const;
    /// The kept block that `line` (one line, without its line break) stands for, if any.
    static std::optional<KeptBlockLine> parse(QStringView line);
};

/// The first words of `text`, at most `length` characters, on one line, "…" where cut.
QString summaryOf(const QString &text, int length = 60);

} // namespace quorum
