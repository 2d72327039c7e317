// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlecommands.h"
#include "articledocument.h"

namespace quorum {

void ArticleDocument::applyMerge(const Article &merged, const QString &text)
{
    // The binding is the caller's to set (it names the version the merge was made against).
    Article after = merged;
    after.remote = m_article.remote;
    if (after == m_article)
        return;
    m_undoStack.push(new MergeCommand(this, text, m_article, std::move(after)));
}

void ArticleDocument::applyArticle(const Article &article)
{
    const Article old = m_article;
    const RemoteBinding remote = m_article.remote;
    m_article = article;
    m_article.remote = remote;
    emitChanges(old);
}

} // namespace quorum
