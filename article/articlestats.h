// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QHash>
#include <QString>

namespace quorum {

/// The figures the status bar shows for an article.
struct ArticleStats
{
    qsizetype words = 0;              ///< words a reader reads in the post (see readableText)
    int readingMinutes = 1;           ///< words at kReadingWordsPerMinute, rounded up, at least 1
    qsizetype keywordOccurrences = 0; ///< the focus keyword in the title, excerpt and text

    bool operator==(const ArticleStats &) const = default;
};

/// The average silent reading speed of adults for non-fiction (Brysbaert 2019).
constexpr int kReadingWordsPerMinute = 238;

/// The text of `section` as the post shows it, without markup: the heading, the bullets, the
/// verdict's split ("60% Skeptical"), the Markdown text as a reader sees it (no link
/// addresses, no image descriptions, no syntax), and each voice's quote with its citation
/// (author, forum, date, stance). Blocks are separated by '\n'; inside a block, runs of white
/// space are single spaces. `article` supplies the voices a computed verdict tallies.
/// Markdown is read without the GFM extensions, which double the time and change no word: a
/// table reads as its rows, pipes included, and "~~struck~~" keeps its tildes.
QString readableText(const Article &article, const Section &section);

/// The words in `text`: runs of non-space characters that hold at least one letter or digit
/// ("it's", "60%", "co-operate" are one word each; a lone "—" is none).
qsizetype countWords(QStringView text);

/// How often `phrase` occurs in `text`, ignoring case, as whole words (neither end touches a
/// letter or digit). The words of `phrase` match across any white space; a phrase does not
/// span two blocks ('\n'). An empty phrase occurs 0 times.
qsizetype countPhrase(QStringView text, const QString &phrase);

/// Minutes to read `words` words: words / kReadingWordsPerMinute rounded up, at least 1.
int readingMinutes(qsizetype words);

/// The statistics of `article`. Pure; 10 to 20 ms for the 220,000 words of the benchmark
/// article. An editor that recomputes after each edit uses ArticleStatsCounter instead.
ArticleStats articleStats(const Article &article);

/// articleStats() that remembers each section's text from one call to the next, so that after
/// an edit only the sections that changed are read again.
class ArticleStatsCounter
{
public:
    ArticleStats count(const Article &article);

private:
    struct Entry
    {
        Section section; ///< as read; shares its data with the article's copy
        QString text;
        qsizetype words = 0;
        QString keyword; ///< what `occurrences` counted
        qsizetype occurrences = 0;
    };
    QHash<QString, Entry> m_sections;
};

} // namespace quorum
