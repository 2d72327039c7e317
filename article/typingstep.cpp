// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "typingstep.h"

#include "article.h"

namespace quorum {

namespace {
bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'’' || c == u'-' || c == u'_';
}
} // namespace

TypingStep TypingStep::between(const QStringList &before, const QStringList &after)
{
    TypingStep step;
    if (before.size() != after.size())
        return step; // a bullet, stance or voice came or went: structure, not typing
    qsizetype field = 0;
    while (field < before.size() && before.at(field) == after.at(field))
        ++field;
    if (field == before.size())
        return step;
    // Other fields may change along with the first one (the slug that follows the title): the
    // first changed field is the one being typed in.
    const QString &old = before.at(field);
    const QString &now = after.at(field);
    const qsizetype grown = now.size() - old.size();
    if (grown != 1 && grown != -1)
        return step;
    const QString &longer = grown > 0 ? now : old;
    const QString &shorter = grown > 0 ? old : now;
    qsizetype prefix = 0;
    while (prefix < shorter.size() && shorter.at(prefix) == longer.at(prefix))
        ++prefix;
    // One character in or out leaves the rest identical after it.
    if (QStringView(longer).mid(prefix + 1) != QStringView(shorter).mid(prefix))
        return step;
    // A surrogate pair is two QChars: not a single keystroke that we can reason about.
    if (longer.at(prefix).isSurrogate())
        return step;
    step.m_kind = grown > 0 ? Kind::Insert : Kind::Delete;
    step.m_field = field;
    step.m_position = prefix;
    step.m_character = longer.at(prefix);
    step.m_earliest = prefix;
    while (step.m_earliest > 0 && longer.at(step.m_earliest - 1) == step.m_character)
        --step.m_earliest;
    return step;
}

qsizetype TypingStep::continuation(const TypingStep &next) const
{
    auto within = [&next](qsizetype position) {
        return position >= next.m_earliest && position <= next.m_position;
    };
    if (m_kind == Kind::Insert)
        return within(m_position + 1) ? m_position + 1 : -1;
    // Backspace walks left, Delete stays put.
    if (within(m_position - 1))
        return m_position - 1;
    return within(m_position) ? m_position : -1;
}

bool TypingStep::continuesWith(const TypingStep &next) const
{
    if (!isTyping() || next.m_kind != m_kind || next.m_field != m_field)
        return false;
    if (next.m_character == u'\n' || m_character == u'\n')
        return false; // each line is a step of its own
    if (continuation(next) < 0)
        return false; // the cursor moved
    // "hello " is one step, "world" the next: a word starts a step. Deleting mirrors it.
    if (m_kind == Kind::Insert)
        return !(isWordCharacter(next.m_character) && !isWordCharacter(m_character));
    return !(isWordCharacter(m_character) && !isWordCharacter(next.m_character));
}

void TypingStep::absorb(const TypingStep &next)
{
    m_position = continuation(next);
    m_earliest = m_position;
    m_character = next.m_character;
}

QStringList typingFields(const Section &section)
{
    QStringList fields{section.heading, section.markdown};
    fields += section.bullets;
    for (const Stance &stance : section.stances)
        fields += stance.label;
    for (const Voice &voice : section.voices)
        fields += {voice.quote, voice.author, voice.forum, voice.url, voice.stance};
    return fields;
}

QStringList typingFields(const ArticleMeta &meta)
{
    return {meta.title,
            meta.slug,
            meta.author,
            meta.focusKeyword,
            meta.excerpt,
            meta.featuredImage,
            meta.featuredImageAlt,
            meta.language,
            meta.categories.join(u'\n'),
            meta.tags.join(u'\n')};
}

} // namespace quorum
