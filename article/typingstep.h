// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringList>

namespace quorum {

struct ArticleMeta;
struct Section;

/// What one edit did to the text fields of a section or of the metadata, seen as typing: a
/// single character inserted or removed in one field. Undo merges typing into word-sized
/// steps: a step grows while the writer keeps typing (or deleting) at the same place, and a
/// new step starts with each new word, each new line, a jump of the cursor, a paste or any
/// edit that is not typing.
class TypingStep
{
public:
    /// The step `before` → `after` makes; `isTyping()` is false when it is not a keystroke.
    static TypingStep between(const QStringList &before, const QStringList &after);

    bool isTyping() const { return m_kind != Kind::None; }
    /// True when `next`, made right after this step, belongs to the same undo step.
    bool continuesWith(const TypingStep &next) const;
    /// This step grown by `next` (call only when continuesWith(next)).
    void absorb(const TypingStep &next);

private:
    /// Where `next` would be if it continued this step, when its run allows it; else -1.
    qsizetype continuation(const TypingStep &next) const;

    enum class Kind
    {
        None,
        Insert,
        Delete
    };
    Kind m_kind = Kind::None;
    qsizetype m_field = -1;
    qsizetype m_position = 0; ///< where the character went in, or was removed from
    /// Typing "l" into "hel|lo" looks the same as typing it one place later: the character
    /// went in somewhere in m_earliest..m_position, a run of equal characters.
    qsizetype m_earliest = 0;
    QChar m_character; ///< the character typed or removed
};

/// The text fields of a section (heading, Markdown, bullets, stance labels, voice fields) and of
/// the metadata, in a fixed order: the material TypingStep compares.
QStringList typingFields(const Section &section);
QStringList typingFields(const ArticleMeta &meta);

} // namespace quorum
