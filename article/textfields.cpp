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
} // namespace

void forEachTextField(const Article &article,
                      const std::function<void(const TextLocation &, const QString &)> &visit)
{
    for (TextField field : kMetaFields) {
        visit({{}, field, 0, -1, 0}, *metaFieldText(article.meta, field));
    }
    for (const Section &section : article.sections) {
        visit({section.id, TextField::Heading, 0, -1, 0}, section.heading);
        visit({section.id, TextField::Markdown, 0, -1, 0}, section.markdown);
        for (int i = 0; i < section.bullets.size(); ++i)
            visit({section.id, TextField::Bullet, i, -1, 0}, section.bullets.at(i));
        for (int i = 0; i < section.stances.size(); ++i)
            visit({section.id, TextField::StanceLabel, i, -1, 0}, section.stances.at(i).label);
        for (int i = 0; i < section.voices.size(); ++i) {
            for (TextField field : kVoiceFields)
                visit({section.id, field, i, -1, 0}, *sectionFieldText(section, field, i));
        }
    }
}

// The const lookups live beside the model (article.h); these lend them to code that edits a
// copy. The objects are not const, so casting the constness of the answer away is sound once
// the lists own their elements: a const lookup into a list still shared with another copy
// would point into that copy's storage too.
QString *fieldText(Section *section, const TextLocation &location)
{
    section->bullets.detach();
    section->stances.detach();
    section->voices.detach();
    return const_cast<QString *>(sectionFieldText(*section, location.field, location.index));
}

QString *fieldText(ArticleMeta *meta, const TextLocation &location)
{
    return const_cast<QString *>(metaFieldText(*meta, location.field));
}

} // namespace quorum
