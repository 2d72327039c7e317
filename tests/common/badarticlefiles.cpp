// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "badarticlefiles.h"

#include "articlefile.h"
#include "testarticles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace quorum::test {

namespace {

/// The start of a 64-bit little-endian ELF executable, then bytes that look like code.
QByteArray elfBinary()
{
    QByteArray bytes("\x7f"
                     "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0",
                     20);
    QRandomGenerator generator(20260301); // seeded: the same bytes on every run
    for (int i = 0; i < 64 * 1024; ++i)
        bytes.append(char(generator.bounded(256)));
    return bytes;
}

/// `reason`, preceded by where the problem is, as the loader says it: "(byte 26): reason".
QString reasonAtByte(qsizetype offset, const QString &reason)
{
    return u"(byte %1): "_s.arg(offset) + reason;
}

} // namespace

QList<BadFileKind> badFileKinds()
{
    return {BadFileKind::Truncated,   BadFileKind::InvalidUtf8, BadFileKind::WrongType,
            BadFileKind::Huge,        BadFileKind::Binary,      BadFileKind::Folder,
            BadFileKind::NewerFormat, BadFileKind::Empty,       BadFileKind::NamedPipe};
}

const char *badFileKindName(BadFileKind kind)
{
    switch (kind) {
    case BadFileKind::Truncated:
        return "truncated";
    case BadFileKind::InvalidUtf8:
        return "invalid UTF-8";
    case BadFileKind::WrongType:
        return "wrong type";
    case BadFileKind::Huge:
        return "200 MB";
    case BadFileKind::Binary:
        return "binary";
    case BadFileKind::Folder:
        return "folder";
    case BadFileKind::NewerFormat:
        return "newer format";
    case BadFileKind::Empty:
        return "empty";
    case BadFileKind::NamedPipe:
        return "named pipe";
    }
    return "?";
}

BadFile createBadFile(BadFileKind kind, const QString &directory)
{
    BadFile bad;
    const QString path = QDir(directory).filePath(
        QString::fromLatin1(badFileKindName(kind)).replace(u' ', u'-') + u".quorum"_s);
    QByteArray content;
    switch (kind) {
    case BadFileKind::Truncated:
        content = readFile(samplePath()).left(300);
        bad.reason = u"the file ends too early"_s;
        break;
    case BadFileKind::InvalidUtf8:
        content = "{\"format\": 1, \"sections\": [], \"meta\": {\"title\": \"Bl\xe5"
                  "b\xe6"
                  "r\"}}";
        bad.reason = reasonAtByte(content.indexOf('\xe5'), u"the text is not valid UTF-8"_s);
        break;
    case BadFileKind::WrongType:
        content = R"({"format": 1, "sections": {}})";
        bad.reason = reasonAtByte(content.indexOf("{}"), u"'sections' must be a list"_s);
        break;
    case BadFileKind::Huge: {
        QFile file(path); // sparse: 200 MB on paper, nothing on disk
        if (!file.open(QIODevice::WriteOnly) || !file.resize(200LL * 1024 * 1024))
            return {};
        bad.path = path;
        bad.reason = u"far larger than any article"_s;
        return bad;
    }
    case BadFileKind::Binary:
        content = elfBinary();
        bad.reason = reasonAtByte(content.indexOf('\0'), u"the file holds binary data"_s);
        break;
    case BadFileKind::Folder:
        if (!QDir(directory).mkdir(QFileInfo(path).fileName()))
            return {};
        bad.path = path;
        bad.reason = u"this is a folder, not a Quorum article"_s;
        return bad;
    case BadFileKind::NewerFormat:
        content = R"({"format": 99, "meta": {"title": "From the future"}, "sections": []})";
        bad.reason = u"the article was saved by a newer Quorum (format 99)"_s;
        break;
    case BadFileKind::Empty:
        bad.reason = u"the file is empty"_s;
        break;
    case BadFileKind::NamedPipe:
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            return {};
        bad.path = path;
        bad.reason = u"this is a device or a pipe, not a Quorum article"_s;
        return bad;
    }
    if (!writeFile(path, content))
        return {};
    bad.path = path;
    return bad;
}

QStringList diskState(const QString &path)
{
    auto describe = [](const QFileInfo &info, const QString &name) -> QString {
        QString line = u"%1 %2 permissions %3 modified %4"_s.arg(
            name, info.isDir() ? u"folder"_s : u"file of %1 bytes"_s.arg(info.size()),
            QString::number(int(info.permissions()), 16),
            QString::number(info.lastModified().toMSecsSinceEpoch()));
        if (info.isFile() && info.size() <= ArticleFile::kMaxFileSize) {
            QFile file(info.filePath());
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
                line += u" sha256 "_s + QString::fromLatin1(hash.result().toHex());
            else
                line += u" unreadable"_s;
        }
        return line;
    };
    const QFileInfo root(path);
    if (!root.exists())
        return {path + u" missing"_s};
    QStringList state{describe(root, u"."_s)};
    if (root.isDir()) {
        QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        QStringList entries;
        while (it.hasNext()) {
            const QFileInfo info(it.next());
            entries.append(describe(info, QDir(path).relativeFilePath(info.filePath())));
        }
        entries.sort();
        state += entries;
    }
    return state;
}

} // namespace quorum::test
