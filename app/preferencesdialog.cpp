// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "preferencesdialog.h"

#include "reviewsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace quorum {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_userName(new QLineEdit(ReviewSettings::userName(), this))
    , m_confirmPublish(
          new QCheckBox(tr("Ask before publishing an article that is not approved"), this))
{
    setWindowTitle(tr("Preferences"));
    m_userName->setAccessibleName(tr("Your name"));
    m_confirmPublish->setChecked(ReviewSettings::confirmUnapprovedPublish());

    auto *form = new QFormLayout(this);
    form->addRow(tr("Your &name:"), m_userName);
    form->addRow(m_confirmPublish);
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
}

} // namespace quorum
