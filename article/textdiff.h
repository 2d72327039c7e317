// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace quorum {

/// A run of text in a diff: the same in both versions, only in the newer one, or only in the
/// older one.
struct DiffSpan
{
    enum class Op
    {
        Equal,
        Insert,
        Delete
    };
    Op op = Op::Equal;
    QString text;

    bool operator==(const DiffSpan &) const = default;
};

/// The word-level differences between two texts (dtl's shortest edit script over words,
/// spaces and punctuation marks). Concatenating the Equal and Delete spans gives `before`,
/// the Equal and Insert spans give `after`. Within a changed stretch the deletion comes
/// before the insertion, and a single space between two changes joins them, so that
/// "quick brown" → "slow red" reads as one replacement.
QList<DiffSpan> diffWords(const QString &before, const QString &after);

/// How many words (runs of letters and digits) the spans of `op` hold.
int diffWordCount(const QList<DiffSpan> &spans, DiffSpan::Op op);

/// One section in the comparison of two versions of an article.
struct SectionDiff
{
    enum class Change
    {
        Unchanged,
        Added,   ///< only in the newer version
        Removed, ///< only in the older version
        Changed
    };
    Change change = Change::Unchanged;
    QString sectionId;
    SectionKind kind = SectionKind::Text;
    QString heading;    ///< the newer heading (the older one for a removed section)
    bool moved = false; ///< its place among the sections both versions have changed
    /// The section as text (sectionDiffText), word by word: all Equal when unchanged, all
    /// Insert when added, all Delete when removed.
    QList<DiffSpan> spans;
    int wordsInserted = 0;
    int wordsDeleted = 0;

    bool operator==(const SectionDiff &) const = default;
};

/// Two versions of an article compared section by section (matched by id).
struct ArticleDiff
{
    /// The metadata as text (metaDiffText), word by word; all Equal when unchanged.
    QList<DiffSpan> meta;
    bool metaChanged = false;
    /// In the newer version's order; a removed section follows the section it followed.
    QList<SectionDiff> sections;

    /// True when nothing differs.
    bool isEmpty() const;
};

/// The text of a section a diff compares: the heading, then the content of its kind (bullets,
/// stances, Markdown, voices with their attribution), one item a line.
QString sectionDiffText(const Section &section);
/// The metadata a writer edits (title, slug, excerpt, focus keyword, author, categories, tags,
/// featured image), one "Label: value" a line. The review status is not text and is left out.
QString metaDiffText(const ArticleMeta &meta);

/// The differences of one section between two versions (same id, or any two sections).
SectionDiff diffSections(const Section &before, const Section &after);
/// `before` → `after`, section by section.
ArticleDiff diffArticles(const Article &before, const Article &after);

} // namespace quorum
