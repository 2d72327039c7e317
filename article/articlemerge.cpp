// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// The rules of the three-way merge. "Changed" means different from base; a value only one
// side changed takes that side; a value both sides changed alike is kept.
//
// Sections (by id, each section one value): changed differently on both sides, or added on
// both sides with one id and different content, is a Section conflict; deleted on one side
// and unchanged on the other is deleted; deleted on one side and changed on the other is a
// DeletedVsChanged conflict whose placeholder is the changed version. Order: see mergeOrder()
// in mergeparts.h (a move or an addition takes its side's place; both sides' additions in one
// gap: each side's stay together, the group whose first id sorts first comes first; a section
// both sides moved follows local).
//
// Metadata, field by field: the text fields and `published` are Field conflicts when both
// changed them differently. Categories and tags merge as sets: additions and removals of both
// sides are kept, ordered like sections. The review status is the status of the newest change
// in the merged history when the history gained changes; otherwise a status both sides
// changed differently (with no history to tell) is a Field conflict. The unknown members
// (`extra`) of the metadata, the review data and the article merge member by member; a member
// both sides changed differently is a Field conflict over the whole object.
//
// Comments (by id), never a conflict: replies merge as a set of (author, created, text) in
// time order; `resolved` and every other field take the side that changed it (both changed a
// field differently: local, which Quorum's own edits cannot cause: they never rewrite a
// comment). The anchor comes with the section: from the side that changed it, and anchors
// set against a version of the section the merge did not take follow the text to the merged
// version. A comment deleted on one side and unchanged on the other is deleted; if the other
// side changed it (a reply), it is kept.
//
// Review data: status changes merge as a set of (status, by, at) in time order, revisions as
// a set by id in time order (a removal on either side removes); both sides published: the
// later snapshot; switched-off checks as a set; both changed the stance tolerance: the
// smaller, stricter one. The remote binding is local's.
#include "articlemerge.h"

#include "commentanchors.h"
#include "mergeparts.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

struct TextMetaField
{
    const char16_t *key; // as in the file format
    QString ArticleMeta::*member;
};

const TextMetaField kTextMetaFields[] = {
    {u"title", &ArticleMeta::title},
    {u"slug", &ArticleMeta::slug},
    {u"author", &ArticleMeta::author},
    {u"focusKeyword", &ArticleMeta::focusKeyword},
    {u"excerpt", &ArticleMeta::excerpt},
    {u"featuredImage", &ArticleMeta::featuredImage},
    {u"featuredImageAlt", &ArticleMeta::featuredImageAlt},
    {u"language", &ArticleMeta::language},
};

MergeConflict fieldConflict(const QString &id, const QVariant &base, const QVariant &local,
                            const QVariant &remote)
{
    MergeConflict conflict;
    conflict.kind = MergeConflict::Kind::Field;
    conflict.id = id;
    conflict.baseValue = base;
    conflict.localValue = local;
    conflict.remoteValue = remote;
    return conflict;
}

MergeConflict sectionConflict(MergeConflict::Kind kind, const QString &id, const Section *base,
                              const Section *local, const Section *remote)
{
    const auto value = [](const Section *section) {
        return section ? std::optional<Section>(*section) : std::nullopt;
    };
    MergeConflict conflict;
    conflict.kind = kind;
    conflict.id = id;
    conflict.base = value(base);
    conflict.local = value(local);
    conflict.remote = value(remote);
    return conflict;
}

QHash<QString, const Section *> sectionsById(const QList<Section> &sections)
{
    QHash<QString, const Section *> index;
    index.reserve(sections.size());
    for (const Section &section : sections)
        index.insert(section.id, &section);
    return index;
}

void mergeSections(const Article &base, const Article &local, const Article &remote,
                   ArticleMerge *merge)
{
    const auto inBase = sectionsById(base.sections);
    const auto inLocal = sectionsById(local.sections);
    const auto inRemote = sectionsById(remote.sections);
    QHash<QString, const Section *> kept;
    QHash<QString, MergeConflict> conflicts;
    QSet<QString> seen;
    for (const QList<Section> *list : {&base.sections, &local.sections, &remote.sections}) {
        for (const Section &section : *list) {
            const QString &id = section.id;
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const Section *b = inBase.value(id);
            const Section *l = inLocal.value(id);
            const Section *r = inRemote.value(id);
            if (l && r) {
                const bool same = *l == *r;
                kept.insert(id, !same && b && *l == *b ? r : l);
                if (!same && (!b || (*l != *b && *r != *b)))
                    conflicts.insert(id,
                                     sectionConflict(MergeConflict::Kind::Section, id, b, l, r));
            } else if (l || r) {
                const Section *other = l ? l : r;
                if (b && *other == *b)
                    continue;           // deleted on one side, unchanged on the other
                kept.insert(id, other); // added on one side, or changed where the other deleted
                if (b)
                    conflicts.insert(
                        id, sectionConflict(MergeConflict::Kind::DeletedVsChanged, id, b, l, r));
            }
        }
    }
    const QSet<QString> keptIds(kept.keyBegin(), kept.keyEnd());
    const QStringList order =
        mergeOrder(idsOf(base.sections), idsOf(local.sections), idsOf(remote.sections), keptIds);
    merge->article.sections.reserve(order.size());
    for (const QString &id : order) {
        merge->article.sections.append(*kept.value(id));
        if (conflicts.contains(id))
            merge->conflicts.append(conflicts.value(id));
    }
}

