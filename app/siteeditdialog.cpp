// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "siteeditdialog.h"

#include "credentialstore.h"
#include "siteaddress.h"
#include "sitecheck.h"
#include "sitetarget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

SiteEditDialog::SiteEditDialog(const std::optional<SiteProfile> &profile, QWidget *parent)
    : QDialog(parent)
    , m_editing(profile.has_value())
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain &http to this site"), this))
    , m_timeout(new QSpinBox(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_editing ? tr("Edit Site") : tr("Add Site"));
    const SiteProfile shown = profile.value_or(SiteProfile{});

    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Site name"));
    m_name->setText(shown.name);
    // The name is the key of the profile and of its password: renaming is removing and adding.
    m_name->setReadOnly(m_editing);
    m_url->setObjectName(u"url"_s);
    m_url->setAccessibleName(tr("Site address"));
    m_url->setPlaceholderText(tr("https://example.org/"));
    m_url->setText(shown.url);
    m_user->setObjectName(u"user"_s);
    m_user->setAccessibleName(tr("WordPress user name"));
    m_user->setText(shown.user);
    m_password->setObjectName(u"password"_s);
    m_password->setAccessibleName(tr("Application password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(m_editing ? tr("unchanged")
                                             : tr("xxxx xxxx xxxx xxxx xxxx xxxx"));
    m_password->setToolTip(tr("An application password from WordPress (Users > Profile > "
                              "Application Passwords), not the password you log in with. It is "
                              "kept only in the system keychain."));
    m_status->setObjectName(u"status"_s);
    m_status->setAccessibleName(tr("Default status"));
    for (const auto &[status, name] : postStatuses(false))
        m_status->addItem(name, status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(shown.defaultStatus)));
    m_allowHttp->setObjectName(u"allowHttp"_s);
    m_allowHttp->setChecked(shown.allowInsecure);
    m_allowHttp->setToolTip(tr("Sends the application password unencrypted. Only for a site on "
                               "a network you trust."));
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_timeout->setRange(SiteProfile::kMinimumTimeoutSeconds, SiteProfile::kMaximumTimeoutSeconds);
    m_timeout->setSuffix(tr(" s", "seconds"));
    m_timeout->setValue(shown.timeoutSeconds);
    m_timeout->setToolTip(tr("How long Quorum waits for the site, with nothing arriving, before "
                             "it gives up. A slow site may need longer."));
    m_test->setObjectName(u"test"_s);
    m_test->setAutoDefault(false);
    m_result->setObjectName(u"result"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Application &password:"), m_password);
    form->addRow(tr("Default &status:"), m_status);
    form->addRow(QString(), m_allowHttp);
    form->addRow(tr("Time&out:"), m_timeout);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(m_buttons);
    const QList<QWidget *> order{m_name,      m_url,     m_user, m_password, m_status,
                                 m_allowHttp, m_timeout, m_test, m_buttons};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    (m_editing ? m_url : m_name)->setFocus();

    connect(m_test, &QPushButton::clicked, this, &SiteEditDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SiteEditDialog::reject);
    resize(480, sizeHint().height());
}

SiteProfile SiteEditDialog::profile() const
{
    SiteProfile profile;
    profile.name = m_name->text().trimmed();
    profile.url = m_url->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.defaultStatus = m_status->currentData().toString();
    profile.allowInsecure = m_allowHttp->isChecked();
    profile.timeoutSeconds = m_timeout->value();
    return profile;
}

QString SiteEditDialog::testResult() const
{
    return m_result->text();
}

QString SiteEditDialog::problem(bool forSaving) const
{
    const SiteProfile typed = profile();
    if (forSaving && !SiteProfiles::isValidName(typed.name))
        return tr("Give the site a name (without slashes).");
    if (forSaving && !m_editing && SiteProfiles::find(typed.name))
        return tr("There is a site named “%1” already.").arg(typed.name);
    if (!SiteAddress::normalized(typed.url).isValid())
        return tr("Enter the address of the WordPress site, such as https://example.org/.");
    if (typed.user.isEmpty())
        return tr("Enter the WordPress user name.");
    if (!m_editing && m_password->text().trimmed().isEmpty())
        return tr("Enter an application password from WordPress.");
    return {};
}

void SiteEditDialog::showResult(const QString &text, bool ok)
{
    m_result->setText(text);
    m_result->setProperty("ok", ok);
}

void SiteEditDialog::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

void SiteEditDialog::testConnection()
{
    const QString why = problem(false);
    if (!why.isEmpty()) {
        showResult(why, false);
        emit testFinished(false);
        return;
    }
    setBusy(true);
    showResult(tr("Connecting…"), false);
    const QString typed = m_password->text().trimmed();
    if (!typed.isEmpty() || !m_editing)
        return runCheck(typed);
    // Editing without a new password: test the stored one.
    readSiteTarget(profile(), this, [this](const PublishTarget &target, const QString &error) {
        if (!error.isEmpty()) {
            setBusy(false);
            showResult(error, false);
            emit testFinished(false);
            return;
        }
        runCheck(target.applicationPassword);
    });
}

void SiteEditDialog::runCheck(const QString &password)
{
    auto *check = new SiteCheck(targetOf(profile(), password), this);
    m_check = check;
    connect(check, &SiteCheck::finished, this, [this, check] {
        check->deleteLater();
        setBusy(false);
        if (check->error().isError()) {
            const PublishError &error = check->error();
            showResult(error.fix.isEmpty() ? error.message : error.message + u'\n' + error.fix,
                       false);
            emit testFinished(false);
            return;
        }
        const SiteCapabilities &site = check->capabilities();
        QStringList lines;
        lines << tr("Connected as %1.")
                     .arg(site.displayName.isEmpty() ? profile().user : site.displayName);
        lines << (site.canPublish ? tr("This user can publish.")
                                  : tr("This user can only submit posts for review (Pending)."));
        if (!site.canUploadFiles)
            lines << tr("This user cannot upload images.");
        if (!site.canCreateCategories)
            lines << tr("This user cannot create categories; only existing ones can be used.");
        lines << (site.focusKeywordSupported
                      ? tr("The site stores the focus keyword.")
                      : tr("The site does not store the focus keyword; install the Quorum plugin "
                           "on the site to send it."));
        showResult(lines.join(u'\n'), true);
        emit testFinished(true);
    });
    check->start();
}

void SiteEditDialog::accept()
{
    const QString why = problem(true);
    if (!why.isEmpty()) {
        showResult(why, false);
        return;
    }
    const SiteProfile typed = profile();
    const QString password = m_password->text().trimmed();
    if (password.isEmpty()) { // editing; the stored password stays
        SiteProfiles::save(typed);
        QDialog::accept();
        return;
    }
    setBusy(true);
    CredentialJob *job = CredentialStore::write(typed.name, password, this);
    connect(job, &CredentialJob::finished, this, [this, job, typed] {
        job->deleteLater();
        setBusy(false);
        if (!job->isOk()) {
            showResult(job->message(), false);
            return;
        }
        SiteProfiles::save(typed);
        QDialog::accept();
    });
}

} // namespace quorum
