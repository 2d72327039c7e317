// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QByteArray>
#include <QString>

namespace quorum {

/// Reading and writing .quorum files. Errors are values with a message a writer understands;
/// a failed save never touches the file that was there before.
namespace ArticleFile {

/// The largest file Quorum tries to read; a real article is a few megabytes at the very most.
inline constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024;

struct LoadResult
{
    bool ok = false;
    Article article;
    /// What is wrong, in plain words, with the place when there is one:
    /// "line 12, column 7 (byte 301): 'voices' must be a list".
    QString error;
};

/// Parses the bytes of a .quorum file.
LoadResult parse(const QByteArray &bytes);

/// Reads and parses the file at `path`.
LoadResult load(const QString &path);

/// The exact bytes a save writes: indented JSON with members in a fixed order, so that an
/// unchanged article always gives identical bytes.
QByteArray serialize(const Article &article);

/// Writes atomically (QSaveFile). Returns false with `error` set when it could not, in
/// which case any file already at `path` is unchanged.
bool save(const Article &article, const QString &path, QString *error);

} // namespace ArticleFile

} // namespace quorum
