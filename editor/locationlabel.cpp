// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "locationlabel.h"

#include "article.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
// The context lupdate files the Tr::tr() calls under, so that their lookup finds them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(quorum::LocationLabel)
};
} // namespace

QString textFieldName(TextField field)
{
    switch (field) {
    case TextField::Title:
        return Tr::tr("Title");
    case TextField::Slug:
        return Tr::tr("Slug");
    case TextField::Author:
        return Tr::tr("Author");
    case TextField::FocusKeyword:
        return Tr::tr("Focus keyword");
    case TextField::Excerpt:
        return Tr::tr("Excerpt");
    case TextField::FeaturedImageAlt:
        return Tr::tr("Featured image text");
    case TextField::Heading:
        return Tr::tr("Heading");
    case TextField::Markdown:
        return Tr::tr("Text");
    case TextField::Bullet:
        return Tr::tr("Bullet");
    case TextField::StanceLabel:
        return Tr::tr("Stance");
    case TextField::VoiceQuote:
        return Tr::tr("Quote");
    case TextField::VoiceAuthor:
        return Tr::tr("Author");
    case TextField::VoiceForum:
        return Tr::tr("Forum");
    case TextField::VoiceUrl:
        return Tr::tr("Link");
    case TextField::VoiceStance:
        return Tr::tr("Stance");
    }
    return {};
}

QString locationLabel(const Article &article, const TextLocation &location)
{
    const QString separator = u" › "_s;
    if (location.isMeta())
        return Tr::tr("Article details") + separator + textFieldName(location.field);
    const qsizetype index = article.indexOfSection(location.sectionId);
    if (index < 0)
        return Tr::tr("(deleted section)");
    const Section &section = article.sections.at(index);
    const QString heading =
        section.heading.trimmed().isEmpty() ? defaultSectionHeading(section.kind) : section.heading;
    switch (location.field) {
    case TextField::Heading:
    case TextField::Markdown:
        return heading;
    case TextField::Bullet:
        return heading + separator + Tr::tr("bullet %1").arg(location.index + 1);
    case TextField::StanceLabel:
        return heading + separator + Tr::tr("stance %1").arg(location.index + 1);
    default:
        return heading + separator + Tr::tr("voice %1").arg(location.index + 1) + separator +
               textFieldName(location.field);
    }
}

} // namespace quorum
