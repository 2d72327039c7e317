// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace quorum {

namespace {
// The context lupdate files the Tr::tr() calls under, so that their lookup finds them.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(quorum::AtomicWrite)
};
} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = Tr::tr("cannot write to %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = Tr::tr("writing %1 failed (%2); the file on disk was left as it was. Is the disk "
                        "full?")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("saving %1 failed (%2); the file on disk was left as it was")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace quorum
