// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlejson.h"

#include "jsonobjectreader.h"
#include "sectionsourcejson.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// ---- writing ----

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

template<typename T, typename F> QJsonArray toArray(const QList<T> &list, F &&convert)
{
    QJsonArray array;
    for (const T &item : list)
        array.append(convert(item));
    return array;
}

QString dateTimeToString(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toString(dateTime.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

QJsonObject stanceToJson(const Stance &stance)
{
    QJsonObject json = stance.extra;
    json[u"label"_s] = stance.label;
    json[u"percent"_s] = stance.percent;
    return json;
}

QJsonObject voiceToJson(const Voice &voice)
{
    QJsonObject json = voice.extra;
    json[u"quote"_s] = voice.quote;
    json[u"author"_s] = voice.author;
    json[u"forum"_s] = voice.forum;
    json[u"url"_s] = voice.url;
    json[u"date"_s] = voice.date.isValid() ? voice.date.toString(Qt::ISODate) : QString();
    json[u"stance"_s] = voice.stance;
    return json;
}

QJsonObject sectionToJson(const Section &section)
{
    QJsonObject json = section.extra;
    json[u"id"_s] = section.id;
    json[u"kind"_s] = sectionKindKey(section.kind);
    json[u"heading"_s] = section.heading;
    if (section.headless)
        json[u"headless"_s] = true;
    if (!section.source.isEmpty())
        json[u"source"_s] = sectionSourceToJson(section.source);
    switch (section.kind) {
    case SectionKind::TlDr:
        json[u"bullets"_s] = toArray(section.bullets);
        if (!section.markdown.isEmpty()) // blocks a pulled post held below its summary
            json[u"text"_s] = section.markdown;
        break;
    case SectionKind::Verdict:
        json[u"stances"_s] = toArray(section.stances, stanceToJson);
        json[u"stancesFromVoices"_s] = section.stancesFromVoices;
        json[u"text"_s] = section.markdown;
        break;
    case SectionKind::ForumVoices:
        json[u"voices"_s] = toArray(section.voices, voiceToJson);
        json[u"text"_s] = section.markdown;
        break;
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        json[u"text"_s] = section.markdown;
        break;
    }
    return json;
}

QJsonObject anchorToJson(const CommentAnchor &anchor)
{
    QJsonObject json = anchor.extra;
    switch (anchor.kind) {
    case CommentAnchor::Kind::Section:
        break;
    case CommentAnchor::Kind::Text:
        json[u"kind"_s] = u"text"_s;
        json[u"field"_s] = textFieldKey(anchor.field);
        json[u"index"_s] = anchor.index;
        json[u"start"_s] = anchor.start;
        json[u"length"_s] = anchor.length;
        json[u"quote"_s] = anchor.quote;
        break;
    case CommentAnchor::Kind::Voice:
        json[u"kind"_s] = u"voice"_s;
        json[u"index"_s] = anchor.index;
        break;
    }
    return json;
}

QJsonObject replyToJson(const CommentReply &reply)
{
    QJsonObject json = reply.extra;
    json[u"author"_s] = reply.author;
    json[u"created"_s] = dateTimeToString(reply.created);
    json[u"text"_s] = reply.text;
    return json;
}

QJsonObject commentToJson(const ReviewComment &comment)
{
    QJsonObject json = comment.extra;
    json[u"id"_s] = comment.id;
    json[u"section"_s] = comment.sectionId;
    // A comment on the whole section (every comment an older Quorum wrote) has no anchor.
    if (comment.anchor.kind != CommentAnchor::Kind::Section || !comment.anchor.extra.isEmpty())
        json[u"anchor"_s] = anchorToJson(comment.anchor);
    json[u"detached"_s] = comment.detached;
    json[u"author"_s] = comment.author;
    json[u"created"_s] = dateTimeToString(comment.created);
    json[u"text"_s] = comment.text;
    json[u"replies"_s] = toArray(comment.replies, replyToJson);
    json[u"resolved"_s] = comment.resolved;
    return json;
}

QJsonObject metaToJson(const ArticleMeta &meta)
{
    QJsonObject json = meta.extra;
    json[u"title"_s] = meta.title;
    json[u"slug"_s] = meta.slug;
    json[u"author"_s] = meta.author;
    json[u"published"_s] = dateTimeToString(meta.published);
    json[u"categories"_s] = toArray(meta.categories);
    json[u"tags"_s] = toArray(meta.tags);
    json[u"focusKeyword"_s] = meta.focusKeyword;
    json[u"excerpt"_s] = meta.excerpt;
    json[u"featuredImage"_s] = meta.featuredImage;
    json[u"featuredImageAlt"_s] = meta.featuredImageAlt;
    json[u"language"_s] = meta.language;
    json[u"reviewStatus"_s] = reviewStatusKey(meta.reviewStatus);
    return json;
}

QJsonObject statusChangeToJson(const StatusChange &change)
{
    QJsonObject json = change.extra;
    json[u"status"_s] = reviewStatusKey(change.status);
    json[u"by"_s] = change.by;
    json[u"at"_s] = dateTimeToString(change.at);
    return json;
}

QJsonObject revisionToJson(const Revision &revision)
{
    QJsonObject json = revision.extra;
    json[u"id"_s] = revision.id;
    json[u"name"_s] = revision.name;
    json[u"created"_s] = dateTimeToString(revision.created);
    json[u"author"_s] = revision.author;
    json[u"meta"_s] = metaToJson(revision.meta);
    json[u"sections"_s] = toArray(revision.sections, sectionToJson);
    return json;
}

QJsonObject reviewToJson(const ReviewData &review)
{
    QJsonObject json = review.extra;
    json[u"statusHistory"_s] = toArray(review.statusHistory, statusChangeToJson);
    json[u"revisions"_s] = toArray(review.revisions, revisionToJson);
    if (review.published)
        json[u"published"_s] = revisionToJson(*review.published);
    json[u"disabledChecks"_s] = toArray(review.disabledChecks);
    json[u"stanceTolerance"_s] = review.stanceTolerance;
    return json;
}

QJsonObject remoteToJson(const RemoteBinding &remote)
{
    QJsonObject json = remote.extra;
    json[u"site"_s] = remote.site;
    json[u"postId"_s] = remote.postId;
    json[u"link"_s] = remote.link;
    json[u"status"_s] = remote.status;
    json[u"modifiedGmt"_s] = remote.modifiedGmt;
    return json;
}

// ---- reading ----

void readStance(ObjectReader &reader, Stance *stance)
{
    reader.require(u"label"_s);
    reader.text(u"label"_s, &stance->label);
    qint64 percent = 0;
    reader.integer(u"percent"_s, &percent, 0, 100);
    stance->percent = int(percent);
    stance->extra = reader.unknownMembers();
}

void readVoice(ObjectReader &reader, Voice *voice)
{
    reader.text(u"quote"_s, &voice->quote);
    reader.text(u"author"_s, &voice->author);
    reader.text(u"forum"_s, &voice->forum);
    reader.text(u"url"_s, &voice->url);
    reader.date(u"date"_s, &voice->date);
    reader.text(u"stance"_s, &voice->stance);
    voice->extra = reader.unknownMembers();
}

void readSection(ObjectReader &reader, Section *section)
{
    reader.require(u"id"_s);
    reader.require(u"kind"_s);
    reader.text(u"id"_s, &section->id);
    if (reader.ok() && section->id.trimmed().isEmpty())
        reader.fail(reader.pathOf(u"id"_s), u"'id' must not be empty"_s);
    QString kindKey;
    reader.text(u"kind"_s, &kindKey);
    if (!reader.ok())
        return;
    const std::optional<SectionKind> kind = sectionKindFromKey(kindKey);
    if (!kind) {
        QStringList keys;
        for (SectionKind known : allSectionKinds())
            keys.append(sectionKindKey(known));
        reader.fail(reader.pathOf(u"kind"_s), u"'%1' is not a section kind; the kinds are %2"_s.arg(
                                                  kindKey, keys.join(u", "_s)));
        return;
    }
    section->kind = *kind;
    reader.text(u"heading"_s, &section->heading);
    reader.boolean(u"headless"_s, &section->headless);
    reader.object(u"source"_s,
                  [section](ObjectReader &source) { readSectionSource(source, &section->source); });
    switch (section->kind) {
    case SectionKind::TlDr:
        reader.textList(u"bullets"_s, &section->bullets);
        reader.text(u"text"_s, &section->markdown);
        break;
    case SectionKind::Verdict:
        reader.objectList(u"stances"_s, [section](ObjectReader &item) {
            readStance(item, &section->stances.emplaceBack());
        });
        reader.boolean(u"stancesFromVoices"_s, &section->stancesFromVoices);
        reader.text(u"text"_s, &section->markdown);
        break;
    case SectionKind::ForumVoices:
        reader.objectList(u"voices"_s, [section](ObjectReader &item) {
            readVoice(item, &section->voices.emplaceBack());
        });
        reader.text(u"text"_s, &section->markdown);
        break;
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        reader.text(u"text"_s, &section->markdown);
        break;
    }
    section->extra = reader.unknownMembers();
}

void readAnchor(ObjectReader &reader, CommentAnchor *anchor)
{
    QString kind;
    reader.text(u"kind"_s, &kind);
    if (!reader.ok())
        return;
    qint64 index = 0;
    if (kind == u"text") {
        anchor->kind = CommentAnchor::Kind::Text;
        QString field;
        reader.require(u"field"_s);
        reader.text(u"field"_s, &field);
        if (!reader.ok())
            return;
        const std::optional<TextField> parsed = textFieldFromKey(field);
        if (!parsed || !isSectionField(*parsed)) {
            reader.fail(reader.pathOf(u"field"_s),
                        u"'%1' is not a field of a section; use heading, text, bullet, "
                        "stance-label or a voice-… field"_s.arg(field));
            return;
        }
        anchor->field = *parsed;
        qint64 start = 0;
        qint64 length = 0;
        reader.integer(u"index"_s, &index, 0, std::numeric_limits<int>::max());
        reader.integer(u"start"_s, &start, 0, std::numeric_limits<int>::max());
        reader.integer(u"length"_s, &length, 0, std::numeric_limits<int>::max());
        reader.text(u"quote"_s, &anchor->quote);
        anchor->index = int(index);
        anchor->start = start;
        anchor->length = length;
    } else if (kind == u"voice") {
        anchor->kind = CommentAnchor::Kind::Voice;
        reader.integer(u"index"_s, &index, 0, std::numeric_limits<int>::max());
        anchor->index = int(index);
    } else if (!kind.isEmpty()) {
        reader.fail(reader.pathOf(u"kind"_s),
                    u"'%1' is not an anchor kind; use text or voice"_s.arg(kind));
        return;
    }
    anchor->extra = reader.unknownMembers();
}

void readReply(ObjectReader &reader, CommentReply *reply)
{
    reader.text(u"author"_s, &reply->author);
    reader.dateTime(u"created"_s, &reply->created);
    reader.text(u"text"_s, &reply->text);
    reply->extra = reader.unknownMembers();
}

void readComment(ObjectReader &reader, ReviewComment *comment)
{
    reader.text(u"id"_s, &comment->id);
    reader.text(u"section"_s, &comment->sectionId);
    reader.object(u"anchor"_s,
                  [comment](ObjectReader &anchor) { readAnchor(anchor, &comment->anchor); });
    reader.boolean(u"detached"_s, &comment->detached);
    reader.text(u"author"_s, &comment->author);
    reader.dateTime(u"created"_s, &comment->created);
    reader.text(u"text"_s, &comment->text);
    reader.objectList(u"replies"_s, [comment](ObjectReader &reply) {
        readReply(reply, &comment->replies.emplaceBack());
    });
    reader.boolean(u"resolved"_s, &comment->resolved);
    comment->extra = reader.unknownMembers();
}

void readStatus(ObjectReader &reader, const QString &key, ReviewStatus *out)
{
    QString status;
    reader.text(key, &status);
    if (!reader.ok() || status.isEmpty())
        return;
    if (const auto parsed = reviewStatusFromKey(status))
        *out = *parsed;
    else
        reader.fail(reader.pathOf(key), u"'%1' is not a review status; use draft, in-review, "
                                        "changes-requested, approved or published"_s.arg(status));
}

void readMeta(ObjectReader &reader, ArticleMeta *meta)
{
    reader.text(u"title"_s, &meta->title);
    reader.text(u"slug"_s, &meta->slug);
    reader.text(u"author"_s, &meta->author);
    reader.dateTime(u"published"_s, &meta->published);
    reader.textList(u"categories"_s, &meta->categories);
    reader.textList(u"tags"_s, &meta->tags);
    reader.text(u"focusKeyword"_s, &meta->focusKeyword);
    reader.text(u"excerpt"_s, &meta->excerpt);
    reader.text(u"featuredImage"_s, &meta->featuredImage);
    reader.text(u"featuredImageAlt"_s, &meta->featuredImageAlt);
    reader.text(u"language"_s, &meta->language);
    readStatus(reader, u"reviewStatus"_s, &meta->reviewStatus);
    meta->extra = reader.unknownMembers();
}

// Every section of a list needs an id of its own.
bool checkSectionIds(ObjectReader &reader, const QList<Section> &sections)
{
    QSet<QString> ids;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const QString &id = sections.at(i).id;
        if (ids.contains(id)) {
            return reader.fail(
                reader.path() + JsonPath{u"sections"_s, i, u"id"_s},
                u"section id '%1' is used twice; every section needs its own id"_s.arg(id));
        }
        ids.insert(id);
    }
    return true;
}

void readStatusChange(ObjectReader &reader, StatusChange *change)
{
    reader.require(u"status"_s);
    readStatus(reader, u"status"_s, &change->status);
    reader.text(u"by"_s, &change->by);
    reader.dateTime(u"at"_s, &change->at);
    change->extra = reader.unknownMembers();
}

void readRevision(ObjectReader &reader, Revision *revision)
{
    reader.text(u"id"_s, &revision->id);
    reader.text(u"name"_s, &revision->name);
    reader.dateTime(u"created"_s, &revision->created);
    reader.text(u"author"_s, &revision->author);
    reader.object(u"meta"_s, [revision](ObjectReader &meta) { readMeta(meta, &revision->meta); });
    reader.objectList(u"sections"_s, [revision](ObjectReader &section) {
        readSection(section, &revision->sections.emplaceBack());
    });
    if (reader.ok())
        checkSectionIds(reader, revision->sections);
    revision->extra = reader.unknownMembers();
}

void readReview(ObjectReader &reader, ReviewData *review)
{
    reader.objectList(u"statusHistory"_s, [review](ObjectReader &change) {
        readStatusChange(change, &review->statusHistory.emplaceBack());
    });
    reader.objectList(u"revisions"_s, [review](ObjectReader &revision) {
        readRevision(revision, &review->revisions.emplaceBack());
    });
    reader.object(u"published"_s, [review](ObjectReader &published) {
        readRevision(published, &review->published.emplace());
    });
    reader.textList(u"disabledChecks"_s, &review->disabledChecks);
    qint64 tolerance = review->stanceTolerance;
    reader.integer(u"stanceTolerance"_s, &tolerance, 0, 100);
    review->stanceTolerance = int(tolerance);
    review->extra = reader.unknownMembers();
}

void readRemote(ObjectReader &reader, RemoteBinding *remote)
{
    reader.text(u"site"_s, &remote->site);
    reader.integer(u"postId"_s, &remote->postId, 0, qint64(1) << 53);
    reader.text(u"link"_s, &remote->link);
    reader.text(u"status"_s, &remote->status);
    reader.text(u"modifiedGmt"_s, &remote->modifiedGmt);
    remote->extra = reader.unknownMembers();
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonObject json = article.extra;
    json[u"format"_s] = kFormatVersion;
    json[u"meta"_s] = metaToJson(article.meta);
    json[u"sections"_s] = toArray(article.sections, sectionToJson);
    json[u"comments"_s] = toArray(article.comments, commentToJson);
    // Absent until an editor reviews: files without review data keep their exact bytes.
    if (!article.review.isEmpty())
        json[u"review"_s] = reviewToJson(article.review);
    if (!article.remote.isEmpty())
        json[u"remote"_s] = remoteToJson(article.remote);
    return json;
}

bool articleFromJson(const QJsonObject &json, Article *article, SchemaError *error)
{
    Article result;
    ObjectReader reader(json, {}, error);
    QJsonValue format;
    reader.take(u"format"_s, &format); // checked by the caller, never kept as unknown
    reader.require(u"sections"_s);
    reader.object(u"meta"_s, [&](ObjectReader &meta) { readMeta(meta, &result.meta); });
    reader.objectList(u"sections"_s, [&](ObjectReader &section) {
        readSection(section, &result.sections.emplaceBack());
    });
    reader.objectList(u"comments"_s, [&](ObjectReader &comment) {
        readComment(comment, &result.comments.emplaceBack());
    });
    reader.object(u"review"_s, [&](ObjectReader &review) { readReview(review, &result.review); });
    reader.object(u"remote"_s, [&](ObjectReader &remote) { readRemote(remote, &result.remote); });
    if (!reader.ok() || !checkSectionIds(reader, result.sections))
        return false;
    result.extra = reader.unknownMembers();
    *article = std::move(result);
    return true;
}

} // namespace quorum
