// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace quorum {

/// One read, write or delete of an Application Password in the system keychain. It reports
/// once through finished(); the outcome is a value (status(), message()), and message() never
/// contains the password. Whoever asked for it deletes it (deleteLater) once done.
class CredentialJob : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Pending,
        Ok,
        NotFound,   ///< the keychain has no password for the profile
        NoKeychain, ///< no Secret Service (or other keychain) is running
        Denied,     ///< the keychain is locked and the user did not unlock it, or refused
        Failed,
    };
    Q_ENUM(Status)

    explicit CredentialJob(QObject *parent = nullptr);

    bool isFinished() const { return m_status != Status::Pending; }
    bool isOk() const { return m_status == Status::Ok; }
    Status status() const { return m_status; }
    /// What went wrong, in plain words, with what to do about it; empty after success.
    QString message() const { return m_message; }
    /// After a successful read: the password.
    QString password() const { return m_password; }

signals:
    /// Emitted once, never before the call that made the job has returned.
    void finished();

private:
    friend class CredentialStore;
    void finish(Status status, const QString &message, const QString &password = {});

    Status m_status = Status::Pending;
    QString m_message;
    QString m_password;
};

/// Application Passwords in the system keychain through QtKeychain (the Secret Service on
/// Linux, such as GNOME Keyring or KWallet), one per site profile, under the service "Quorum"
/// and the profile's name. Never falls back to a file: without a keychain, saving fails.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(quorum::CredentialStore)

public:
    static QString service();

    static CredentialJob *write(const QString &profile, const QString &password,
                                QObject *parent = nullptr);
    static CredentialJob *read(const QString &profile, QObject *parent = nullptr);
    /// Succeeds too when there was nothing to delete.
    static CredentialJob *remove(const QString &profile, QObject *parent = nullptr);
};

} // namespace quorum
