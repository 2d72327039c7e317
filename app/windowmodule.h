// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringList>

// The entry points of quorum-window.so, the module that holds the window and everything that
// shows pages with Qt WebEngine. The `quorum` executable loads it only when it opens a window
// or prints pages (windowloader.h), so that its command line starts on Qt Core alone.
//
// Each entry creates the application object, runs, and returns the process's exit code.
// `argc` and `argv` are main()'s, which the application object keeps; `arguments` is the whole
// argv decoded, without the --lang option, whose value is `language`.
namespace quorum {

using WindowModuleEntry = int (*)(int &argc, char **argv, const QStringList &arguments,
                                  const QString &language);

/// Opens the window on the file in `arguments`, if any, after offering to restore the work a
/// crash interrupted.
inline constexpr char kRunWindow[] = "quorumRunWindow";
/// Runs a subcommand that prints pages (`export --pdf`) on the offscreen platform.
inline constexpr char kRunPrintingCommand[] = "quorumRunPrintingCommand";

} // namespace quorum

extern "C" {
Q_DECL_EXPORT int quorumRunWindow(int &argc, char **argv, const QStringList &arguments,
                                  const QString &language);
Q_DECL_EXPORT int quorumRunPrintingCommand(int &argc, char **argv, const QStringList &arguments,
                                           const QString &language);
}
