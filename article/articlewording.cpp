// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlewording.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// One text in every language with words of its own.
struct Words
{
    const char16_t *en;
    const char16_t *nb;
};

struct KindWords
{
    SectionKind kind;
    Words heading;
};

constexpr std::array kHeadings = {
    KindWords{SectionKind::TlDr, {u"Executive TL;DR", u"Kort oppsummert"}},
    KindWords{SectionKind::Verdict, {u"The Internet's Verdict", u"Nettets dom"}},
    KindWords{SectionKind::Introduction, {u"Introduction", u"Innledning"}},
    KindWords{SectionKind::ForumVoices, {u"Forum Voices", u"Stemmer fra forumene"}},
    KindWords{SectionKind::Text, {u"New Section", u"Ny seksjon"}},
    KindWords{SectionKind::Conclusion, {u"Conclusion", u"Konklusjon"}},
};

constexpr Words kByAuthor{u"By %1", u"Av %1"};
constexpr Words kUpdatedOn{u"Updated %1", u"Oppdatert %1"};
constexpr Words kFootnoteBackLink{u"Jump to footnote reference %1", u"Gå til fotnotehenvisning %1"};

// The rest of the new-article template (resources/samples/new-article.quorum).
constexpr std::array kTemplateWords = {
    Words{u"Alternative Solutions", u"Alternative løsninger"},
    Words{u"What happens, in one sentence.", u"Hva som skjer, i én setning."},
    Words{u"The goal, in one sentence.", u"Målet, i én setning."},
    Words{u"The mood of the experts, in one sentence.",
          u"Stemningen blant ekspertene, i én setning."},
    Words{u"Skeptical", u"Skeptiske"},
    Words{u"Supportive", u"Positive"},
};

bool isBokmal(const QString &language)
{
    return wordingLanguage(language) == u"nb";
}

QString pick(const Words &words, const QString &language)
{
    return QString::fromUtf16(isBokmal(language) ? words.nb : words.en);
}

// Puts `text` in `language` when it is one of `words` in any language.
bool retranslate(QString *text, const Words &words, const QString &language)
{
    if (*text != QStringView(words.en) && *text != QStringView(words.nb))
        return false;
    *text = pick(words, language);
    return true;
}

void retranslateTemplateWord(QString *text, const QString &language)
{
    for (const KindWords &kind : kHeadings) {
        if (retranslate(text, kind.heading, language))
            return;
    }
    for (const Words &words : kTemplateWords) {
        if (retranslate(text, words, language))
            return;
    }
}

} // namespace

QString wordingLanguage(const QString &language)
{
    const QString primary = language.trimmed().toLower().replace(u'_', u'-').section(u'-', 0, 0);
    return primary == u"nb" || primary == u"no" ? u"nb"_s : u"en"_s;
}

QString sectionHeadingFor(SectionKind kind, const QString &language)
{
    const auto found = std::find_if(kHeadings.begin(), kHeadings.end(),
                                    [kind](const KindWords &words) { return words.kind == kind; });
    return pick(found->heading, language);
}

QString articleLabel(ArticleLabel label, const QString &language, const QString &argument)
{
    switch (label) {
    case ArticleLabel::ByAuthor:
        return pick(kByAuthor, language).arg(argument);
    case ArticleLabel::UpdatedOn:
        return pick(kUpdatedOn, language).arg(argument);
    case ArticleLabel::FootnoteBackLink:
        return pick(kFootnoteBackLink, language).arg(argument);
    }
    return argument;
}

QString articleDate(const QDateTime &when, const QString &language)
{
    if (!when.isValid())
        return {};
    const QLocale locale(language.trimmed().isEmpty() ? u"en"_s : language.trimmed());
    // The locale's long format without the weekday, as posts show their date: "dddd, MMMM d,
    // yyyy" becomes "MMMM d, yyyy", "dddd d. MMMM yyyy" becomes "d. MMMM yyyy".
    static const QRegularExpression weekday(u"^dddd[,.]?\\s*|[,\\s]*dddd"_s);
    const QString format = locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed();
    return locale.toString(when.date(), format);
}

Article withArticleLanguage(Article article, const QString &language)
{
    article.meta.language = language;
    for (Section &section : article.sections) {
        retranslateTemplateWord(&section.heading, language);
        for (QString &bullet : section.bullets)
            retranslateTemplateWord(&bullet, language);
        for (Stance &stance : section.stances)
            retranslateTemplateWord(&stance.label, language);
        for (Voice &voice : section.voices)
            retranslateTemplateWord(&voice.stance, language);
    }
    return article;
}

} // namespace quorum
