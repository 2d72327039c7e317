// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace quorum::test {

/// A certificate nobody vouches for, made with openssl for one test run.
struct SelfSigned
{
    QSslConfiguration server; ///< the key and certificate, for a QSslServer
    QSslCertificate certificate;
    QString error; ///< why it could not be made; empty when it was
};

/// Makes a key and a self-signed certificate in `folder` for the IP `addresses` (its common
/// name is the first; each is a subject alternative name, as clients check those).
SelfSigned makeSelfSigned(const QString &folder, const QStringList &addresses);

} // namespace quorum::test
