// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishflow.h"

#include "reviewsettings.h"
#include "siteupdateflow.h"

#include "articledocument.h"
#include "pulljob.h"
#include "sitenotes.h"
#include "sitetarget.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace quorum {

PublishFlow::PublishFlow(ArticleDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{}

void PublishFlow::start(const PublishChoice &choice)
{
    m_choice = choice;
    const std::optional<SiteProfile> profile = SiteProfiles::find(choice.site);
    if (!profile) {
        QMessageBox::warning(m_window, tr("Publish"),
                             tr("There is no site named “%1” any more.").arg(choice.site));
        return finish();
    }
    m_profile = *profile;
    readSiteTarget(m_profile, this, [this](const PublishTarget &target, const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Publish"), error);
            return finish();
        }
        m_target = target;
        Article article = m_document->article();
        if (m_choice.status == u"future") {
            if (m_choice.date.isValid())
                article.meta.published = m_choice.date;
            m_choice.date = article.meta.published;
        }
        PublishOptions options;
        options.status = m_choice.status;
        options.baseDirectory = QFileInfo(m_document->filePath()).absolutePath();
        run(article, options);
    });
}

void PublishFlow::run(const Article &article, const PublishOptions &options)
{
    auto *job = new PublishJob(article, m_target, options, this);
    m_progress = makeSiteProgress(m_window, tr("Publishing to %1").arg(m_profile.name),
                                  int(PublishJob::Step::SyncingNotes) + 1);
    m_progress->setLabelText(PublishJob::stepText(PublishJob::Step::Connecting));
    connect(m_progress, &QProgressDialog::canceled, job, &PublishJob::cancel);
    connect(job, &PublishJob::stepStarted, m_progress, [this](PublishJob::Step step) {
        m_progress->setLabelText(PublishJob::stepText(step));
        m_progress->setValue(int(step));
    });
    // Answered after the job has returned from its signal, so a question (and the next job it
    // may start) never runs inside the job's own emission.
    connect(
        job, &PublishJob::finished, this,
        [this, job, article, options] { jobDone(job, article, options); }, Qt::QueuedConnection);
    job->start();
}

void PublishFlow::jobDone(PublishJob *job, const Article &sent, const PublishOptions &options)
{
    job->deleteLater();
    if (m_progress)
        m_progress->close();
    const PublishError error = job->error();
    // A failure may come after images were uploaded (a refused or lost save): the article
    // keeps them in its binding, so that the next job, asked for below or started later,
    // does not upload them again.
    Article article = sent;
    if (error.isError()) {
        article.remote = job->keptBinding();
        keepMedia(article.remote);
    }
    if (!error.isError()) {
        // The binding and, for a post that is now public, the review status and the snapshot
        // that "Compare with Published" shows: one step.
        m_document->undoStack()->beginMacro(tr("Publish"));
        m_document->setRemote(job->binding());
        // The ids of the comments' Notes on the post, onto the comments as they are now.
        m_document->setComments(
            SiteNotes::withIdsOf(m_document->article().comments, job->comments()));
        const QString status = job->binding().status;
        if (status == u"publish" || status == u"future")
            m_document->recordPublished(ReviewSettings::userName());
        m_document->undoStack()->endMacro();
        QString saveError;
        if (!m_document->save(&saveError)) {
            QMessageBox::warning(m_window, tr("Publish"),
                                 tr("The post is on the site (id %1), but the article could not "
                                    "be saved: %2\nSave it before publishing again, so that the "
                                    "next publish updates the same post.")
                                     .arg(job->binding().postId)
                                     .arg(saveError));
        }
        emit published(job->binding());
        showResult(*job);
        return finish();
    }

    using Kind = PublishError::Kind;
    QMessageBox box(QMessageBox::Warning, tr("Publish"), error.message, QMessageBox::NoButton,
                    m_window);
    box.setObjectName(u"publishQuestion"_s);
    box.setInformativeText(error.fix);
    box.setDetailedText(error.detail);
    if (error.kind == Kind::Canceled)
        return finish();
    if (error.kind == Kind::Conflict) {
        box.setText(tr("The post was changed on the site since you last published it."));
        const bool mayMerge = !job->sitePluginVersion().isEmpty();
        box.setInformativeText(
            mayMerge ? tr("Update from Site to merge the site's changes into this article and "
                          "publish the result, overwrite the changes on the site, or cancel.")
                     : tr("Overwrite the changes on the site with this article, open the site's "
                          "version as a new article, or cancel."));
        QPushButton *update = nullptr;
        if (mayMerge) {
            update = box.addButton(tr("&Update from Site"), QMessageBox::AcceptRole);
            update->setObjectName(u"updateFromSite"_s);
        }
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        overwrite->setObjectName(u"overwrite"_s);
        QPushButton *open = box.addButton(tr("Open the &Site's Version"), QMessageBox::ActionRole);
        open->setObjectName(u"openSiteVersion"_s);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == overwrite) {
            // Only the version the writer was told about: one saved since is not replaced.
            PublishOptions again = options;
            again.overwrite = true;
            again.overwriteExpected = error.siteModified;
            return run(article, again);
        }
        if (update && box.clickedButton() == update)
            return updateThenPublish(options);
        if (box.clickedButton() == open)
            return pullServerVersion(article.remote.postId);
        return finish();
    }
    if (error.kind == Kind::PostGone) {
        QPushButton *asNew = box.addButton(tr("Publish as a &New Post"), QMessageBox::AcceptRole);
        asNew->setObjectName(u"publishAsNew"_s);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != asNew)
            return finish();
        Article unbound = article;
        unbound.remote = PublishJob::asNewPost(article.remote);
        return run(unbound, options);
    }
    if (error.kind == Kind::CannotPublish) {
        QPushButton *pending = box.addButton(tr("Submit for &Review"), QMessageBox::AcceptRole);
        pending->setObjectName(u"submitForReview"_s);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != pending)
            return finish();
        m_choice.status = u"pending"_s;
        emit choiceChanged(m_choice);
        PublishOptions again = options;
        again.status = m_choice.status;
        return run(article, again);
    }
    showError(error);
    finish();
}

