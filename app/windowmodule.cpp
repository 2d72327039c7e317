// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "modules.h"

#include "cli.h"
#include "clicommands.h"
#include "datafolder.h"
#include "mainwindow.h"
#include "pdfexporter.h"
#include "previewscheme.h"
#include "recoveryprompt.h"
#include "translations.h"

#include <QApplication>
#include <QEventLoop>
#include <QLoggingCategory>

#include <unistd.h>

namespace {

// The printer of `export --pdf` (cli::setPdfPrinter), in a local event loop.
QString printPdf(const quorum::Article &article, const QString &folder, const QString &pdfPath,
                 QPageSize::PageSizeId pageSize, bool remoteImages)
{
    quorum::PdfExporter exporter;
    exporter.setRemoteImagesAllowed(remoteImages);
    QEventLoop loop;
    QString error;
    QObject::connect(&exporter, &quorum::PdfExporter::finished, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    exporter.start(article, folder, pdfPath, pageSize);
    loop.exec();
    return error;
}

} // namespace

int quorumRunPrintingCommand(int &argc, char **argv, const QStringList &arguments,
                             const QString &language)
{
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
    quorum::cli::setPdfPrinter(printPdf);
    return quorum::runCommandLine(arguments);
}

int quorumRunWindow(int &argc, char **argv, const QStringList &arguments, const QString &language)
{
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
