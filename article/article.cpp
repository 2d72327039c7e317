// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "article.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <utility>

namespace quorum {

namespace {

struct KindInfo
{
    SectionKind kind;
    const char16_t *key;
    const char *heading;
};

constexpr std::array kKinds = {
    KindInfo{SectionKind::TlDr, u"tldr", QT_TRANSLATE_NOOP("quorum::Article", "Executive TL;DR")},
    KindInfo{SectionKind::Verdict, u"verdict",
             QT_TRANSLATE_NOOP("quorum::Article", "The Internet's Verdict")},
    KindInfo{SectionKind::Introduction, u"introduction",
             QT_TRANSLATE_NOOP("quorum::Article", "Introduction")},
    KindInfo{SectionKind::ForumVoices, u"forum-voices",
             QT_TRANSLATE_NOOP("quorum::Article", "Forum Voices")},
    KindInfo{SectionKind::Text, u"text", QT_TRANSLATE_NOOP("quorum::Article", "New Section")},
    KindInfo{SectionKind::Conclusion, u"conclusion",
             QT_TRANSLATE_NOOP("quorum::Article", "Conclusion")},
};

const KindInfo &kindInfo(SectionKind kind)
{
    return *std::find_if(kKinds.begin(), kKinds.end(),
                         [kind](const KindInfo &info) { return info.kind == kind; });
}

constexpr std::array<std::pair<ReviewStatus, const char16_t *>, 5> kStatuses = {{
    {ReviewStatus::Draft, u"draft"},
    {ReviewStatus::InReview, u"in-review"},
    {ReviewStatus::ChangesRequested, u"changes-requested"},
    {ReviewStatus::Approved, u"approved"},
    {ReviewStatus::Published, u"published"},
}};

constexpr std::array<std::pair<ReviewStatus, const char *>, 5> kStatusNames = {{
    {ReviewStatus::Draft, QT_TRANSLATE_NOOP("quorum::Article", "Draft")},
    {ReviewStatus::InReview, QT_TRANSLATE_NOOP("quorum::Article", "In Review")},
    {ReviewStatus::ChangesRequested, QT_TRANSLATE_NOOP("quorum::Article", "Changes Requested")},
    {ReviewStatus::Approved, QT_TRANSLATE_NOOP("quorum::Article", "Approved")},
    {ReviewStatus::Published, QT_TRANSLATE_NOOP("quorum::Article", "Published")},
}};

constexpr std::array<std::pair<TextField, const char16_t *>, 15> kFields = {{
    {TextField::Title, u"title"},
    {TextField::Slug, u"slug"},
    {TextField::Author, u"author"},
    {TextField::FocusKeyword, u"focus-keyword"},
    {TextField::Excerpt, u"excerpt"},
    {TextField::FeaturedImageAlt, u"featured-image-alt"},
    {TextField::Heading, u"heading"},
    {TextField::Markdown, u"text"},
    {TextField::Bullet, u"bullet"},
    {TextField::StanceLabel, u"stance-label"},
    {TextField::VoiceQuote, u"voice-quote"},
    {TextField::VoiceAuthor, u"voice-author"},
    {TextField::VoiceForum, u"voice-forum"},
    {TextField::VoiceUrl, u"voice-url"},
    {TextField::VoiceStance, u"voice-stance"},
}};

} // namespace

QString sectionKindKey(SectionKind kind)
{
    return QString::fromUtf16(kindInfo(kind).key);
}

std::optional<SectionKind> sectionKindFromKey(const QString &key)
{
    for (const KindInfo &info : kKinds) {
        if (key == QStringView(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QList<SectionKind> allSectionKinds()
{
    QList<SectionKind> kinds;
    for (const KindInfo &info : kKinds)
        kinds.append(info.kind);
    return kinds;
}

QString defaultSectionHeading(SectionKind kind)
{
    return QCoreApplication::translate("quorum::Article", kindInfo(kind).heading);
}

QString reviewStatusKey(ReviewStatus status)
{
    for (const auto &[value, key] : kStatuses) {
        if (value == status)
            return QString::fromUtf16(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ReviewStatus> reviewStatusFromKey(const QString &key)
{
    for (const auto &[value, name] : kStatuses) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

QString reviewStatusName(ReviewStatus status)
{
    for (const auto &[value, name] : kStatusNames) {
        if (value == status)
            return QCoreApplication::translate("quorum::Article", name);
    }
    Q_UNREACHABLE();
    return {};
}

QList<ReviewStatus> allReviewStatuses()
{
    QList<ReviewStatus> statuses;
    for (const auto &[value, key] : kStatuses)
        statuses.append(value);
    return statuses;
}

QString textFieldKey(TextField field)
{
    for (const auto &[value, key] : kFields) {
        if (value == field)
            return QString::fromUtf16(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<TextField> textFieldFromKey(const QString &key)
{
    for (const auto &[value, name] : kFields) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

bool isSectionField(TextField field)
{
    return field >= TextField::Heading;
}

TextLocation ReviewComment::location() const
{
    if (!detached && anchor.kind == CommentAnchor::Kind::Text)
        return {sectionId, anchor.field, anchor.index, anchor.start, anchor.length};
    if (!detached && anchor.kind == CommentAnchor::Kind::Voice)
        return {sectionId, TextField::VoiceQuote, anchor.index, -1, 0};
    return {sectionId, TextField::Heading, 0, 0, 0};
}

Section Section::create(SectionKind kind)
{
    Section section;
    section.id = newId(u's');
    section.kind = kind;
    section.heading = defaultSectionHeading(kind);
    return section;
}

qsizetype Article::indexOfSection(const QString &id) const
{
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Article::indexOfComment(const QString &id) const
{
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (comments.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype Article::indexOfRevision(const QString &id) const
{
    for (qsizetype i = 0; i < review.revisions.size(); ++i) {
        if (review.revisions.at(i).id == id)
            return i;
    }
    return -1;
}

QHash<QString, int> Article::openCommentCounts() const
{
    QHash<QString, int> counts;
    for (const ReviewComment &comment : comments) {
        if (!comment.resolved)
            ++counts[comment.sectionId];
    }
    return counts;
}

const QString *sectionFieldText(const Section &section, TextField field, int index)
{
    auto voiceField = [&](QString Voice::*member) -> const QString * {
        return index >= 0 && index < section.voices.size() ? &(section.voices.at(index).*member)
                                                           : nullptr;
    };
    switch (field) {
    case TextField::Heading:
        return &section.heading;
    case TextField::Markdown:
        return &section.markdown;
    case TextField::Bullet:
        return index >= 0 && index < section.bullets.size() ? &section.bullets.at(index) : nullptr;
    case TextField::StanceLabel:
        return index >= 0 && index < section.stances.size() ? &section.stances.at(index).label
                                                            : nullptr;
    case TextField::VoiceQuote:
        return voiceField(&Voice::quote);
    case TextField::VoiceAuthor:
        return voiceField(&Voice::author);
    case TextField::VoiceForum:
        return voiceField(&Voice::forum);
    case TextField::VoiceUrl:
        return voiceField(&Voice::url);
    case TextField::VoiceStance:
        return voiceField(&Voice::stance);
    default:
        return nullptr;
    }
}

const QString *metaFieldText(const ArticleMeta &meta, TextField field)
{
    switch (field) {
    case TextField::Title:
        return &meta.title;
    case TextField::Slug:
        return &meta.slug;
    case TextField::Author:
        return &meta.author;
    case TextField::FocusKeyword:
        return &meta.focusKeyword;
    case TextField::Excerpt:
        return &meta.excerpt;
    case TextField::FeaturedImageAlt:
        return &meta.featuredImageAlt;
    default:
        return nullptr;
    }
}

const QString *fieldText(const Article &article, const TextLocation &location)
{
    if (location.isMeta())
        return metaFieldText(article.meta, location.field);
    const qsizetype index = article.indexOfSection(location.sectionId);
    return index < 0 ? nullptr
                     : sectionFieldText(article.sections.at(index), location.field, location.index);
}

QString newId(QChar prefix)
{
    return prefix +
           QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
}

QList<Stance> effectiveStances(const Article &article, const Section &verdict)
{
    if (!verdict.stancesFromVoices)
        return verdict.stances;

    QList<Stance> result;
    QList<int> counts;
    auto slotFor = [&](const QString &label) {
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (result.at(i).label == label)
                return i;
        }
        result.append(Stance{label, 0, {}});
        counts.append(0);
        return result.size() - 1;
    };
    for (const Stance &stance : verdict.stances)
        slotFor(stance.label);
    int total = 0;
    for (const Section &section : article.sections) {
        for (const Voice &voice : section.voices) {
            if (voice.stance.isEmpty())
                continue;
            ++counts[slotFor(voice.stance)];
            ++total;
        }
    }
    if (total == 0)
        return result;

    // Largest remainder: floor every share, then hand the missing points to the largest
    // fractional parts so that the published figures always add up to 100.
    QList<std::pair<int, qsizetype>> remainders; // (remainder, index)
    int assigned = 0;
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i].percent = counts.at(i) * 100 / total;
        assigned += result.at(i).percent;
        remainders.append({counts.at(i) * 100 % total, i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; assigned < 100 && i < remainders.size(); ++i, ++assigned)
        ++result[remainders.at(i).second].percent;
    return result;
}

QList<Stance> verdictStances(const Article &article)
{
    for (const Section &section : article.sections) {
        if (section.kind == SectionKind::Verdict)
            return effectiveStances(article, section);
    }
    return {};
}

int stanceIndex(const QList<Stance> &stances, const QString &label)
{
    for (qsizetype i = 0; i < stances.size(); ++i) {
        if (stances.at(i).label.trimmed() == label.trimmed())
            return int(i) + 1;
    }
    return 0;
}

QString stanceSummary(const QList<Stance> &stances)
{
    QStringList parts;
    for (const Stance &stance : stances)
        parts.append(QStringLiteral("%1% %2").arg(stance.percent).arg(stance.label));
    return parts.join(QStringLiteral(", "));
}

QString stanceSlug(const QString &label)
{
    QString slug;
    for (const QChar c : label.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("other") : slug;
}

} // namespace quorum
