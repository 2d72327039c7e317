// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

// The pieces of mergeArticles() (articlemerge.h): how one value, one list's order, the
// comments and the review data merge three ways.

#include "article.h"

#include <QSet>

namespace quorum {

/// A three-way choice of one value: `value` is the merged one; `conflict` says that both
/// sides changed it differently (then `value` is local's).
template<typename T> struct MergePick
{
    T value;
    bool conflict = false;
};

template<typename T> MergePick<T> pickMerged(const T &base, const T &local, const T &remote)
{
    if (local == remote || remote == base)
        return {local, false};
    if (local == base)
        return {remote, false};
    return {local, true};
}

/// Whether a member of a set stays after a three-way merge: it does when both sides have it,
/// or when one side added it; a member one side removed is gone.
inline bool keptInSet(bool inBase, bool inLocal, bool inRemote)
{
    return (inLocal && inRemote) || (!inBase && (inLocal || inRemote));
}

/// The ids of `items` (sections or comments) in their order, for mergeOrder().
template<class T> QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    ids.reserve(items.size());
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

/// The order of the merged list of ids: the ids of `kept`, placed the way each side placed
/// them. An id one side moved (it is not in the longest run the side kept in base order) or
/// added goes where that side put it: after the nearest id before it there whose place is
/// settled (one neither side moved, or one that side placed itself). When both sides put ids
/// in the same gap, each side's ids stay together and the group whose first id sorts first
/// comes first, so that the order does not depend on which side is local. An id both sides
/// moved follows local (of two neighbours one side swapped, either may count as the moved one).
QStringList mergeOrder(const QStringList &base, const QStringList &local, const QStringList &remote,
                       const QSet<QString> &kept);

/// Three-way merge of `members` (a category or tag list): membership as keptInSet(), order as
/// mergeOrder().
QStringList mergeMembers(const QStringList &base, const QStringList &local,
                         const QStringList &remote);

/// Three-way merge of unknown JSON members, member by member; a member both sides changed
/// differently takes local's value and sets `*conflict`.
QJsonObject mergeExtra(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote,
                       bool *conflict);

/// The merged review comments (see articlemerge.cpp for the rules). `sections` are the merged
/// sections: anchors taken from a side whose section differs from the merged one follow it.
QList<ReviewComment> mergeComments(const Article &base, const Article &local, const Article &remote,
                                   const QList<Section> &sections);

/// The merged review data; `*extraConflict` tells that its unknown members conflicted.
ReviewData mergeReview(const ReviewData &base, const ReviewData &local, const ReviewData &remote,
                       bool *extraConflict);

} // namespace quorum
