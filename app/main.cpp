// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "cli.h"
#include "clisupport.h"
#include "modules.h"
#include "translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString language = quorum::takeLanguageOption(&arguments);

    const bool commandLine = quorum::isCommandLineInvocation(arguments);
    if (commandLine && !quorum::commandNeedsWebEngine(arguments)) {
        // A command that prints no pages needs no display, and none of the window module.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(u"quorum"_s);
        quorum::installTranslators(language);
        return quorum::runCommandLine(arguments);
    }

    QString error;
    const auto run = reinterpret_cast<quorum::WindowModuleEntry>(quorum::loadModuleEntry(
        quorum::Module::Window, commandLine ? quorum::kRunPrintingCommand : quorum::kRunWindow,
        &error));
    if (!run) {
        // A broken installation: say so in the user's language, with what the loader said.
        QCoreApplication app(argc, argv);
        quorum::installTranslators(language);
        quorum::cli::print(
            stderr,
            u"quorum: %1\n"_s.arg(quorum::cli::tr("cannot load the window module: %1").arg(error)));
        return quorum::cli::ExitUsage;
    }
    return run(argc, argv, arguments, language);
}
