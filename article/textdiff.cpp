// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "textdiff.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The context lupdate files the Tr::tr() calls under, so that their lookup finds them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(quorum::TextDiff)
};

// Words (runs of letters and digits) and single other characters, each with the white space
// that follows it; white space at the very start is a token of its own. Keeping the space with
// its word halves what dtl compares.
QList<QStringView> tokens(QStringView text)
{
    QList<QStringView> result;
    result.reserve(text.size() / 5);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            while (i < text.size() && text.at(i).isLetterOrNumber())
                ++i;
        } else if (!c.isSpace()) {
            ++i;
            if (c.isHighSurrogate() && i < text.size())
                ++i;
        }
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        result.append(text.sliced(start, i - start));
    }
    return result;
}

// True when a cut at `at` does not split a word of `text`.
bool isWordBoundary(QStringView text, qsizetype at)
{
    return at <= 0 || at >= text.size() || !text.at(at - 1).isLetterOrNumber() ||
           !text.at(at).isLetterOrNumber();
}

// Orders each changed stretch as deletion then insertion, and hands what the deleted and the
// inserted text share at either end (whole words and spaces only) back to the equal text
// around them: "[-two-]{+two three+}" becomes "two{+ three+}", "[-quick -]{+slow +}fox"
// becomes "[-quick-]{+slow+} fox".
QList<DiffSpan> tidy(const QList<DiffSpan> &raw)
{
    QList<DiffSpan> result;
    QString deleted;
    QString inserted;
    auto appendEqual = [&result](const QString &text) {
        if (text.isEmpty())
            return;
        if (!result.isEmpty() && result.last().op == DiffSpan::Op::Equal)
            result.last().text += text;
        else
            result.append({DiffSpan::Op::Equal, text});
    };
    auto flush = [&] {
        qsizetype prefix = 0;
        qsizetype suffix = 0;
        if (!deleted.isEmpty() && !inserted.isEmpty()) {
            const qsizetype shorter = qMin(deleted.size(), inserted.size());
            while (prefix < shorter && deleted.at(prefix) == inserted.at(prefix))
                ++prefix;
            while (prefix > 0 &&
                   !(isWordBoundary(deleted, prefix) && isWordBoundary(inserted, prefix)))
                --prefix;
            while (suffix < shorter - prefix && deleted.at(deleted.size() - 1 - suffix) ==
                                                    inserted.at(inserted.size() - 1 - suffix))
                ++suffix;
            while (suffix > 0 && !(isWordBoundary(deleted, deleted.size() - suffix) &&
                                   isWordBoundary(inserted, inserted.size() - suffix)))
                --suffix;
        }
        appendEqual(deleted.first(prefix));
        const QString tail = deleted.last(suffix);
        deleted = deleted.sliced(prefix, deleted.size() - prefix - suffix);
        inserted = inserted.sliced(prefix, inserted.size() - prefix - suffix);
        if (!deleted.isEmpty())
            result.append({DiffSpan::Op::Delete, std::exchange(deleted, QString())});
        if (!inserted.isEmpty())
            result.append({DiffSpan::Op::Insert, std::exchange(inserted, QString())});
        appendEqual(tail);
    };
    for (const DiffSpan &span : raw) {
        if (span.op == DiffSpan::Op::Delete) {
            deleted += span.text;
        } else if (span.op == DiffSpan::Op::Insert) {
            inserted += span.text;
        } else {
            flush();
            appendEqual(span.text);
        }
    }
    flush();
    return result;
}

QList<DiffSpan> whole(DiffSpan::Op op, const QString &text)
{
    if (text.isEmpty())
        return {};
    return {DiffSpan{op, text}};
}

} // namespace

