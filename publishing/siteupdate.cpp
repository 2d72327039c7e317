// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteupdate.h"

#include "sitearticle.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The texts live in a namespace of their own: lupdate files calls to tr() in its functions
// under its name, the context tr() looks them up in.
namespace quorum::SiteUpdate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("quorum::SiteUpdate", text);
}

QString fieldName(const QString &key)
{
    if (key == u"title")
        return tr("the title");
    if (key == u"slug")
        return tr("the slug");
    if (key == u"author")
        return tr("the author");
    if (key == u"published")
        return tr("the publication date");
    if (key == u"focusKeyword")
        return tr("the focus keyword");
    if (key == u"excerpt")
        return tr("the excerpt");
    if (key == u"featuredImage")
        return tr("the featured image");
    if (key == u"featuredImageAlt")
        return tr("the featured image's text alternative");
    if (key == u"language")
        return tr("the language");
    if (key == u"reviewStatus")
        return tr("the review status");
    return tr("settings this Quorum does not know (%1)").arg(key);
}

// The heading a conflict's section goes by: any side's that has one.
QString headingOf(const MergeConflict &conflict)
{
    for (const std::optional<Section> &side : {conflict.local, conflict.remote, conflict.base}) {
        if (side && !side->heading.trimmed().isEmpty())
            return side->heading.trimmed();
    }
    return tr("(a section without a heading)");
}

} // namespace

QString describe(const MergeConflict &conflict)
{
    switch (conflict.kind) {
    case MergeConflict::Kind::Section:
        return tr("“%1”: changed here and on the site").arg(headingOf(conflict));
    case MergeConflict::Kind::DeletedVsChanged:
        return (conflict.local ? tr("“%1”: changed here, deleted on the site")
                               : tr("“%1”: deleted here, changed on the site"))
            .arg(headingOf(conflict));
    case MergeConflict::Kind::Field:
        break;
    }
    return tr("%1: changed here and on the site").arg(fieldName(conflict.id));
}

} // namespace quorum::SiteUpdate

namespace quorum {

ArticleMerge mergeFromSite(const Article &local, const Article &pulled)
{
    // Without a base, an empty article: both sides then "added" everything, which the merge
    // keeps where they agree and reports where they differ.
    const Article base = SiteArticle::syncBase(local).value_or(Article{});
    ArticleMerge merge = mergeArticles(base, local, pulled);
    merge.article.remote = pulled.remote;
    return merge;
}

QStringList describeConflicts(const ArticleMerge &merge)
{
    QStringList lines;
    for (const MergeConflict &conflict : merge.conflicts)
        lines.append(SiteUpdate::describe(conflict));
    return lines;
}

int changesFromSite(const Article &local, const ArticleMerge &merge)
{
    const Article &merged = merge.article;
    int changes = 0;
    for (const Section &section : merged.sections) {
        const qsizetype index = local.indexOfSection(section.id);
        if (index < 0 || local.sections.at(index) != section)
            ++changes;
    }
    for (const Section &section : local.sections) {
        if (merged.indexOfSection(section.id) < 0)
            ++changes;
    }
    const ArticleMeta &a = local.meta;
    const ArticleMeta &b = merged.meta;
    changes += int(a.title != b.title) + int(a.slug != b.slug) + int(a.excerpt != b.excerpt) +
               int(a.focusKeyword != b.focusKeyword) + int(a.categories != b.categories) +
               int(a.tags != b.tags) + int(a.published != b.published) +
               int(a.featuredImage != b.featuredImage) + int(a.reviewStatus != b.reviewStatus);
    return changes;
}

} // namespace quorum
