// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace quorum {

/// One step into a JSON value: a member name or an array index.
using JsonPathStep = std::variant<QString, qsizetype>;
using JsonPath = QList<JsonPathStep>;

/// "sections[2].voices".
QString jsonPathToString(const JsonPath &path);

/// A place in a text file, for messages: 1-based line and column, 0-based byte offset.
struct SourcePosition
{
    qsizetype offset = 0;
    qsizetype line = 1;
    qsizetype column = 1;
};

/// The line and column of a byte offset (columns count characters, not bytes).
SourcePosition sourcePositionAt(const QByteArray &utf8, qsizetype offset);

/// The byte offset of the value that `path` names inside `json`, which must be valid JSON.
/// Where the path leads nowhere, the offset of the deepest value it reached.
///
/// QJsonDocument keeps no source positions, so a schema error found in the parsed document
/// is located again here by a small scan of the text; no Debian-packaged JSON library both
/// fits Qt and reports positions of values.
qsizetype jsonValueOffset(const QByteArray &json, const JsonPath &path);

/// The byte offset of the first byte that is not valid UTF-8, or -1 when all is valid.
/// Qt can tell whether a byte array is valid UTF-8 but not where it stops being so.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace quorum
