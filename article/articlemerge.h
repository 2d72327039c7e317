// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QVariant>

#include <optional>

namespace quorum {

/// One of the three versions a merge starts from.
enum class MergeSide
{
    Base,  ///< the article as last synced
    Local, ///< this computer's version
    Remote ///< the site's version
};

/// Something both sides changed in different ways: the merge cannot decide it, a writer does.
struct MergeConflict
{
    enum class Kind
    {
        Section,          ///< both sides changed the section differently (or added one id twice)
        DeletedVsChanged, ///< one side deleted the section, the other changed it
        Field             ///< both sides changed one value differently; `id` names it
    };

    Kind kind = Kind::Section;
    /// Section kinds: the section's id. Field: the metadata field's key in the file format
    /// ("title", "slug", "author", "published", "focusKeyword", "excerpt", "featuredImage",
    /// "featuredImageAlt", "language", "reviewStatus", "extra"), or "review.extra" and
    /// "article.extra" for the unknown members of the review data and of the article.
    QString id;
    /// Section kinds: the three versions. The side that deleted the section has none, and so
    /// has the base of a section both sides added with the same id.
    std::optional<Section> base;
    std::optional<Section> local;
    std::optional<Section> remote;
    /// Field: the three values: a QString for the text fields and for "reviewStatus" (its key,
    /// see reviewStatusKey), a QDateTime for "published", a QJsonObject for the extras.
    QVariant baseValue;
    QVariant localValue;
    QVariant remoteValue;

    bool operator==(const MergeConflict &) const = default;
};

/// What mergeArticles() made: the merged article and the conflicts still open. Where a
/// conflict is open, `article` holds a placeholder: the local version, or for a section one
/// side deleted, the version the other side changed. An article with open conflicts must not
/// be published: check hasUnresolvedConflicts().
struct ArticleMerge
{
    Article article;
    QList<MergeConflict> conflicts; ///< sections in article order, then fields

    bool hasUnresolvedConflicts() const { return !conflicts.isEmpty(); }

    /// Settles the section conflict `index` with `chosen` (one of its versions, or one the
    /// writer edited), or deletes the section when `chosen` is empty, and removes the conflict.
    /// The anchors of the section's comments follow the change from the placeholder.
    void resolveSection(qsizetype index, const std::optional<Section> &chosen);
    /// Settles the field conflict `index` with `value` (of the type its values have) and
    /// removes the conflict.
    void resolveField(qsizetype index, const QVariant &value);
    /// Settles conflict `index`, of any kind, with the version of `side`.
    void resolve(qsizetype index, MergeSide side);
};

/// Merges `local` and `remote`, two versions of the article changed independently since
/// `base`. Pure: no I/O, the same inputs always give the same result. In short: what only one
/// side changed takes that side; what both changed alike is kept; what both changed
/// differently is a conflict. Sections, comments and revisions pair up by id. Apart from the
/// placeholders of conflicts and the few rules that say "local", swapping `local` and `remote`
/// gives the same article, so that two computers merging the same versions agree. The rules
/// in full are in articlemerge.cpp. The result's remote binding is local's: the caller sets it.
ArticleMerge mergeArticles(const Article &base, const Article &local, const Article &remote);

} // namespace quorum
