// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QDateTime>
#include <QString>

namespace quorum {

// The fixed words that are part of an article rather than of Quorum's interface: default
// section headings, the words of the page around the post, dates. They follow the article's
// language (ArticleMeta::language), never the desktop's, so that a Norwegian article written on
// an English desktop previews, exports and publishes in Norwegian. This is why they are not
// tr() strings: the interface's translator answers for the desktop's language.
//
// English and Norwegian Bokmål have words of their own. Any other language gets the English
// words, and its dates from QLocale.

/// Words of the page around the post; each has one %1.
enum class ArticleLabel
{
    ByAuthor,         ///< "By %1", %1 the author
    UpdatedOn,        ///< "Updated %1", %1 a date from articleDate()
    FootnoteBackLink, ///< "Jump to footnote reference %1", %1 the footnote's number
};

/// The language whose words an article in `language` (a BCP 47 tag, '_' accepted) gets:
/// "nb" for Norwegian Bokmål (nb, nb-NO, no, no-NO), "en" for everything else. Nynorsk (nn)
/// is a language of its own and gets English words until it has words here.
QString wordingLanguage(const QString &language);

/// The heading a new section of `kind` starts with, and the one the rendering uses when a
/// section's heading is empty: "Introduction", "Innledning".
QString sectionHeadingFor(SectionKind kind, const QString &language);

/// `label` in `language` with %1 filled by `argument`: ByAuthor in "nb" gives "Av Kari".
QString articleLabel(ArticleLabel label, const QString &language, const QString &argument);

/// The calendar date of `when` as running text in `language`, without the weekday, as a post
/// shows it: "October 14, 2026", "14. oktober 2026". Empty for an invalid `when`.
QString articleDate(const QDateTime &when, const QString &language);

/// `article` in `language`: meta.language set, and every fixed word of the new-article
/// template (section headings, the TL;DR prompts, the verdict's stance labels) that is still
/// as the template has it, in any language with words here, put in `language`. Whatever the
/// writer has typed stays as it is, so that choosing a language for a new article is safe to
/// do at any time.
Article withArticleLanguage(Article article, const QString &language);

} // namespace quorum
