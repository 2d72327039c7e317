// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publishdialog.h"
#include "publishjob.h"
#include "siteprofile.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace quorum {

class ArticleDocument;

/// One press of Publish, from the keychain to the result: reads the site's password, runs a
/// PublishJob with a progress dialog (Cancel stops it), writes the binding back into the
/// document and saves it, and shows the result with "Open in Browser" and "Edit in
/// WordPress". A conflict, a post gone from the site or a user who may only submit for review
/// is a question, not a dead end. Deletes itself once finished().
class PublishFlow : public QObject
{
    Q_OBJECT

public:
    /// The document must have a file to save into (the caller asks for one before).
    PublishFlow(ArticleDocument *document, QWidget *window);

    void start(const PublishChoice &choice);

signals:
    /// The post is on the site and its binding is in the document (saved unless saving failed).
    void published(const quorum::RemoteBinding &binding);
    /// The writer changed the choice along the way (Pending for a user who may not publish).
    void choiceChanged(const quorum::PublishChoice &choice);
    /// The writer asked for the site's version of a conflicting post.
    void serverVersionPulled(const quorum::Article &article);
    /// Done, whatever the outcome.
    void finished();

private:
    void run(const Article &article, const PublishOptions &options);
    void jobDone(PublishJob *job, const Article &article, const PublishOptions &options);
    /// Writes `binding` into the document and saves it when its media map is new.
    void keepMedia(const RemoteBinding &binding);
    void showResult(const PublishJob &job);
    void showError(const PublishError &error);
    void pullServerVersion(qint64 postId);
    /// Merges the site's version in (SiteUpdateFlow), then publishes the result.
    void updateThenPublish(const PublishOptions &options);
    void finish();

    ArticleDocument *m_document;
    QPointer<QWidget> m_window;
    PublishChoice m_choice;
    SiteProfile m_profile;
    PublishTarget m_target;
    QPointer<QProgressDialog> m_progress;
};

} // namespace quorum
