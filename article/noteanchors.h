// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace quorum::NoteAnchors {

// Where a WordPress Note (6.9 and later) sits: the block editor keeps the id of a thread's
// first note in the block attribute `metadata.noteId`. WordPress 6.9 and 7.0 read one id
// there; 7.1 also reads a list, several threads on one block, and writes a list itself.

/// The ids of the threads `attributes` anchor, in order, without repeats or values that are
/// not positive whole numbers (which the block editor skips as well).
QList<qint64> idsOf(const QJsonObject &attributes);

/// `attributes` anchoring exactly `ids`: one id as a number (what every WordPress with Notes
/// reads), several as a list; without ids, `noteId` is left out, and so is a `metadata` that
/// nothing else is left in.
QJsonObject withIds(QJsonObject attributes, const QList<qint64> &ids);

/// Every thread id the blocks of `markup` anchor, inner blocks included, in order.
QList<qint64> idsIn(const QString &markup);

/// `markup` (one whole block, its delimiters included) anchoring exactly `ids`: its opening
/// delimiter written anew, the rest byte for byte. Returned unchanged when it anchors those
/// ids already (in any order) or is not one well-formed block.
QString rewriteBlock(const QString &markup, const QList<qint64> &ids);

} // namespace quorum::NoteAnchors