QList<DiffSpan> diffWords(const QString &before, const QString &after)
{
    if (before == after)
        return whole(DiffSpan::Op::Equal, before);
    const QList<QStringView> a = tokens(before);
    const QList<QStringView> b = tokens(after);

    // dtl compares small integers: one per distinct token.
    QHash<QStringView, int> ids;
    ids.reserve(a.size() / 2);
    std::vector<int> left;
    std::vector<int> right;
    left.reserve(size_t(a.size()));
    right.reserve(size_t(b.size()));
    auto idOf = [&ids](QStringView token) {
        auto it = ids.constFind(token);
        if (it == ids.cend())
            it = ids.insert(token, int(ids.size()));
        return it.value();
    };
    for (const QStringView token : a)
        left.push_back(idOf(token));
    for (const QStringView token : b)
        right.push_back(idOf(token));

    dtl::Diff<int> diff(left, right);
    diff.onUnserious(); // past dtl's size limit the rest is shown as replaced, not searched
    diff.compose();
    QList<DiffSpan> raw;
    for (const auto &[id, info] : diff.getSes().getSequence()) {
        Q_UNUSED(id)
        DiffSpan::Op op = DiffSpan::Op::Equal;
        QStringView token;
        if (info.type == dtl::SES_ADD) {
            op = DiffSpan::Op::Insert;
            token = b.at(qsizetype(info.afterIdx - 1));
        } else {
            op = info.type == dtl::SES_DELETE ? DiffSpan::Op::Delete : DiffSpan::Op::Equal;
            token = a.at(qsizetype(info.beforeIdx - 1));
        }
        if (!raw.isEmpty() && raw.last().op == op)
            raw.last().text += token;
        else
            raw.append({op, token.toString()});
    }
    return tidy(raw);
}

