// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "siteprofile.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace quorum {

class SiteCheck;

/// Adds or edits one site profile: name, address, user, Application Password, default status,
/// plain http. The password goes only to the keychain (CredentialStore); left empty when
/// editing, the stored one stays. "Test Connection" checks what is typed, before saving.
/// Accepting saves the profile and closes only once the keychain has the password.
class SiteEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits `profile`, or adds a new one when there is none.
    explicit SiteEditDialog(const std::optional<SiteProfile> &profile, QWidget *parent = nullptr);

    /// The profile as typed.
    SiteProfile profile() const;

    /// The last result of Test Connection, as shown.
    QString testResult() const;

signals:
    /// A connection test ended (with what testResult() now shows).
    void testFinished(bool ok);

public slots:
    void testConnection();
    void accept() override;

private:
    /// Why the fields cannot be saved or tested; empty when they can.
    QString problem(bool forSaving) const;
    void showResult(const QString &text, bool ok);
    void setBusy(bool busy);
    void runCheck(const QString &password);

    bool m_editing;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_status;
    QCheckBox *m_allowHttp;
    QSpinBox *m_timeout;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPointer<SiteCheck> m_check;
};

} // namespace quorum
