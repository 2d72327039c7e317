// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "selfsignedtls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace quorum::test {

SelfSigned makeSelfSigned(const QString &folder, const QStringList &addresses)
{
    SelfSigned made;
    const QString key = QDir(folder).filePath(u"key.pem"_s);
    const QString certificate = QDir(folder).filePath(u"cert.pem"_s);
    QStringList names;
    for (const QString &address : addresses)
        names.append(u"IP:"_s + address);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, key, u"-out"_s, certificate, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN="_s + addresses.value(0), u"-addext"_s,
                                 u"subjectAltName="_s + names.join(u',')});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        made.error = u"openssl: "_s + QString::fromLocal8Bit(openssl.readAll());
        return made;
    }
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        made.error = u"cannot read "_s + key;
        return made;
    }
    made.certificate = QSslCertificate::fromPath(certificate).value(0);
    made.server = QSslConfiguration::defaultConfiguration();
    made.server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    made.server.setLocalCertificate(made.certificate);
    if (made.certificate.isNull())
        made.error = u"no certificate in "_s + certificate;
    return made;
}

} // namespace quorum::test
