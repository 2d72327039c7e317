// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commentanchors.h"

#include <algorithm>

namespace quorum {

namespace {

// The lengths of the common prefix and suffix of two sequences (lists or strings); the
// suffix never overlaps the prefix.
template<typename Sequence>
std::pair<qsizetype, qsizetype> commonEnds(const Sequence &before, const Sequence &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix &&
           before.at(n - 1 - suffix) == after.at(m - 1 - suffix))
        ++suffix;
    return {prefix, suffix};
}

// Where item `index` of `before` is in `after`, seen as one replacement between the common
// prefix and suffix of the two lists: items outside it keep their place (shifted after it);
// inside it, an item edited in place keeps its index and an item found unchanged keeps its
// identity; anything else is gone.
template<typename T>
std::optional<int> followIndex(const QList<T> &before, const QList<T> &after, int index)
{
    if (index < 0 || index >= before.size())
        return std::nullopt;
    if (before.size() == after.size() && before.at(index) == after.at(index))
        return index; // the usual case: an edit elsewhere
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    const auto [prefix, suffix] = commonEnds(before, after);
    if (index < prefix)
        return index;
    if (index >= n - suffix)
        return int(index + m - n);
    if (n == m)
        return index; // edited in place
    for (qsizetype i = prefix; i < m - suffix; ++i) {
        if (after.at(i) == before.at(index))
            return int(i);
    }
    return std::nullopt;
}

// The list `field` indexes into, as followIndex sees it.
std::optional<int> followFieldIndex(const Section &before, const Section &after, TextField field,
                                    int index)
{
    switch (field) {
    case TextField::Bullet:
        return followIndex(before.bullets, after.bullets, index);
    case TextField::StanceLabel:
        return followIndex(before.stances, after.stances, index);
    case TextField::VoiceQuote:
    case TextField::VoiceAuthor:
    case TextField::VoiceForum:
    case TextField::VoiceUrl:
    case TextField::VoiceStance:
        return followIndex(before.voices, after.voices, index);
    default:
        return index;
    }
}

// Moves one comment's anchor from `before` to `after`; false when what it was on is gone.
bool follow(CommentAnchor *anchor, const Section &before, const Section &after)
{
    switch (anchor->kind) {
    case CommentAnchor::Kind::Section:
        return true;
    case CommentAnchor::Kind::Voice: {
        const std::optional<int> index = followIndex(before.voices, after.voices, anchor->index);
        if (!index)
            return false;
        anchor->index = *index;
        return true;
    }
    case CommentAnchor::Kind::Text:
        break;
    }
    const std::optional<int> index = followFieldIndex(before, after, anchor->field, anchor->index);
    if (!index)
        return false;
    const QString *oldText = sectionFieldText(before, anchor->field, anchor->index);
    const QString *newText = sectionFieldText(after, anchor->field, *index);
    if (!oldText || !newText)
        return false;
    anchor->index = *index;
    if (*oldText == *newText)
        return true;
    const TextChange change =
        textChange(*oldText, *newText, anchor->start, anchor->start + anchor->length);
    const auto span = followSpan(anchor->start, anchor->length, change);
    if (!span)
        return false;
    anchor->start = span->first;
    anchor->length = span->second;
    anchor->quote = newText->mid(span->first, span->second);
    return true;
}

} // namespace

TextChange textChange(const QString &before, const QString &after, qsizetype keepStart,
                      qsizetype keepEnd)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    const auto [prefix, suffix] = commonEnds(before, after);
    TextChange change{prefix, n - prefix - suffix, m - prefix - suffix};
    if (change.removed > 0 && change.inserted > 0) {
        // A replacement replaces whole words: "brown" → "green" is not "brow" → "gree" that
        // happens to keep the "n". The prefix and suffix are common, so both texts grow alike.
        while (change.position > 0 && before.at(change.position - 1).isLetterOrNumber()) {
            --change.position;
            ++change.removed;
            ++change.inserted;
        }
        while (change.position + change.removed < n &&
               before.at(change.position + change.removed).isLetterOrNumber()) {
            ++change.removed;
            ++change.inserted;
        }
        return change;
    }
    if (keepEnd <= keepStart)
        return change;

    // A pure insertion or deletion of k units can slide left while the unit before it equals
    // its own last unit; the prefix gave the rightmost place. Find the leftmost one.
    const QString &longer = change.inserted > 0 ? after : before;
    const qsizetype k = std::max(change.inserted, change.removed);
    qsizetype leftmost = change.position;
    while (leftmost > 0 && longer.at(leftmost - 1) == longer.at(leftmost - 1 + k))
        --leftmost;
    if (change.inserted > 0) {
        // Hurts the span only when strictly inside it: move it to the span's start.
        if (keepStart < change.position && change.position < keepEnd && leftmost <= keepStart)
            change.position = keepStart;
    } else {
        const bool hurts = change.position < keepEnd && change.position + k > keepStart;
        if (hurts && leftmost <= keepStart - k)
            change.position = std::min(change.position, keepStart - k);
    }
    return change;
}

std::optional<std::pair<qsizetype, qsizetype>> followSpan(qsizetype start, qsizetype length,
                                                          const TextChange &change)
{
    const qsizetype end = start + length;
    const qsizetype editEnd = change.position + change.removed;
    const qsizetype delta = change.inserted - change.removed;
    if (end <= change.position)
        return std::pair{start, length}; // the edit is after the span
    if (start >= editEnd)
        return std::pair{start + delta, length}; // before it
    const bool keepsLeft = start < change.position;
    const bool keepsRight = end > editEnd;
    if (keepsLeft && keepsRight)
        return std::pair{start, length + delta}; // inside it
    if (keepsLeft)
        return std::pair{start, change.position - start};
    if (keepsRight)
        return std::pair{change.position + change.inserted, end - editEnd};
    return std::nullopt;
}

QList<ReviewComment> followSectionEdit(const QList<ReviewComment> &comments, const Section &before,
                                       const Section &after)
{
    QList<ReviewComment> result = comments; // shared until a comment actually moves
    for (qsizetype i = 0; i < comments.size(); ++i) {
        const ReviewComment &comment = comments.at(i);
        if (comment.sectionId != after.id || comment.detached ||
            comment.anchor.kind == CommentAnchor::Kind::Section)
            continue;
        CommentAnchor moved = comment.anchor;
        const bool kept = follow(&moved, before, after);
        if (kept && moved == comment.anchor)
            continue;
        if (kept)
            result[i].anchor = moved;
        else
            result[i].detached = true;
    }
    return result;
}

bool anchorFits(const CommentAnchor &anchor, const Section &section)
{
    switch (anchor.kind) {
    case CommentAnchor::Kind::Section:
        return true;
    case CommentAnchor::Kind::Voice:
        return anchor.index >= 0 && anchor.index < section.voices.size();
    case CommentAnchor::Kind::Text:
        break;
    }
    const QString *text = sectionFieldText(section, anchor.field, anchor.index);
    return text && anchor.start >= 0 && anchor.length > 0 &&
           anchor.start + anchor.length <= text->size();
}

} // namespace quorum
