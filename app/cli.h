// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QStringList>

namespace quorum {

/// Exit codes of every subcommand.
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2
};

/// True when `arguments` (the whole argv) ask for a subcommand, --version or --help, which
/// run without a display.
bool isCommandLineInvocation(const QStringList &arguments);

/// Runs the subcommand in `arguments` and returns the process exit code. Output goes to
/// stdout, messages to stderr. Needs a QCoreApplication.
int runCommandLine(const QStringList &arguments);

} // namespace quorum
