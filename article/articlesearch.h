// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "textlocation.h"

#include <QRegularExpression>

namespace quorum {

class ArticleDocument;

/// Find and replace across every text field of an article (see forEachTextField).
class ArticleSearch
{
public:
    struct Options
    {
        bool caseSensitive = false;
        bool wholeWords = false;
    };

    ArticleSearch(const QString &needle, Options options);

    bool isValid() const { return m_pattern.isValid() && !m_needle.isEmpty(); }
    /// Every match in reading order, each as the span it covers.
    QList<TextLocation> findAll(const Article &article) const;
    /// The text of `match` in `article` still is a match (nothing edited it since).
    bool stillMatches(const Article &article, const TextLocation &match) const;

    /// Replaces one match with `replacement` as one undo step. False when the text changed.
    bool replace(ArticleDocument *document, const TextLocation &match,
                 const QString &replacement) const;
    /// Replaces every match as one undo step; returns how many were replaced.
    int replaceAll(ArticleDocument *document, const QString &replacement) const;

private:
    QString m_needle;
    QRegularExpression m_pattern;
};

} // namespace quorum
