// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace quorum::test {

/// The kinds of file Quorum must refuse to open: with a message that says why, without
/// crashing, and without changing anything on disk.
enum class BadFileKind
{
    Truncated,   ///< the sample, cut off in the middle
    InvalidUtf8, ///< Latin-1 text where UTF-8 belongs
    WrongType,   ///< valid JSON, but a member of the wrong type
    Huge,        ///< 200 MB (sparse: it costs no disk)
    Binary,      ///< an ELF executable renamed .quorum
    Folder,      ///< a folder named like an article
    NewerFormat, ///< an article saved by a newer Quorum
    Empty,       ///< no bytes at all
    NamedPipe,   ///< a pipe with no writer: reading it would wait forever
};

/// Every kind, in a fixed order, for `_data()` tables.
QList<BadFileKind> badFileKinds();
/// A short name for a row of a `_data()` table: "invalid UTF-8".
const char *badFileKindName(BadFileKind kind);

/// A bad file as created on disk.
struct BadFile
{
    QString path;   ///< empty when it could not be created
    QString reason; ///< words the refusal must contain, saying why the file cannot be read
};

/// Creates a file of `kind` in `directory`, named `<kind>.quorum`.
BadFile createBadFile(BadFileKind kind, const QString &directory);

/// What is on disk under `path` (a file, or a folder and everything in it), one line per
/// entry with its type, size, time of last change and, for files Quorum would read, a hash
/// of its bytes: two snapshots are equal when nothing was written, created or removed.
QStringList diskState(const QString &path);

} // namespace quorum::test

Q_DECLARE_METATYPE(quorum::test::BadFileKind)
