// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringList>

// The parts of Quorum that the `quorum` executable loads only when a command needs them, so
// that every other command starts on Qt Core alone: the dynamic loader would otherwise map and
// relocate their libraries, and run their initialisers, for every `quorum --version`.
// - quorum-window.so: the window, and printing pages (Qt Widgets, Qt WebEngine, Qt Quick).
// - quorum-publishing.so: the commands that talk to WordPress (Qt Network, the keychain).
namespace quorum {

enum class Module
{
    Window,
    Publishing
};

/// Loads `module` from its place beside the executable (the same relative path in the build
/// tree as installed) and returns its entry `name`; null with `error` set when either cannot
/// be found. The module stays loaded for the life of the process.
QFunctionPointer loadModuleEntry(Module module, const char *name, QString *error);

/// The window module's entries create the application object, run, and return the process's
/// exit code. `argc` and `argv` are main()'s, which the application object keeps; `arguments`
/// is the whole argv decoded, without the --lang option, whose value is `language`.
using WindowModuleEntry = int (*)(int &argc, char **argv, const QStringList &arguments,
                                  const QString &language);
/// Opens the window on the file in `arguments`, if any, after offering to restore the work a
/// crash interrupted.
inline constexpr char kRunWindow[] = "quorumRunWindow";
/// Runs a subcommand that prints pages (`export --pdf`) on the offscreen platform.
inline constexpr char kRunPrintingCommand[] = "quorumRunPrintingCommand";

/// The publishing module's entry: runs `sites`, `publish` or `pull` (arguments[1]) in the
/// running QCoreApplication, with its translators, and returns the exit code.
using PublishingModuleEntry = int (*)(const QStringList &arguments);
inline constexpr char kRunPublishingCommand[] = "quorumRunPublishingCommand";

} // namespace quorum

extern "C" {
Q_DECL_EXPORT int quorumRunWindow(int &argc, char **argv, const QStringList &arguments,
                                  const QString &language);
Q_DECL_EXPORT int quorumRunPrintingCommand(int &argc, char **argv, const QStringList &arguments,
                                           const QString &language);
Q_DECL_EXPORT int quorumRunPublishingCommand(const QStringList &arguments);
}
