// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace quorum::test {

/// How a program ended and what it printed.
struct CommandRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish in time
    QString out;
    QString err;
};

/// Runs `program` with `arguments`, `input` on its standard input, with no display at all
/// (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed), as scripts and CI run it.
CommandRun runCommand(const QString &program, const QStringList &arguments,
                      const QByteArray &input = {}, int timeoutMs = 120'000);

} // namespace quorum::test
