// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "publishdialog.h"

#include <QMenu>
#include <QPointer>

#include <optional>

namespace quorum {

class ArticleDocument;
class PublishFlow;

/// The Publish menu of the window: everything about sites and publishing the open article.
/// The window only adds it to its menu bar (and may open the articles it hands over).
///
/// Publish is one click once the article has a site: the site its remote binding names, or
/// the one chosen for it before in this window. The first time, a short dialog asks for the
/// site and status, suggesting the last site used.
class PublishingMenu : public QMenu
{
    Q_OBJECT

public:
    PublishingMenu(ArticleDocument *document, QWidget *parent);

    QAction *publishAction() const { return m_publish; }
    QAction *publishToAction() const { return m_publishTo; }
    QAction *manageSitesAction() const { return m_manageSites; }
    QAction *openFromSiteAction() const { return m_openFromSite; }
    QAction *updateFromSiteAction() const { return m_updateFromSite; }

    /// The site and status Publish would use without asking; none when it would ask.
    std::optional<PublishChoice> rememberedChoice() const;

public slots:
    /// Publishes the article, asking for site and status first when `ask` or when none is
    /// known. Saves an unsaved article first (asking).
    void publish(bool ask = false);
    void manageSites();
    void openFromSite();
    /// Merges the site's version of the article in (SiteUpdateFlow).
    void updateFromSite();

signals:
    /// The writer wants `article` (a post from a site) open as an article of its own, in a
    /// new window. Emitted after it was offered to be saved to a file.
    void openArticleRequested(const quorum::Article &article);
    /// A publish ended; `binding` is the post's when it is on the site, empty otherwise.
    void publishFinished(const quorum::RemoteBinding &binding);

private:
    void updateActions();
    bool ensureSaved();
    /// Asks before publishing an article an editor has not approved (a setting turns it off).
    bool confirmUnapproved();
    void deliver(const Article &article, const QStringList &warnings);
    static QString lastSite();
    static void setLastSite(const QString &name);

    ArticleDocument *m_document;
    QAction *m_publish;
    QAction *m_publishTo;
    QAction *m_manageSites;
    QAction *m_openFromSite;
    QAction *m_updateFromSite;
    QPointer<PublishFlow> m_flow;
    bool m_updating = false; ///< an Update from Site is running
    /// Chosen for this article in this window; forgotten when another article is opened.
    std::optional<PublishChoice> m_choice;
};

} // namespace quorum
