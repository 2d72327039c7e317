// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace quorum {

/// Replaces the file at `path` with `bytes` all at once, or not at all: on any failure the
/// file that was there is left untouched and `error` says why in plain words.
///
/// QSaveFile alone is not enough: when a buffered write runs out of space part-way, Qt
/// reports the short write to nobody and commit() succeeds with a truncated file. Writing
/// unbuffered makes every short write visible, so the save can be abandoned instead.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace quorum
