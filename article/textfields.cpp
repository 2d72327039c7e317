// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "textfields.h"

namespace quorum {

namespace {
constexpr TextField kMetaFields[] = {TextField::Title,   TextField::Slug,
                                     TextField::Author,  TextField::FocusKeyword,
                                     TextField::Excerpt, TextField::FeaturedImageAlt};
constexpr TextField kVoiceFields[] = {TextField::VoiceQuote, TextField::VoiceAuthor,
                                      TextField::VoiceForum, TextField::VoiceUrl};

template<typename Item> Item *itemAt(QList<Item> &items, int index)
{
    return index >= 0 && index < items.size() ? &items[index] : nullptr;
}
} // namespace

void forEachTextField(const Article &article,
                      const std::function<void(const TextLocation &, const QString &)> &visit)
{
    for (TextField field : kMetaFields) {
        const TextLocation location{{}, field, 0, -1, 0};
        visit(location, *fieldText(article, location));
    }
    for (const Section &section : article.sections) {
        visit({section.id, TextField::Heading, 0, -1, 0}, section.heading);
        visit({section.id, TextField::Markdown, 0, -1, 0}, section.markdown);
        for (int i = 0; i < section.bullets.size(); ++i)
            visit({section.id, TextField::Bullet, i, -1, 0}, section.bullets.at(i));
        for (int i = 0; i < section.stances.size(); ++i)
            visit({section.id, TextField::StanceLabel, i, -1, 0}, section.stances.at(i).label);
        for (int i = 0; i < section.voices.size(); ++i) {
            for (TextField field : kVoiceFields) {
                const TextLocation location{section.id, field, i, -1, 0};
                visit(location, *fieldText(article, location));
            }
        }
    }
}

const QString *fieldText(const Article &article, const TextLocation &location)
{
    if (location.isMeta())
        return fieldText(const_cast<ArticleMeta *>(&article.meta), location);
    const qsizetype index = article.indexOfSection(location.sectionId);
    if (index < 0)
        return nullptr;
    // The mutable overload only looks; nothing is written through this pointer.
    return fieldText(const_cast<Section *>(&article.sections.at(index)), location);
}

QString *fieldText(Section *section, const TextLocation &location)
{
    switch (location.field) {
    case TextField::Heading:
        return &section->heading;
    case TextField::Markdown:
        return &section->markdown;
    case TextField::Bullet:
        return location.index >= 0 && location.index < section->bullets.size()
                   ? &section->bullets[location.index]
                   : nullptr;
    case TextField::StanceLabel: {
        Stance *stance = itemAt(section->stances, location.index);
        return stance ? &stance->label : nullptr;
    }
    case TextField::VoiceQuote:
    case TextField::VoiceAuthor:
    case TextField::VoiceForum:
    case TextField::VoiceUrl:
    case TextField::VoiceStance: {
        Voice *voice = itemAt(section->voices, location.index);
        if (!voice)
            return nullptr;
        switch (location.field) {
        case TextField::VoiceQuote:
            return &voice->quote;
        case TextField::VoiceAuthor:
            return &voice->author;
        case TextField::VoiceForum:
            return &voice->forum;
        case TextField::VoiceUrl:
            return &voice->url;
        default:
            return &voice->stance;
        }
    }
    default:
        return nullptr;
    }
}

QString *fieldText(ArticleMeta *meta, const TextLocation &location)
{
    switch (location.field) {
    case TextField::Title:
        return &meta->title;
    case TextField::Slug:
        return &meta->slug;
    case TextField::Author:
        return &meta->author;
    case TextField::FocusKeyword:
        return &meta->focusKeyword;
    case TextField::Excerpt:
        return &meta->excerpt;
    case TextField::FeaturedImageAlt:
        return &meta->featuredImageAlt;
    default:
        return nullptr;
    }
}

} // namespace quorum
