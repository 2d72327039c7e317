// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace quorum {

enum class CheckSeverity
{
    Info,
    Warning,
    Error
};

/// "info", "warning" or "error": the key in `quorum check --json`.
QString checkSeverityKey(CheckSeverity severity);
/// The severity as the writer reads it, translated.
QString checkSeverityName(CheckSeverity severity);

/// One thing wrong with an article, with the place to go and fix it.
struct CheckFinding
{
    QString checkId; ///< stable, e.g. "verdict-sum" (see allChecks())
    CheckSeverity severity = CheckSeverity::Error;
    QString message;
    /// Where to go: a field of a section or of the metadata, a span of it when the check
    /// knows one (start -1 selects the whole field).
    TextLocation location;

    bool operator==(const CheckFinding &) const = default;
};

/// What a check looks at, for lists where a check can be switched off.
struct CheckInfo
{
    QString id;
    CheckSeverity severity = CheckSeverity::Error;
    QString title; ///< what the check wants, translated: "The verdict adds up to 100%"
};

/// Every check, in a fixed order. Ids never change once released (files keep them in
/// `review.disabledChecks`):
/// title-empty, verdict-empty, verdict-sum, verdict-tally, voice-quote, voice-author,
/// voice-forum, voice-url, voice-duplicate, tldr-bullets, section-empty, heading-duplicate,
/// seo-keyword-missing, seo-keyword-title, seo-keyword-slug, seo-keyword-excerpt,
/// seo-keyword-intro, seo-title-length, seo-excerpt-length, image-alt, link-scheme.
QList<CheckInfo> allChecks();

/// The longest SEO title and the excerpt (meta description) length range the checks accept.
inline constexpr int kSeoTitleMaxLength = 60;
inline constexpr int kSeoExcerptMinLength = 120;
inline constexpr int kSeoExcerptMaxLength = 160;

/// Checks an article for what makes a consensus report wrong, skipping the checks the article
/// switched off (`review.disabledChecks`) and allowing the stance tolerance it sets. Cheap
/// enough to run on every change (a few milliseconds on a 200,000-word article).
QList<CheckFinding> checkArticle(const Article &article);

/// True when any finding is an error (`quorum check` then exits with 1).
bool hasErrors(const QList<CheckFinding> &findings);

} // namespace quorum
