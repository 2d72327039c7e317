// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sitesdialog.h"

#include "credentialstore.h"
#include "siteeditdialog.h"
#include "siteprofile.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

SitesDialog::SitesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setWindowTitle(tr("Manage Sites"));
    m_list->setObjectName(u"sites"_s);
    m_list->setAccessibleName(tr("Sites"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"add"_s);
    m_edit->setObjectName(u"edit"_s);
    m_remove->setObjectName(u"remove"_s);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(close);

    connect(add, &QPushButton::clicked, this, &SitesDialog::addSite);
    connect(m_edit, &QPushButton::clicked, this, &SitesDialog::editSite);
    connect(m_remove, &QPushButton::clicked, this, &SitesDialog::removeSite);
    connect(m_list, &QListWidget::itemActivated, this, &SitesDialog::editSite);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_edit->setEnabled(row >= 0);
        m_remove->setEnabled(row >= 0);
    });
    connect(close, &QDialogButtonBox::rejected, this, &SitesDialog::reject);
    reload();
    m_list->setFocus();
    resize(520, 320);
}

void SitesDialog::reload()
{
    const QString current = selectedName();
    m_list->clear();
    for (const SiteProfile &profile : SiteProfiles::all()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 as %3").arg(profile.name, profile.url, profile.user), m_list);
        item->setData(Qt::UserRole, profile.name);
    }
    select(current);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_edit->setEnabled(m_list->currentRow() >= 0);
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

void SitesDialog::select(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(row);
    }
}

QString SitesDialog::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SitesDialog::addSite()
{
    SiteEditDialog dialog(std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.profile().name);
}

void SitesDialog::editSite()
{
    const std::optional<SiteProfile> profile = SiteProfiles::find(selectedName());
    if (!profile)
        return;
    SiteEditDialog dialog(profile, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void SitesDialog::removeSite()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Site"),
        tr("Remove the site “%1” and its application password from this computer? The site "
           "itself and its posts stay as they are.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    CredentialJob *job = CredentialStore::remove(name, this);
    connect(job, &CredentialJob::finished, this, [this, job, name] {
        job->deleteLater();
        if (!job->isOk()) {
            QMessageBox::warning(this, tr("Remove Site"), job->message());
            return;
        }
        SiteProfiles::remove(name);
        reload();
    });
}

} // namespace quorum
