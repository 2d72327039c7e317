// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mergeparts.h"

#include "commentanchors.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The ids of `side` that are in base but not on one longest run `side` kept in base order:
// the ids the side moved. The longest increasing subsequence of their base positions
// (patience sorting, O(n log n)) keeps as many ids in place as can be.
QSet<QString> movedIds(const QHash<QString, qsizetype> &basePosition, const QStringList &side)
{
    QList<qsizetype> positions;
    QStringList ids;
    for (const QString &id : side) {
        const auto found = basePosition.constFind(id);
        if (found != basePosition.constEnd()) {
            positions.append(*found);
            ids.append(id);
        }
    }
    QList<qsizetype> tails; // tails[k]: the element ending the best run of length k + 1
    QList<qsizetype> previous(positions.size(), -1);
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const auto at = std::lower_bound(
            tails.begin(), tails.end(), positions.at(i),
            [&](qsizetype tail, qsizetype value) { return positions.at(tail) < value; });
        const qsizetype length = at - tails.begin();
        previous[i] = length > 0 ? tails.at(length - 1) : -1;
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    std::vector<bool> inRun(size_t(positions.size()), false);
    for (qsizetype i = tails.isEmpty() ? -1 : tails.constLast(); i >= 0; i = previous.at(i))
        inRun[size_t(i)] = true;
    QSet<QString> moved;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!inRun[size_t(i)])
            moved.insert(ids.at(i));
    }
    return moved;
}

// The ids `side` placed itself (`owned`), grouped by the gap they went into: the position in
// base of the nearest settled id before them in `side`, -1 for the start.
QHash<qsizetype, QStringList> placedByGap(const QStringList &side, const QSet<QString> &owned,
                                          const QSet<QString> &settled,
                                          const QHash<QString, qsizetype> &basePosition)
{
    QHash<qsizetype, QStringList> gaps;
    qsizetype gap = -1;
    for (const QString &id : side) {
        if (settled.contains(id))
            gap = basePosition.value(id);
        else if (owned.contains(id))
            gaps[gap].append(id);
    }
    return gaps;
}

// Any value in a QHash keyed the way a list's items pair up.
template<typename T, typename Key> QHash<QString, const T *> indexed(const QList<T> &items, Key key)
{
    QHash<QString, const T *> index;
    index.reserve(items.size());
    for (const T &item : items)
        index.insert(key(item), &item);
    return index;
}

// A three-way merge of a set of items that pair up by `key`: membership as keptInSet(), each
// kept item merged as a value (both changed differently: local's). Unordered: callers sort.
template<typename T, typename Key>
QList<T> mergeKeyed(const QList<T> &base, const QList<T> &local, const QList<T> &remote, Key key)
{
    const auto inBase = indexed(base, key);
    const auto inLocal = indexed(local, key);
    const auto inRemote = indexed(remote, key);
    QList<T> merged;
    QSet<QString> seen;
    for (const QList<T> *list : {&base, &local, &remote}) {
        for (const T &item : *list) {
            const QString k = key(item);
            if (seen.contains(k))
                continue;
            seen.insert(k);
            const T *b = inBase.value(k);
            const T *l = inLocal.value(k);
            const T *r = inRemote.value(k);
            if (!keptInSet(b, l, r))
                continue;
            if (l && r)
                merged.append(b ? pickMerged(*b, *l, *r).value : *l);
            else
                merged.append(l ? *l : *r);
        }
    }
    return merged;
}

QString timeKey(const QDateTime &time)
{
    return time.isValid() ? QString::number(time.toMSecsSinceEpoch()) : QString();
}

// Replies and status changes have no id: they pair up by what they say, who and when.
QString replyKey(const CommentReply &reply)
{
    return reply.author + u'\x1f' + timeKey(reply.created) + u'\x1f' + reply.text;
}

QString statusKey(const StatusChange &change)
{
    return reviewStatusKey(change.status) + u'\x1f' + change.by + u'\x1f' + timeKey(change.at);
}

QList<CommentReply> mergeReplies(const QList<CommentReply> &base, const QList<CommentReply> &local,
                                 const QList<CommentReply> &remote)
{
    QList<CommentReply> replies = mergeKeyed(base, local, remote, replyKey);
    std::sort(replies.begin(), replies.end(), [](const CommentReply &a, const CommentReply &b) {
        return std::tie(a.created, a.author, a.text) < std::tie(b.created, b.author, b.text);
    });
    return replies;
}

// Where a comment points. It moves with its section's text, so it comes from the side whose
// section the merge took, as one value.
using Anchoring = std::tuple<QString, CommentAnchor, bool>;
Anchoring anchoring(const ReviewComment &comment)
{
    return {comment.sectionId, comment.anchor, comment.detached};
}

