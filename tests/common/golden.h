// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

namespace quorum::test {

/// Compares `actual` with the golden file `name` under tests/golden/. Returns an empty string
/// when they are equal, otherwise a unified diff for the failure message. With the
/// environment variable QUORUM_UPDATE_GOLDEN=1 it writes `actual` as the new golden file
/// instead (scripts/update-golden).
QString goldenMismatch(const QString &actual, const QString &name);

/// The golden files whose names match `pattern` ("*.blocks.html"), sorted.
QStringList goldenNames(const QString &pattern);

/// The content of a golden file.
QString goldenText(const QString &name);

} // namespace quorum::test
