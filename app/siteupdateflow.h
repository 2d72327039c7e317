// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "restjob.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace quorum {

class ArticleDocument;
class PullJob;

/// A progress dialog over `window` that shows at once: talking to a site takes seconds, not
/// minutes.
QProgressDialog *makeSiteProgress(QWidget *window, const QString &title, int steps);

/// Pulls post `postId` from `target` (the site `siteName`) under a progress dialog over
/// `window` titled `title`, whose Cancel stops it, and calls `done` with the ended job once the
/// job has returned from its signal, so that `done` may open dialogs of its own. Nothing runs
/// after `context` is destroyed.
void pullWithProgress(QObject *context, QWidget *window, const PublishTarget &target, qint64 postId,
                      const QString &title, const QString &siteName,
                      std::function<void(const PullJob &job)> done);

/// Shows `error` in a warning box titled `title` over `window`: the message, the fix, and the
/// technical detail behind a button. `objectName` lets tests find the box.
void showSiteError(QWidget *window, const QString &title, const PublishError &error,
                   const QString &objectName);

/// Update from Site for the open article: pulls its post (a progress dialog, Cancel stops it),
/// merges the site's version into the document against the article as last synced (conflicts
/// settled in a MergeConflictDialog first), as one undo step that also binds the article to
/// the site's version, and says what came from the site. Deletes itself once finished().
class SiteUpdateFlow : public QObject
{
    Q_OBJECT

public:
    SiteUpdateFlow(ArticleDocument *document, QWidget *window);

    /// Pulls the post the document is bound to from `target` (the site `siteName`).
    void start(const PublishTarget &target, const QString &siteName);

    /// Whether a message box tells the outcome (on, by default); off when the caller goes on
    /// with what it was doing, such as publishing.
    void setQuiet(bool quiet) { m_quiet = quiet; }

    /// Why a post that did not come whole (PullJob::cameWhole()) is not merged.
    static QString notWholeMessage();

signals:
    /// The document took in the site's version: publishing it needs no overwrite now.
    void merged();
    /// Done, whatever the outcome: after merged(), or after a failure, Cancel or a conflict
    /// left unsettled.
    void finished();

private:
    void pulled(const Article &site, const QStringList &warnings);
    void finish();

    ArticleDocument *m_document;
    QWidget *m_window;
    QString m_siteName;
    bool m_quiet = false;
};

} // namespace quorum
