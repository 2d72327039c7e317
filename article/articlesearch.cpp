// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlesearch.h"

#include "articledocument.h"
#include "keptlines.h"
#include "textfields.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The kept block lines of a field. A kept line names its block by id: replacing text in it would
// lose the block, and its text is only a reminder of the block's, so find and replace skip it.
QList<KeptLineSpan> keptLinesOf(TextField field, QStringView text)
{
    return field == TextField::Markdown ? keptLinesIn(text) : QList<KeptLineSpan>();
}

bool overlapsAny(const QList<KeptLineSpan> &kept, qsizetype start, qsizetype end)
{
    return std::any_of(kept.cbegin(), kept.cend(),
                       [&](const KeptLineSpan &line) { return line.overlaps(start, end); });
}

} // namespace

ArticleSearch::ArticleSearch(const QString &needle, Options options)
    : m_needle(needle)
{
    // A literal search: the needle is escaped, so "(a)" finds "(a)". Word boundaries are
    // Unicode-aware so that "blå" is a whole word in "blå bær".
    QString pattern = QRegularExpression::escape(needle);
    if (options.wholeWords)
        pattern = u"(?<![\\w])"_s + pattern + u"(?![\\w])"_s;
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_pattern = QRegularExpression(pattern, flags);
}

QList<TextLocation> ArticleSearch::findAll(const Article &article) const
{
    QList<TextLocation> matches;
    if (!isValid())
        return matches;
    forEachTextField(article, [&](const TextLocation &field, const QString &text) {
        if (text.size() < m_needle.size())
            return;
        const QList<KeptLineSpan> kept = keptLinesOf(field.field, text);
        QRegularExpressionMatchIterator it = m_pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (overlapsAny(kept, match.capturedStart(), match.capturedEnd()))
                continue;
            TextLocation location = field;
            location.start = match.capturedStart();
            location.length = match.capturedLength();
            matches.append(location);
        }
    });
    return matches;
}

bool ArticleSearch::stillMatches(const Article &article, const TextLocation &match) const
{
    const QString *text = fieldText(article, match);
    if (!text || match.start < 0 || match.start + match.length > text->size())
        return false;
    const QRegularExpressionMatch found = m_pattern.match(*text, match.start);
    return found.hasMatch() && found.capturedStart() == match.start &&
           found.capturedLength() == match.length &&
           !overlapsAny(keptLinesOf(match.field, *text), match.start, match.start + match.length);
}

bool ArticleSearch::replace(ArticleDocument *document, const TextLocation &match,
                            const QString &replacement) const
{
    if (!stillMatches(document->article(), match))
        return false;
    if (match.isMeta()) {
        ArticleMeta meta = document->article().meta;
        fieldText(&meta, match)->replace(match.start, match.length, replacement);
        document->setMeta(meta);
    } else {
        Section section = *document->section(match.sectionId);
        fieldText(&section, match)->replace(match.start, match.length, replacement);
        document->setSection(section);
    }
    return true;
}

int ArticleSearch::replaceAll(ArticleDocument *document, const QString &replacement) const
{
    const QList<TextLocation> matches = findAll(document->article());
    if (matches.isEmpty())
        return 0;
    // Each changed section (and the metadata) is set once, with its matches replaced from the
    // last to the first so that earlier positions stay valid; all of it is one undo step.
    ArticleMeta meta = document->article().meta;
    QList<Section> sections;
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        QString *text = nullptr;
        if (it->isMeta()) {
            text = fieldText(&meta, *it);
        } else {
            if (sections.isEmpty() || sections.last().id != it->sectionId)
                sections.append(*document->section(it->sectionId));
            text = fieldText(&sections.last(), *it);
        }
        text->replace(it->start, it->length, replacement);
    }
    QUndoStack *stack = document->undoStack();
    stack->beginMacro(QCoreApplication::translate("quorum::ArticleSearch", "Replace All"));
    document->setMeta(meta);
    for (auto it = sections.crbegin(); it != sections.crend(); ++it)
        document->setSection(*it);
    stack->endMacro();
    return int(matches.size());
}

} // namespace quorum
