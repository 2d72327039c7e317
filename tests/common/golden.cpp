// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "golden.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace quorum::test {

namespace {
QString goldenPath(const QString &name)
{
    return QStringLiteral(QUORUM_TESTS_DIR) + u"/golden/"_s + name;
}
} // namespace

QStringList goldenNames(const QString &pattern)
{
    return QDir(QStringLiteral(QUORUM_TESTS_DIR) + u"/golden"_s)
        .entryList({pattern}, QDir::Files, QDir::Name);
}

QString goldenText(const QString &name)
{
    QFile file(goldenPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString goldenMismatch(const QString &actual, const QString &name)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIntValue("QUORUM_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual.toUtf8()) < 0)
            return u"cannot write golden file "_s + path;
        return {};
    }
    if (!QFile::exists(path))
        return u"golden file %1 is missing; run scripts/update-golden"_s.arg(path);
    const QString expected = goldenText(name);
    if (expected == actual)
        return {};

    QTemporaryDir dir;
    QFile actualFile(dir.filePath(u"actual"_s));
    if (actualFile.open(QIODevice::WriteOnly))
        actualFile.write(actual.toUtf8());
    actualFile.close();
    QProcess diff;
    diff.start(u"diff"_s, {u"-u"_s, path, actualFile.fileName()});
    diff.waitForFinished();
    return u"output differs from %1 (run scripts/update-golden if the change is intended):\n%2"_s
        .arg(path, QString::fromUtf8(diff.readAllStandardOutput().left(6000)));
}

} // namespace quorum::test
