// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "preferencesdialog.h"

#include "previewsettings.h"
#include "reviewsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace quorum {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_userName(new QLineEdit(ReviewSettings::userName(), this))
    , m_confirmPublish(
          new QCheckBox(tr("Ask before publishing an article that is not approved"), this))
    , m_remoteImages(new QCheckBox(tr("Load &remote images in the preview and in exports"), this))
    , m_pageSize(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_userName->setAccessibleName(tr("Your name"));
    m_confirmPublish->setChecked(ReviewSettings::confirmUnapprovedPublish());
    const PreviewSettings *preview = PreviewSettings::instance();
    m_remoteImages->setChecked(preview->remoteImages());
    m_pageSize->setAccessibleName(tr("Paper size of exported PDFs"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(preview->pdfPageSize())));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_userName);
    form->addRow(m_confirmPublish);
    form->addRow(m_remoteImages);
    form->addRow(tr("&PDF paper size:"), m_pageSize);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::apply()
{
    ReviewSettings::setUserName(m_userName->text());
    ReviewSettings::setConfirmUnapprovedPublish(m_confirmPublish->isChecked());
    PreviewSettings *preview = PreviewSettings::instance();
    preview->setPdfPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt()));
    preview->setRemoteImages(m_remoteImages->isChecked()); // every window follows
}

} // namespace quorum
