// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QStringList>

namespace quorum {

/// True when `arguments` (the whole argv) ask for a subcommand, --version or --help, which
/// run without a display.
bool isCommandLineInvocation(const QStringList &arguments);

/// True when the subcommand in `arguments` renders pages with Qt WebEngine (PDF export), so
/// that main() must hand it to the window module, which runs it in a QApplication on the
/// offscreen platform.
bool commandNeedsWebEngine(const QStringList &arguments);

/// Runs the subcommand in `arguments` and returns the process exit code. Output goes to
/// stdout, messages to stderr.
int runCommandLine(const QStringList &arguments);

} // namespace quorum
