// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quorum {

// The model: plain value types, copyable and comparable. Each type keeps the JSON members it
// does not know in `extra`, so that a file written by a newer Quorum survives a round trip.

enum class SectionKind
{
    TlDr,
    Verdict,
    Introduction,
    ForumVoices,
    Text,
    Conclusion
};

/// The key a kind has in the file format ("tldr", "forum-voices", ...).
QString sectionKindKey(SectionKind kind);
std::optional<SectionKind> sectionKindFromKey(const QString &key);
QList<SectionKind> allSectionKinds();
/// The heading a new section of this kind starts with.
QString defaultSectionHeading(SectionKind kind);

enum class ReviewStatus
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    Published
};

QString reviewStatusKey(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromKey(const QString &key);

/// One side of the verdict: "Skeptical" at 60 percent.
struct Stance
{
    QString label;
    int percent = 0;
    QJsonObject extra;

    bool operator==(const Stance &) const = default;
};

/// A quote from a forum, attributed.
struct Voice
{
    QString quote;
    QString author;
    QString forum;
    QString url;
    QDate date;
    QString stance; ///< a label of the verdict's stances, or empty
    QJsonObject extra;

    bool operator==(const Voice &) const = default;
};

/// One part of the article. Which content members matter depends on `kind`:
/// TlDr uses `bullets`; Verdict uses `stances` and `stancesFromVoices` (plus `markdown`
/// below the split); ForumVoices uses `voices` (plus `markdown` as the lead);
/// Introduction, Text and Conclusion use `markdown`.
struct Section
{
    QString id; ///< stable across edits, unique within the article
    SectionKind kind = SectionKind::Text;
    QString heading;
    QString markdown;
    QStringList bullets;
    QList<Stance> stances;
    bool stancesFromVoices = false;
    QList<Voice> voices;
    QJsonObject extra;

    bool operator==(const Section &) const = default;

    /// A new section of `kind` with a fresh id and the kind's default heading.
    static Section create(SectionKind kind);
};

/// An editor's remark on a section. Never published.
struct ReviewComment
{
    QString id;
    QString sectionId;
    QString author;
    QDateTime created;
    QString text;
    bool resolved = false;
    QJsonObject extra;

    bool operator==(const ReviewComment &) const = default;
};

/// Where the article was last published, so that publishing again updates that post.
struct RemoteBinding
{
    QString site;        ///< the site URL
    qint64 postId = 0;   ///< 0 when never published
    QString link;        ///< the post's public URL
    QString status;      ///< WordPress post status at the last sync
    QString modifiedGmt; ///< the server's modified_gmt at the last sync, verbatim
    QJsonObject extra;

    bool operator==(const RemoteBinding &) const = default;
    bool isEmpty() const { return *this == RemoteBinding{}; }
};

struct ArticleMeta
{
    QString title;
    QString slug;
    QString author;
    QDateTime published; ///< invalid when not set
    QStringList categories;
    QStringList tags;
    QString focusKeyword;
    QString excerpt;       ///< also the meta description
    QString featuredImage; ///< path relative to the .quorum file
    QString featuredImageAlt;
    QString language = QStringLiteral("en"); ///< BCP 47
    ReviewStatus reviewStatus = ReviewStatus::Draft;
    QJsonObject extra;

    bool operator==(const ArticleMeta &) const = default;
};

struct Article
{
    ArticleMeta meta;
    QList<Section> sections;
    QList<ReviewComment> comments;
    RemoteBinding remote;
    QJsonObject extra;

    bool operator==(const Article &) const = default;

    /// Index of the section with `id`, or -1.
    qsizetype indexOfSection(const QString &id) const;
};

/// A short random id for a new section or comment ("s3f9a1c2e").
QString newId(QChar prefix);

/// The stances of a verdict as published: the stored ones, or when `stancesFromVoices` is
/// set, the tally of the article's voices in the verdict's label order, as whole percentages
/// that add up to 100 (largest remainder). Labels only voices use come after, in order met.
QList<Stance> effectiveStances(const Article &article, const Section &verdict);

/// The stances of the article's first verdict as published (see effectiveStances), or none.
QList<Stance> verdictStances(const Article &article);

/// The 1-based position of `label` among `stances` (its colour in the preview), or 0.
int stanceIndex(const QList<Stance> &stances, const QString &label);

/// "60% Skeptical, 40% Supportive".
QString stanceSummary(const QList<Stance> &stances);

/// A label as a CSS class fragment: "Very skeptical" gives "very-skeptical".
QString stanceSlug(const QString &label);

} // namespace quorum
