// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum {

/// The text fields of an article that a writer types in. Find and replace, review comments and
/// checks point at text through a TextLocation; the editors know how to show each field.
enum class TextField
{
    // Metadata (sectionId empty)
    Title,
    Slug,
    Author,
    FocusKeyword,
    Excerpt,
    FeaturedImageAlt,
    // A section's own fields
    Heading,
    Markdown,    ///< the text of Introduction, Text, Conclusion; the lead of Verdict, Forum Voices
    Bullet,      ///< `index` is the bullet
    StanceLabel, ///< `index` is the stance
                 // A voice's fields; `index` is the voice
    VoiceQuote,
    VoiceAuthor,
    VoiceForum,
    VoiceUrl,
    VoiceStance
};

/// A span of text in one field: `start` and `length` count UTF-16 code units (QString
/// positions) in that field's text. A length of 0 marks a position, or the whole field when
/// `start` is -1.
struct TextLocation
{
    QString sectionId; ///< empty for a metadata field
    TextField field = TextField::Markdown;
    int index = 0; ///< which bullet, stance or voice; 0 otherwise
    qsizetype start = -1;
    qsizetype length = 0;

    bool operator==(const TextLocation &) const = default;
    bool isMeta() const { return sectionId.isEmpty(); }
};

} // namespace quorum
