// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "locationlabel.h"

#include "article.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("quorum::LocationLabel", text);
}
} // namespace

QString textFieldName(TextField field)
{
    switch (field) {
    case TextField::Title:
        return tr("Title");
    case TextField::Slug:
        return tr("Slug");
    case TextField::Author:
        return tr("Author");
    case TextField::FocusKeyword:
        return tr("Focus keyword");
    case TextField::Excerpt:
        return tr("Excerpt");
    case TextField::FeaturedImageAlt:
        return tr("Featured image text");
    case TextField::Heading:
        return tr("Heading");
    case TextField::Markdown:
        return tr("Text");
    case TextField::Bullet:
        return tr("Bullet");
    case TextField::StanceLabel:
        return tr("Stance");
    case TextField::VoiceQuote:
        return tr("Quote");
    case TextField::VoiceAuthor:
        return tr("Author");
    case TextField::VoiceForum:
        return tr("Forum");
    case TextField::VoiceUrl:
        return tr("Link");
    case TextField::VoiceStance:
        return tr("Stance");
    }
    return {};
}

QString locationLabel(const Article &article, const TextLocation &location)
{
    const QString separator = u" › "_s;
    if (location.isMeta())
        return tr("Article details") + separator + textFieldName(location.field);
    const qsizetype index = article.indexOfSection(location.sectionId);
    if (index < 0)
        return tr("(deleted section)");
    const Section &section = article.sections.at(index);
    const QString heading =
        section.heading.trimmed().isEmpty() ? defaultSectionHeading(section.kind) : section.heading;
    switch (location.field) {
    case TextField::Heading:
    case TextField::Markdown:
        return heading;
    case TextField::Bullet:
        return heading + separator + tr("bullet %1").arg(location.index + 1);
    case TextField::StanceLabel:
        return heading + separator + tr("stance %1").arg(location.index + 1);
    default:
        return heading + separator + tr("voice %1").arg(location.index + 1) + separator +
               textFieldName(location.field);
    }
}

} // namespace quorum
