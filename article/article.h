// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "sectionsource.h"
#include "textlocation.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
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
/// The status as the writer reads it ("In Review"), translated.
QString reviewStatusName(ReviewStatus status);
/// Every status in workflow order.
QList<ReviewStatus> allReviewStatuses();

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
    /// Publish no heading while `heading` is empty (the part of a post before its first
    /// heading); otherwise an empty heading is published as the kind's heading.
    bool headless = false;
    /// The blocks the section was read from when it came from the site; empty otherwise.
    SectionSource source;
    QJsonObject extra;

    bool operator==(const Section &) const = default;

    /// A new section of `kind` with a fresh id and the kind's default heading.
    static Section create(SectionKind kind);
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

/// The key a text field has in the file format and in `quorum check --json`: "title",
/// "text" (the Markdown of a section), "voice-quote", ...
QString textFieldKey(TextField field);
std::optional<TextField> textFieldFromKey(const QString &key);
/// True for the fields of a section (heading, text, bullets, stance labels, voice fields); false
/// for the metadata fields.
bool isSectionField(TextField field);

/// What within its section a review comment is about.
struct CommentAnchor
{
    enum class Kind
    {
        Section, ///< the section as a whole
        Text,    ///< a span of text in one field of the section
        Voice    ///< one voice of a Forum Voices section
    };

    Kind kind = Kind::Section;
    TextField field = TextField::Markdown; ///< Text: the field (a section field)
    int index = 0;        ///< Text: the bullet, stance or voice of `field`; Voice: the voice
    qsizetype start = 0;  ///< Text: where the span starts, in UTF-16 code units of the field
    qsizetype length = 0; ///< Text: its length (more than 0)
    QString quote;        ///< Text: the anchored text as last seen; what a detached comment was on
    QJsonObject extra;

    bool operator==(const CommentAnchor &) const = default;
};

/// One answer in a comment's thread.
struct CommentReply
{
    QString author;
    QDateTime created;
    QString text;
    QJsonObject extra;

    bool operator==(const CommentReply &) const = default;
};

/// An editor's remark on a section, a span of its text or one voice. Never published, never
/// exported.
struct ReviewComment
{
    QString id;
    QString sectionId;
    CommentAnchor anchor;
    /// The anchored text (or voice) was deleted: the comment stays on its section.
    bool detached = false;
    QString author;
    QDateTime created;
    QString text;
    QList<CommentReply> replies;
    bool resolved = false;
    QJsonObject extra;

    bool operator==(const ReviewComment &) const = default;

    /// Where the comment points: its text span, its voice's quote, or (section anchor or
    /// detached) the start of the section's heading.
    TextLocation location() const;
};

/// One change of the review status: to what, by whom, when.
struct StatusChange
{
    ReviewStatus status = ReviewStatus::Draft;
    QString by;
    QDateTime at;
    QJsonObject extra;

    bool operator==(const StatusChange &) const = default;
};

/// A named snapshot of the article's text (metadata and sections), kept in the file.
struct Revision
{
    QString id;
    QString name;
    QDateTime created;
    QString author;
    ArticleMeta meta;
    QList<Section> sections;
    QJsonObject extra;

    bool operator==(const Revision &) const = default;
};

/// The stance tolerance a new article starts with, in percentage points.
inline constexpr int kDefaultStanceTolerance = 5;

/// Everything editorial review keeps besides comments and the status itself. Never published.
struct ReviewData
{
    QList<StatusChange> statusHistory; ///< oldest first
    QList<Revision> revisions;         ///< oldest first
    /// The text as it was when it was last published successfully (name empty).
    std::optional<Revision> published;
    QStringList disabledChecks; ///< ids of the checks switched off for this article
    /// How many percentage points a published split may differ from the voices' tally.
    int stanceTolerance = kDefaultStanceTolerance;
    QJsonObject extra;

    bool operator==(const ReviewData &) const = default;
    bool isEmpty() const { return *this == ReviewData{}; }
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

struct Article
{
    ArticleMeta meta;
    QList<Section> sections;
    QList<ReviewComment> comments;
    ReviewData review;
    RemoteBinding remote;
    QJsonObject extra;

    bool operator==(const Article &) const = default;

    /// Index of the section with `id`, or -1.
    qsizetype indexOfSection(const QString &id) const;
    /// Index of the comment with `id`, or -1.
    qsizetype indexOfComment(const QString &id) const;
    /// Index of the revision with `id` in `review.revisions`, or -1.
    qsizetype indexOfRevision(const QString &id) const;
    /// How many comments that are not resolved each section has, by section id (sections
    /// without open comments are left out). For the outline's per-section count.
    QHash<QString, int> openCommentCounts() const;
};

/// The text of `field` (with `index` for bullets, stances and voices) in `section`, or nullptr
/// when the section has no such field.
const QString *sectionFieldText(const Section &section, TextField field, int index);
/// The text of a metadata `field` in `meta`, or nullptr for a section field.
const QString *metaFieldText(const ArticleMeta &meta, TextField field);
/// The text `location` points into (the whole field), or nullptr.
const QString *fieldText(const Article &article, const TextLocation &location);

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
