// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishdialog.h"

#include "siteprofile.h"
#include "sitesdialog.h"
#include "sitetarget.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

PublishDialog::PublishDialog(const PublishChoice &suggested, QWidget *parent)
    : QDialog(parent)
    , m_site(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_date(new QDateTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Publish"));
    m_site->setObjectName(u"site"_s);
    m_site->setAccessibleName(tr("Site"));
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Status"));
    for (const auto &[status, name] : postStatuses(true))
        m_status->addItem(name, status);
    m_date->setObjectName(u"date"_s);
    m_date->setAccessibleName(tr("Publication date"));
    m_date->setCalendarPopup(true);
    const QDateTime tomorrow = QDateTime::currentDateTime().addDays(1);
    m_date->setDateTime(suggested.date.isValid() && suggested.date > QDateTime::currentDateTime()
                            ? suggested.date.toLocalTime()
                            : tomorrow);
    auto *manage = new QPushButton(tr("&Manage Sites…"), this);
    manage->setAutoDefault(false);
    QPushButton *publish = m_buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(u"publish"_s);
    publish->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Site:"), m_site);
    form->addRow(QString(), manage);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Date:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const QList<QWidget *> order{m_site, manage, m_status, m_date, m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(manage, &QPushButton::clicked, this, [this] {
        SitesDialog sites(this);
        sites.select(m_site->currentData().toString());
        sites.exec();
        reloadSites(m_site->currentData().toString());
    });
    connect(m_site, &QComboBox::activated, this, &PublishDialog::siteChosen);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_date->setEnabled(m_status->currentData() == u"future"_s); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadSites(suggested.site);
    if (!suggested.status.isEmpty())
        m_status->setCurrentIndex(std::max(0, m_status->findData(suggested.status)));
    else
        siteChosen();
    m_date->setEnabled(m_status->currentData() == u"future"_s);
    m_site->setFocus();
}

void PublishDialog::reloadSites(const QString &select)
{
    m_site->clear();
    for (const SiteProfile &profile : SiteProfiles::all())
        m_site->addItem(profile.name, profile.name);
    m_site->setCurrentIndex(std::max(0, m_site->findData(select)));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_site->count() > 0);
    }
}

void PublishDialog::siteChosen()
{
    if (const std::optional<SiteProfile> profile =
            SiteProfiles::find(m_site->currentData().toString()))
        m_status->setCurrentIndex(std::max(0, m_status->findData(profile->defaultStatus)));
}

PublishChoice PublishDialog::choice() const
{
    PublishChoice choice;
    choice.site = m_site->currentData().toString();
    choice.status = m_status->currentData().toString();
    if (choice.status == u"future")
        choice.date = m_date->dateTime().toUTC();
    return choice;
}

} // namespace quorum
