// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "openfromsitedialog.h"

#include "pulljob.h"
#include "siteprofile.h"
#include "sitetarget.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

OpenFromSiteDialog::OpenFromSiteDialog(QWidget *parent)
    : QDialog(parent)
    , m_site(new QComboBox(this))
    , m_post(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Open from Site"));
    m_site->setObjectName(u"site"_s);
    m_site->setAccessibleName(tr("Site"));
    for (const SiteProfile &profile : SiteProfiles::all())
        m_site->addItem(profile.name, profile.name);
    m_post->setObjectName(u"post"_s);
    m_post->setAccessibleName(tr("Post ID or address"));
    m_post->setPlaceholderText(tr("42, or the post's edit link"));
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(tr("&Post:"), m_post);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setTabOrder(m_site, m_post);
    setTabOrder(m_post, m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenFromSiteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OpenFromSiteDialog::reject);
    if (m_site->count() == 0) {
        m_status->setText(tr("There is no site yet: add one with Publish > Manage Sites."));
        m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    }
    (m_site->count() > 1 ? static_cast<QWidget *>(m_site) : m_post)->setFocus();
    resize(440, sizeHint().height());
}

qint64 OpenFromSiteDialog::postIdFrom(const QString &text)
{
    const QString typed = text.trimmed();
    bool ok = false;
    const qint64 id = typed.toLongLong(&ok);
    if (ok)
        return id > 0 ? id : 0;
    const QUrl url(typed);
    const QUrlQuery query(url);
    for (const QString &key : {u"post"_s, u"p"_s, u"page_id"_s}) {
        const qint64 fromQuery = query.queryItemValue(key).toLongLong(&ok);
        if (ok && fromQuery > 0)
            return fromQuery;
    }
    static const QRegularExpression route(u"wp/v2/posts/(\\d+)"_s);
    const QRegularExpressionMatch match = route.match(typed);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void OpenFromSiteDialog::setBusy(bool busy)
{
    m_site->setEnabled(!busy);
    m_post->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!busy);
}

void OpenFromSiteDialog::accept()
{
    if (m_job)
        return;
    const qint64 postId = postIdFrom(m_post->text());
    if (postId == 0) {
        m_status->setText(tr("Enter the number of the post, or its edit link from WordPress."));
        m_post->setFocus();
        return;
    }
    const std::optional<SiteProfile> profile = SiteProfiles::find(m_site->currentData().toString());
    if (!profile)
        return;
    setBusy(true);
    m_status->setText(tr("Fetching post %1 from %2…").arg(postId).arg(profile->name));
    readSiteTarget(
        *profile, this, [this, postId](const PublishTarget &target, const QString &error) {
            if (!error.isEmpty()) {
                setBusy(false);
                m_status->setText(error);
                return;
            }
            auto *job = new PullJob(target, postId, this);
            m_job = job;
            connect(job, &PullJob::finished, this, [this, job] {
                job->deleteLater();
                setBusy(false);
                if (job->error().isError()) {
                    const PublishError &error = job->error();
                    m_status->setText(error.fix.isEmpty() ? error.message
                                                          : error.message + u'\n' + error.fix);
                    return;
                }
                m_article = job->article();
                m_warnings = job->warnings();
                QDialog::accept();
            });
            job->start();
        });
}

void OpenFromSiteDialog::reject()
{
    // Esc while fetching stops the fetch first; the dialog closes either way.
    if (m_job)
        m_job->cancel();
    QDialog::reject();
}

} // namespace quorum
