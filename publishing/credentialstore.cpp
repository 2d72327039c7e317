// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "credentialstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

CredentialJob::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialJob::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialJob::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialJob::Status::NoKeychain;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialJob::Status::Denied;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return CredentialJob::Status::Failed;
}

// QtKeychain's own words go last: they name the backend and never the secret.
QString messageFor(CredentialJob::Status status, const QString &profile, const QString &detail)
{
    QString message;
    switch (status) {
    case CredentialJob::Status::Pending:
    case CredentialJob::Status::Ok:
        return {};
    case CredentialJob::Status::NotFound:
        message = CredentialStore::tr(
                      "The keychain has no application password for the site “%1”. Enter it "
                      "again in the site's settings (quorum sites add).")
                      .arg(profile);
        break;
    case CredentialJob::Status::NoKeychain:
        message = CredentialStore::tr(
            "No system keychain is available, and Quorum keeps application passwords "
            "nowhere else. Start a Secret Service such as GNOME Keyring or KWallet.");
        break;
    case CredentialJob::Status::Denied:
        message =
            CredentialStore::tr("The system keychain refused access. Unlock it and try again.");
        break;
    case CredentialJob::Status::Failed:
        message = CredentialStore::tr("The system keychain failed.");
        break;
    }
    return detail.isEmpty() ? message : message + u" ("_s + detail + u')';
}

// Forwards the end of a QtKeychain job to `job`.
void connectJob(QKeychain::Job *keychainJob, CredentialJob *job, const QString &profile,
                bool notFoundIsOk,
                void (*done)(CredentialJob *, CredentialJob::Status, const QString &,
                             QKeychain::Job *))
{
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(profile);
    QObject::connect(keychainJob, &QKeychain::Job::finished, job,
                     [job, profile, notFoundIsOk, done](QKeychain::Job *finished) {
                         CredentialJob::Status status = statusOf(finished->error());
                         if (notFoundIsOk && status == CredentialJob::Status::NotFound)
                             status = CredentialJob::Status::Ok;
                         const QString detail = status == CredentialJob::Status::Ok
                                                    ? QString()
                                                    : finished->errorString();
                         done(job, status, messageFor(status, profile, detail), finished);
                     });
}

} // namespace

CredentialJob::CredentialJob(QObject *parent)
    : QObject(parent)
{}

void CredentialJob::finish(Status status, const QString &message, const QString &password)
{
    if (isFinished())
        return;
    m_status = status;
    m_message = message;
    m_password = password;
    emit finished();
}

QString CredentialStore::service()
{
    return u"Quorum"_s;
}

CredentialJob *CredentialStore::write(const QString &profile, const QString &password,
                                      QObject *parent)
{
    auto *job = new CredentialJob(parent);
    auto *keychainJob = new QKeychain::WritePasswordJob(service(), job);
    connectJob(keychainJob, job, profile, false,
               [](CredentialJob *job, CredentialJob::Status status, const QString &message,
                  QKeychain::Job *) { job->finish(status, message); });
    keychainJob->setTextData(password);
    // QtKeychain may finish synchronously; the caller connects after this returns.
    QTimer::singleShot(0, keychainJob, &QKeychain::Job::start);
    return job;
}

CredentialJob *CredentialStore::read(const QString &profile, QObject *parent)
{
    auto *job = new CredentialJob(parent);
    auto *keychainJob = new QKeychain::ReadPasswordJob(service(), job);
    connectJob(keychainJob, job, profile, false,
               [](CredentialJob *job, CredentialJob::Status status, const QString &message,
                  QKeychain::Job *finished) {
                   const QString password =
                       status == CredentialJob::Status::Ok
                           ? static_cast<QKeychain::ReadPasswordJob *>(finished)->textData()
                           : QString();
                   job->finish(status, message, password);
               });
    QTimer::singleShot(0, keychainJob, &QKeychain::Job::start);
    return job;
}

CredentialJob *CredentialStore::remove(const QString &profile, QObject *parent)
{
    auto *job = new CredentialJob(parent);
    auto *keychainJob = new QKeychain::DeletePasswordJob(service(), job);
    connectJob(keychainJob, job, profile, true,
               [](CredentialJob *job, CredentialJob::Status status, const QString &message,
                  QKeychain::Job *) { job->finish(status, message); });
    QTimer::singleShot(0, keychainJob, &QKeychain::Job::start);
    return job;
}

} // namespace quorum