// A comment both sides kept and at least one changed. `*remoteAnchor` tells that its anchor is
// remote's (else local's).
ReviewComment mergeComment(const ReviewComment &base, const ReviewComment &local,
                           const ReviewComment &remote, bool *remoteAnchor)
{
    ReviewComment merged = local;
    *remoteAnchor = anchoring(local) == anchoring(base) && anchoring(remote) != anchoring(base);
    if (*remoteAnchor)
        std::tie(merged.sectionId, merged.anchor, merged.detached) = anchoring(remote);
    merged.author = pickMerged(base.author, local.author, remote.author).value;
    merged.created = pickMerged(base.created, local.created, remote.created).value;
    merged.text = pickMerged(base.text, local.text, remote.text).value;
    merged.extra = pickMerged(base.extra, local.extra, remote.extra).value;
    merged.replies = mergeReplies(base.replies, local.replies, remote.replies);
    // A flag: when both sides changed it, they changed it alike.
    merged.resolved = pickMerged(base.resolved, local.resolved, remote.resolved).value;
    return merged;
}

const Section *findSection(const Article &article, const QString &id)
{
    const qsizetype index = article.indexOfSection(id);
    return index < 0 ? nullptr : &article.sections.at(index);
}

} // namespace

QStringList mergeOrder(const QStringList &base, const QStringList &local, const QStringList &remote,
                       const QSet<QString> &kept)
{
    QHash<QString, qsizetype> basePosition;
    basePosition.reserve(base.size());
    for (qsizetype i = 0; i < base.size(); ++i)
        basePosition.insert(base.at(i), i);
    const QSet<QString> movedLocal = movedIds(basePosition, local);
    const QSet<QString> movedRemote = movedIds(basePosition, remote);
    // Settled: the ids whose place neither side changed; they keep base order, and both sides
    // have them in that order.
    QSet<QString> settled;
    for (const QString &id : base) {
        if (kept.contains(id) && !movedLocal.contains(id) && !movedRemote.contains(id))
            settled.insert(id);
    }
    QSet<QString> localOwned;
    for (const QString &id : local) {
        if (kept.contains(id) && !settled.contains(id) &&
            (movedLocal.contains(id) || !basePosition.contains(id)))
            localOwned.insert(id);
    }
    QSet<QString> remoteOwned;
    for (const QString &id : remote) {
        if (kept.contains(id) && !settled.contains(id) && !localOwned.contains(id))
            remoteOwned.insert(id);
    }
    const auto localGaps = placedByGap(local, localOwned, settled, basePosition);
    const auto remoteGaps = placedByGap(remote, remoteOwned, settled, basePosition);

    QStringList order;
    order.reserve(kept.size());
    QSet<QString> placed;
    const auto append = [&](const QString &id) {
        if (!placed.contains(id)) {
            placed.insert(id);
            order.append(id);
        }
    };
    const auto fillGap = [&](qsizetype gap) {
        QStringList first = localGaps.value(gap);
        QStringList second = remoteGaps.value(gap);
        if (!first.isEmpty() && !second.isEmpty() && second.constFirst() < first.constFirst())
            std::swap(first, second);
        for (const QString &id : std::as_const(first))
            append(id);
        for (const QString &id : std::as_const(second))
            append(id);
    };
    fillGap(-1);
    for (qsizetype i = 0; i < base.size(); ++i) {
        if (settled.contains(base.at(i))) {
            append(base.at(i));
            fillGap(i);
        }
    }
    return order;
}

QStringList mergeMembers(const QStringList &base, const QStringList &local,
                         const QStringList &remote)
{
    const QSet<QString> inBase(base.begin(), base.end());
    const QSet<QString> inLocal(local.begin(), local.end());
    const QSet<QString> inRemote(remote.begin(), remote.end());
    QSet<QString> kept;
    for (const QSet<QString> *members : {&inBase, &inLocal, &inRemote}) {
        for (const QString &member : *members) {
            if (keptInSet(inBase.contains(member), inLocal.contains(member),
                          inRemote.contains(member)))
                kept.insert(member);
        }
    }
    return mergeOrder(base, local, remote, kept);
}

QJsonObject mergeExtra(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote,
                       bool *conflict)
{
    *conflict = false;
    const MergePick<QJsonObject> whole = pickMerged(base, local, remote);
    if (!whole.conflict)
        return whole.value;
    QJsonObject merged;
    for (const QJsonObject *object : {&base, &local, &remote}) {
        for (auto member = object->begin(); member != object->end(); ++member) {
            const QString &key = member.key();
            if (merged.contains(key))
                continue;
            // A member a side lacks is Undefined: removing it is a change like any other.
            const MergePick<QJsonValue> pick =
                pickMerged(base.value(key), local.value(key), remote.value(key));
            *conflict = *conflict || pick.conflict;
            if (!pick.value.isUndefined())
                merged.insert(key, pick.value);
        }
    }
    return merged;
}

