// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "cli.h"
#include "datafolder.h"
#include "mainwindow.h"
#include "previewscheme.h"
#include "recoveryprompt.h"
#include "translations.h"

#include <QApplication>
#include <QLoggingCategory>

#include <unistd.h>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString language = quorum::takeLanguageOption(&arguments);

    if (quorum::isCommandLineInvocation(arguments) && quorum::commandNeedsWebEngine(arguments)) {
        // Printing goes through Qt WebEngine, which needs a GUI application: the offscreen
        // platform gives it one without any display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (geteuid() == 0 && !qEnvironmentVariableIsSet("QTWEBENGINE_DISABLE_SANDBOX"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium's sandbox refuses root
        if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext=false"));
        quorum::registerPreviewScheme();
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QApplication app(argc, argv);
        quorum::installTranslators(language);
        return quorum::runCommandLine(arguments);
    }
    if (quorum::isCommandLineInvocation(arguments)) {
        // Subcommands never need a display.
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("quorum"));
        quorum::installTranslators(language);
        return quorum::runCommandLine(arguments);
    }

    quorum::registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quorum"));
    QApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Quorum"));
    QApplication::setDesktopFileName(QStringLiteral("org.quorum.Quorum"));
    quorum::installTranslators(language);
    // Before anything reads the data folder: recovery copies and the personal word list.
    quorum::moveOldDataFolder();

    quorum::MainWindow window;
    window.show();
    // Work a crash interrupted comes first; a file named on the command line still opens.
    const bool restored = quorum::offerRecovery(&window) > 0;
    if (arguments.size() >= 2) {
        quorum::MainWindow *target = &window;
        if (restored) {
            target = new quorum::MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        if (!target->openFile(arguments.at(1)) && !restored)
            window.newArticle();
    } else if (!restored) {
        window.newArticle();
    }
    return app.exec();
}