void mergeMeta(const Article &base, const Article &local, const Article &remote,
               ArticleMerge *merge)
{
    const ArticleMeta &b = base.meta;
    const ArticleMeta &l = local.meta;
    const ArticleMeta &r = remote.meta;
    ArticleMeta &merged = merge->article.meta;
    merged = l;
    for (const TextMetaField &field : kTextMetaFields) {
        const auto pick = pickMerged(b.*field.member, l.*field.member, r.*field.member);
        merged.*field.member = pick.value;
        if (pick.conflict)
            merge->conflicts.append(fieldConflict(QString::fromUtf16(field.key), b.*field.member,
                                                  l.*field.member, r.*field.member));
    }
    const auto published = pickMerged(b.published, l.published, r.published);
    merged.published = published.value;
    if (published.conflict)
        merge->conflicts.append(
            fieldConflict(u"published"_s, b.published, l.published, r.published));
    merged.categories = mergeMembers(b.categories, l.categories, r.categories);
    merged.tags = mergeMembers(b.tags, l.tags, r.tags);

    const QList<StatusChange> &history = merge->article.review.statusHistory;
    const QList<StatusChange> &baseHistory = base.review.statusHistory;
    bool newChanges = false;
    for (const StatusChange &change : history)
        newChanges = newChanges || !baseHistory.contains(change);
    const auto status = pickMerged(b.reviewStatus, l.reviewStatus, r.reviewStatus);
    merged.reviewStatus = newChanges ? history.constLast().status : status.value;
    if (!newChanges && status.conflict)
        merge->conflicts.append(fieldConflict(u"reviewStatus"_s, reviewStatusKey(b.reviewStatus),
                                              reviewStatusKey(l.reviewStatus),
                                              reviewStatusKey(r.reviewStatus)));

    bool conflict = false;
    merged.extra = mergeExtra(b.extra, l.extra, r.extra, &conflict);
    if (conflict)
        merge->conflicts.append(fieldConflict(u"extra"_s, b.extra, l.extra, r.extra));
}

} // namespace

ArticleMerge mergeArticles(const Article &base, const Article &local, const Article &remote)
{
    ArticleMerge merge;
    Article &merged = merge.article;
    mergeSections(base, local, remote, &merge);
    bool reviewExtraConflict = false;
    merged.review = mergeReview(base.review, local.review, remote.review, &reviewExtraConflict);
    mergeMeta(base, local, remote, &merge); // after the review: the status follows its history
    if (reviewExtraConflict)
        merge.conflicts.append(fieldConflict(u"review.extra"_s, base.review.extra,
                                             local.review.extra, remote.review.extra));
    merged.comments = mergeComments(base, local, remote, merged.sections);
    bool extraConflict = false;
    merged.extra = mergeExtra(base.extra, local.extra, remote.extra, &extraConflict);
    if (extraConflict)
        merge.conflicts.append(
            fieldConflict(u"article.extra"_s, base.extra, local.extra, remote.extra));
    merged.remote = local.remote;
    return merge;
}

void ArticleMerge::resolveSection(qsizetype index, const std::optional<Section> &chosen)
{
    if (index < 0 || index >= conflicts.size() ||
        conflicts.at(index).kind == MergeConflict::Kind::Field)
        return;
    std::optional<Section> wanted = chosen; // `chosen` may be one of the conflict's own versions
    const QString id = conflicts.takeAt(index).id;
    const qsizetype at = article.indexOfSection(id);
    if (at < 0)
        return;
    if (!wanted) {
        article.sections.removeAt(at); // its comments stay, as when a writer deletes it
        return;
    }
    wanted->id = id;
    article.comments = followSectionEdit(article.comments, article.sections.at(at), *wanted);
    article.sections[at] = *wanted;
}

void ArticleMerge::resolveField(qsizetype index, const QVariant &value)
{
    if (index < 0 || index >= conflicts.size() ||
        conflicts.at(index).kind != MergeConflict::Kind::Field)
        return;
    const QVariant wanted = value; // `value` may be one of the conflict's own values
    const QString id = conflicts.takeAt(index).id;
    ArticleMeta &meta = article.meta;
    for (const TextMetaField &field : kTextMetaFields) {
        if (id == QStringView(field.key))
            meta.*field.member = wanted.toString();
    }
    if (id == u"published")
        meta.published = wanted.toDateTime();
    else if (id == u"reviewStatus")
        meta.reviewStatus = reviewStatusFromKey(wanted.toString()).value_or(meta.reviewStatus);
    else if (id == u"extra")
        meta.extra = wanted.toJsonObject();
    else if (id == u"review.extra")
        article.review.extra = wanted.toJsonObject();
    else if (id == u"article.extra")
        article.extra = wanted.toJsonObject();
}

void ArticleMerge::resolve(qsizetype index, MergeSide side)
{
    if (index < 0 || index >= conflicts.size())
        return;
    const MergeConflict &conflict = conflicts.at(index);
    if (conflict.kind == MergeConflict::Kind::Field) {
        resolveField(index, side == MergeSide::Base    ? conflict.baseValue
                            : side == MergeSide::Local ? conflict.localValue
                                                       : conflict.remoteValue);
    } else {
        resolveSection(index, side == MergeSide::Base    ? conflict.base
                              : side == MergeSide::Local ? conflict.local
                                                         : conflict.remote);
    }
}

} // namespace quorum