int diffWordCount(const QList<DiffSpan> &spans, DiffSpan::Op op)
{
    int count = 0;
    for (const DiffSpan &span : spans) {
        if (span.op != op)
            continue;
        bool inWord = false;
        for (const QChar c : span.text) {
            const bool letter = c.isLetterOrNumber();
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
    }
    return count;
}

bool ArticleDiff::isEmpty() const
{
    return !metaChanged && std::all_of(sections.cbegin(), sections.cend(), [](const auto &s) {
        return s.change == SectionDiff::Change::Unchanged && !s.moved;
    });
}

QString sectionDiffText(const Section &section)
{
    QStringList lines{section.heading, QString()};
    switch (section.kind) {
    case SectionKind::TlDr:
        for (const QString &bullet : section.bullets)
            lines.append(u"• "_s + bullet);
        break;
    case SectionKind::Verdict:
        for (const Stance &stance : section.stances) {
            lines.append(section.stancesFromVoices
                             ? stance.label
                             : u"%1: %2%"_s.arg(stance.label).arg(stance.percent));
        }
        if (section.stancesFromVoices)
            lines.append(Tr::tr("(percentages from the voices' stances)"));
        lines.append(QString());
        lines.append(section.markdown);
        break;
    case SectionKind::ForumVoices:
        lines.append(section.markdown);
        for (const Voice &voice : section.voices) {
            lines.append(QString());
            lines.append(u"“"_s + voice.quote + u"”"_s);
            QStringList attribution{voice.author, voice.forum, voice.url};
            if (voice.date.isValid())
                attribution.append(voice.date.toString(Qt::ISODate));
            if (!voice.stance.isEmpty())
                attribution.append(voice.stance);
            attribution.removeAll(QString());
            lines.append(u"— "_s + attribution.join(u", "_s));
        }
        break;
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        lines.append(section.markdown);
        break;
    }
    return lines.join(u'\n');
}

QString metaDiffText(const ArticleMeta &meta)
{
    const std::pair<QString, QString> fields[] = {
        {Tr::tr("Title"), meta.title},
        {Tr::tr("Slug"), meta.slug},
        {Tr::tr("Excerpt"), meta.excerpt},
        {Tr::tr("Focus keyword"), meta.focusKeyword},
        {Tr::tr("Author"), meta.author},
        {Tr::tr("Categories"), meta.categories.join(u", "_s)},
        {Tr::tr("Tags"), meta.tags.join(u", "_s)},
        {Tr::tr("Featured image"), meta.featuredImage},
        {Tr::tr("Featured image text"), meta.featuredImageAlt},
    };
    QStringList lines;
    for (const auto &[label, value] : fields)
        lines.append(label + u": "_s + value);
    return lines.join(u'\n');
}

SectionDiff diffSections(const Section &before, const Section &after)
{
    SectionDiff result;
    result.sectionId = after.id;
    result.kind = after.kind;
    result.heading = after.heading;
    if (before == after) {
        result.spans = whole(DiffSpan::Op::Equal, sectionDiffText(after));
        return result;
    }
    result.spans = diffWords(sectionDiffText(before), sectionDiffText(after));
    result.wordsInserted = diffWordCount(result.spans, DiffSpan::Op::Insert);
    result.wordsDeleted = diffWordCount(result.spans, DiffSpan::Op::Delete);
    // Changed even when the text does not show it (a member of another kind, `extra`): the
    // section differs, and restoring it would change it.
    result.change = SectionDiff::Change::Changed;
    return result;
}

ArticleDiff diffArticles(const Article &before, const Article &after)
{
    ArticleDiff result;
    const QString metaBefore = metaDiffText(before.meta);
    const QString metaAfter = metaDiffText(after.meta);
    result.metaChanged = metaBefore != metaAfter;
    result.meta = diffWords(metaBefore, metaAfter);

    // The order of the sections both versions have, to tell which moved.
    QStringList commonBefore;
    QSet<QString> afterIds;
    for (const Section &section : after.sections)
        afterIds.insert(section.id);
    for (const Section &section : before.sections) {
        if (afterIds.contains(section.id))
            commonBefore.append(section.id);
    }
    QStringList commonAfter;
    for (const Section &section : after.sections) {
        if (before.indexOfSection(section.id) >= 0)
            commonAfter.append(section.id);
    }
    // Moved: not part of the longest run the two orders share (dtl again, over positions).
    QSet<QString> moved;
    if (commonBefore != commonAfter) {
        std::vector<int> left;
        std::vector<int> right;
        for (qsizetype i = 0; i < commonBefore.size(); ++i)
            left.push_back(int(i));
        for (const QString &id : std::as_const(commonAfter))
            right.push_back(int(commonBefore.indexOf(id)));
        dtl::Diff<int> order(left, right);
        order.compose();
        for (const auto &[position, info] : order.getSes().getSequence()) {
            if (info.type == dtl::SES_ADD)
                moved.insert(commonBefore.at(position));
        }
    }

    for (const Section &section : after.sections) {
        const qsizetype index = before.indexOfSection(section.id);
        SectionDiff diff;
        if (index < 0) {
            diff.change = SectionDiff::Change::Added;
            diff.sectionId = section.id;
            diff.kind = section.kind;
            diff.heading = section.heading;
            diff.spans = whole(DiffSpan::Op::Insert, sectionDiffText(section));
            diff.wordsInserted = diffWordCount(diff.spans, DiffSpan::Op::Insert);
        } else {
            diff = diffSections(before.sections.at(index), section);
            diff.moved = moved.contains(section.id);
        }
        result.sections.append(diff);
    }
    // Removed sections go after the section they followed in the older version.
    for (qsizetype i = 0; i < before.sections.size(); ++i) {
        const Section &section = before.sections.at(i);
        if (afterIds.contains(section.id))
            continue;
        SectionDiff diff;
        diff.change = SectionDiff::Change::Removed;
        diff.sectionId = section.id;
        diff.kind = section.kind;
        diff.heading = section.heading;
        diff.spans = whole(DiffSpan::Op::Delete, sectionDiffText(section));
        diff.wordsDeleted = diffWordCount(diff.spans, DiffSpan::Op::Delete);
        qsizetype at = 0;
        if (i > 0) {
            const QString &previous = before.sections.at(i - 1).id;
            for (qsizetype j = 0; j < result.sections.size(); ++j) {
                if (result.sections.at(j).sectionId == previous)
                    at = j + 1;
            }
        }
        result.sections.insert(at, diff);
    }
    return result;
}

} // namespace quorum
