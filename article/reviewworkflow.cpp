// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "reviewworkflow.h"

using namespace Qt::StringLiterals;

namespace quorum {

bool publishNeedsConfirmation(const Article &article)
{
    switch (article.meta.reviewStatus) {
    case ReviewStatus::Approved:
        return false;
    case ReviewStatus::Published: {
        if (!article.review.published)
            return true;
        // The snapshot's metadata carries the Published status too; compare the rest.
        ArticleMeta meta = article.meta;
        meta.reviewStatus = article.review.published->meta.reviewStatus;
        return meta != article.review.published->meta ||
               article.sections != article.review.published->sections;
    }
    case ReviewStatus::Draft:
    case ReviewStatus::InReview:
    case ReviewStatus::ChangesRequested:
        return true;
    }
    return true;
}

void recordPublication(Article *article, const QString &who, const QDateTime &when)
{
    Revision published;
    published.meta = article->meta;
    published.meta.reviewStatus = ReviewStatus::Published;
    published.sections = article->sections;
    published.created = when;
    published.author = who;
    article->review.published = published;
    if (article->meta.reviewStatus != ReviewStatus::Published) {
        article->review.statusHistory.append(StatusChange{ReviewStatus::Published, who, when, {}});
        article->meta.reviewStatus = ReviewStatus::Published;
    }
}

bool isPublished(const Article &article)
{
    const QString &status = article.remote.status;
    return (article.remote.postId > 0 && (status == u"publish" || status == u"future")) ||
           article.meta.reviewStatus == ReviewStatus::Published;
}

} // namespace quorum