void PublishFlow::updateThenPublish(const PublishOptions &options)
{
    auto *update = new SiteUpdateFlow(m_document, m_window);
    update->setQuiet(true);
    auto merged = std::make_shared<bool>(false);
    connect(update, &SiteUpdateFlow::merged, this, [merged] { *merged = true; });
    connect(
        update, &SiteUpdateFlow::finished, this,
        [this, merged, options] {
            if (!*merged)
                return finish();
            run(m_document->article(), options);
        },
        Qt::QueuedConnection);
    update->start(m_target, m_profile.name);
}

void PublishFlow::keepMedia(const RemoteBinding &binding)
{
    const QString key = PublishJob::mediaKey();
    if (binding.extra.value(key) == m_document->article().remote.extra.value(key))
        return;
    m_document->setRemote(binding);
    // Quietly: the publish failed already, and the message about that is what matters. An
    // unsaved map is saved with the article later, or the images are uploaded once more.
    QString ignored;
    m_document->save(&ignored);
}

void PublishFlow::showError(const PublishError &error)
{
    showSiteError(m_window, tr("Publish"), error, u"publishError"_s);
}

void PublishFlow::showResult(const PublishJob &job)
{
    const RemoteBinding &binding = job.binding();
    QString text;
    if (binding.status == u"draft")
        text = tr("The article is saved as a draft on %1.");
    else if (binding.status == u"pending")
        text = tr("The article is submitted for review on %1.");
    else if (binding.status == u"future")
        text = tr("The article is scheduled on %1 for %2.")
                   .arg(u"%1"_s,
                        QLocale().toString(m_choice.date.toLocalTime(), QLocale::ShortFormat));
    else
        text = tr("The article is published on %1.");
    QMessageBox box(QMessageBox::Information, tr("Published"), text.arg(m_profile.name),
                    QMessageBox::Close, m_window);
    box.setObjectName(u"publishResult"_s);
    if (!job.warnings().isEmpty()) {
        box.setIcon(QMessageBox::Warning);
        box.setInformativeText(job.warnings().join(u"\n\n"_s));
    } else if (job.sitePluginVersion().isEmpty() && !m_profile.pluginAdviceGiven) {
        // Once per site: what the Quorum plugin would add there.
        box.setInformativeText(PublishJob::pluginAdvice());
        m_profile.pluginAdviceGiven = true;
        if (std::optional<SiteProfile> stored = SiteProfiles::find(m_profile.name)) {
            stored->pluginAdviceGiven = true;
            SiteProfiles::save(*stored);
        }
    }
    QPushButton *browse = box.addButton(tr("Open in &Browser"), QMessageBox::ActionRole);
    browse->setObjectName(u"openInBrowser"_s);
    QPushButton *edit = box.addButton(tr("&Edit in WordPress"), QMessageBox::ActionRole);
    edit->setObjectName(u"editInWordPress"_s);
    box.setProperty("link", binding.link);
    box.setProperty("editLink", editPostUrl(binding.site, binding.postId).toString());
    box.exec();
    if (box.clickedButton() == browse)
        QDesktopServices::openUrl(QUrl(binding.link));
    else if (box.clickedButton() == edit)
        QDesktopServices::openUrl(editPostUrl(binding.site, binding.postId));
}

void PublishFlow::pullServerVersion(qint64 postId)
{
    pullWithProgress(this, m_window, m_target, postId, tr("Opening the site's version"),
                     m_profile.name, [this](const PullJob &job) {
                         if (job.error().isError()) {
                             if (job.error().kind != PublishError::Kind::Canceled)
                                 showError(job.error());
                         } else {
                             emit serverVersionPulled(job.article());
                         }
                         finish();
                     });
}

void PublishFlow::finish()
{
    emit finished();
    deleteLater();
}

} // namespace quorum
