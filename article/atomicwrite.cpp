// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace quorum {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("quorum::AtomicWrite", text);
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("cannot write to %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = tr("writing %1 failed (%2); the file on disk was left as it was. Is the disk "
                    "full?")
                     .arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("saving %1 failed (%2); the file on disk was left as it was")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace quorum
