// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteupdateflow.h"

#include "articledocument.h"
#include "mergeconflictdialog.h"
#include "pulljob.h"
#include "siteupdate.h"

#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace quorum {

QProgressDialog *makeSiteProgress(QWidget *window, const QString &title, int steps)
{
    auto *progress = new QProgressDialog(window);
    progress->setWindowTitle(title);
    progress->setObjectName(u"publishProgress"_s);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setRange(0, steps);
    progress->setValue(0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    return progress;
}

QString SiteUpdateFlow::notWholeMessage()
{
    return tr("The site keeps only the post's text, not the whole article: it does not run the "
              "Quorum plugin, or the post was last published without it. Without comments, "
              "review and codings from the site, a merge would lose them.");
}

void pullWithProgress(QObject *context, QWidget *window, const PublishTarget &target, qint64 postId,
                      const QString &title, const QString &siteName,
                      std::function<void(const PullJob &job)> done)
{
    auto *job = new PullJob(target, postId, context);
    QPointer<QProgressDialog> progress = makeSiteProgress(window, title, 0);
    progress->setLabelText(SiteUpdateFlow::tr("Fetching the post from %1").arg(siteName));
    QObject::connect(progress, &QProgressDialog::canceled, job, &PullJob::cancel);
    QObject::connect(
        job, &PullJob::finished, context,
        [job, progress, done] {
            job->deleteLater();
            if (progress)
                progress->close();
            done(*job);
        },
        Qt::QueuedConnection);
    job->start();
}

void showSiteError(QWidget *window, const QString &title, const PublishError &error,
                   const QString &objectName)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, window);
    box.setObjectName(objectName);
    box.setInformativeText(error.fix);
    box.setDetailedText(error.detail);
    box.exec();
}

SiteUpdateFlow::SiteUpdateFlow(ArticleDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{}

void SiteUpdateFlow::start(const PublishTarget &target, const QString &siteName)
{
    m_siteName = siteName;
    pullWithProgress(
        this, m_window, target, m_document->article().remote.postId, tr("Update from Site"),
        siteName, [this](const PullJob &job) {
            const PublishError &error = job.error();
            if (error.isError()) {
                if (error.kind != PublishError::Kind::Canceled)
                    showSiteError(m_window, tr("Update from Site"), error, u"updateError"_s);
                return finish();
            }
            if (!job.cameWhole()) {
                QMessageBox box(QMessageBox::Information, tr("Update from Site"), notWholeMessage(),
                                QMessageBox::Ok, m_window);
                box.setObjectName(u"updateError"_s);
                box.setInformativeText(tr("Open the site's version as an article of its own "
                                          "(Open from Site), or publish with Overwrite."));
                box.exec();
                return finish();
            }
            pulled(job.article(), job.warnings());
        });
}

void SiteUpdateFlow::pulled(const Article &site, const QStringList &warnings)
{
    const Article local = m_document->article();
    ArticleMerge merge = mergeFromSite(local, site);
    if (merge.hasUnresolvedConflicts()) {
        MergeConflictDialog dialog(merge, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return finish();
        merge = dialog.resolved();
    }
    const int changes = changesFromSite(local, merge);
    // One undo step: the merged text and the binding to the site's version.
    m_document->undoStack()->beginMacro(tr("Update from Site"));
    m_document->applyMerge(merge.article, tr("Update from Site"));
    m_document->setRemote(merge.article.remote);
    m_document->undoStack()->endMacro();
    emit merged();
    if (!m_quiet) {
        QMessageBox box(QMessageBox::Information, tr("Update from Site"),
                        changes == 0
                            ? tr("The site has nothing this article lacks.")
                            : tr("%n change(s) came from %1.", nullptr, changes).arg(m_siteName),
                        QMessageBox::Ok, m_window);
        box.setObjectName(u"updateResult"_s);
        if (!warnings.isEmpty())
            box.setInformativeText(warnings.join(u"\n\n"_s));
        box.exec();
    }
    finish();
}

void SiteUpdateFlow::finish()
{
    emit finished();
    deleteLater();
}

} // namespace quorum