QList<ReviewComment> mergeComments(const Article &base, const Article &local, const Article &remote,
                                   const QList<Section> &sections)
{
    const auto byId = [](const ReviewComment &comment) { return comment.id; };
    const auto inBase = indexed(base.comments, byId);
    const auto inLocal = indexed(local.comments, byId);
    const auto inRemote = indexed(remote.comments, byId);
    QHash<QString, const Section *> mergedSections;
    for (const Section &section : sections)
        mergedSections.insert(section.id, &section);

    QHash<QString, ReviewComment> merged;
    for (const QList<ReviewComment> *list : {&base.comments, &local.comments, &remote.comments}) {
        for (const ReviewComment &comment : *list) {
            if (merged.contains(comment.id))
                continue;
            const ReviewComment *b = inBase.value(comment.id);
            const ReviewComment *l = inLocal.value(comment.id);
            const ReviewComment *r = inRemote.value(comment.id);
            ReviewComment result;
            const Article *anchorSide = &local;
            if (l && r) {
                if (*l == *r) {
                    result = *l;
                } else if (!b) {
                    // The same id added on both sides (ids are random: hardly ever): local's
                    // comment with every reply, resolved when either side resolved it.
                    result = *l;
                    result.replies = mergeReplies({}, l->replies, r->replies);
                    result.resolved = l->resolved || r->resolved;
                } else {
                    bool remoteAnchor = false;
                    result = mergeComment(*b, *l, *r, &remoteAnchor);
                    anchorSide = remoteAnchor ? &remote : &local;
                }
            } else if (l || r) {
                // Deleted on one side: gone unless the other side changed it (a reply, a
                // resolution): a conversation that went on is kept rather than lost.
                if (b && *(l ? l : r) == *b)
                    continue;
                result = *(l ? l : r);
                anchorSide = l ? &local : &remote;
            } else {
                continue; // deleted on both sides
            }
            // The anchor was set against its side's version of the section.
            const Section *from = findSection(*anchorSide, result.sectionId);
            const Section *to = mergedSections.value(result.sectionId);
            if (from && to && *from != *to)
                result = followSectionEdit({result}, *from, *to).constFirst();
            merged.insert(comment.id, result);
        }
    }
    const QSet<QString> kept(merged.keyBegin(), merged.keyEnd());
    QList<ReviewComment> comments;
    comments.reserve(kept.size());
    const QStringList order =
        mergeOrder(idsOf(base.comments), idsOf(local.comments), idsOf(remote.comments), kept);
    for (const QString &id : order)
        comments.append(merged.value(id));
    return comments;
}

ReviewData mergeReview(const ReviewData &base, const ReviewData &local, const ReviewData &remote,
                       bool *extraConflict)
{
    ReviewData merged;
    merged.statusHistory =
        mergeKeyed(base.statusHistory, local.statusHistory, remote.statusHistory, statusKey);
    std::sort(merged.statusHistory.begin(), merged.statusHistory.end(),
              [](const StatusChange &a, const StatusChange &b) {
                  return std::tie(a.at, a.status, a.by) < std::tie(b.at, b.status, b.by);
              });
    merged.revisions = mergeKeyed(base.revisions, local.revisions, remote.revisions,
                                  [](const Revision &revision) { return revision.id; });
    std::sort(merged.revisions.begin(), merged.revisions.end(),
              [](const Revision &a, const Revision &b) {
                  return std::tie(a.created, a.id) < std::tie(b.created, b.id);
              });
    // Both sides published since: the later publication is what the site shows.
    const auto published = pickMerged(base.published, local.published, remote.published);
    merged.published = published.value;
    if (published.conflict && remote.published &&
        (!local.published || local.published->created < remote.published->created))
        merged.published = remote.published;
    merged.disabledChecks =
        mergeMembers(base.disabledChecks, local.disabledChecks, remote.disabledChecks);
    merged.disabledChecks.sort();
    // Both sides changed the tolerance: the stricter one, which hides no finding.
    const auto tolerance =
        pickMerged(base.stanceTolerance, local.stanceTolerance, remote.stanceTolerance);
    merged.stanceTolerance =
        tolerance.conflict ? qMin(local.stanceTolerance, remote.stanceTolerance) : tolerance.value;
    merged.extra = mergeExtra(base.extra, local.extra, remote.extra, extraConflict);
    return merged;
}

} // namespace quorum
