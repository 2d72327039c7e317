// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articleexport.h"

#include "articledocument.h"
#include "atomicwrite.h"
#include "mainwindow.h"
#include "markdownexport.h"
#include "pdfexporter.h"
#include "previewsettings.h"
#include "standalonepage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace quorum {

void exportArticle(QMainWindow *window, const ArticleDocument *document, ExportKind kind)
{
    const QString path = document->filePath();
    const QString base =
        path.isEmpty() ? MainWindow::tr("Untitled") : QFileInfo(path).completeBaseName();
    const QString directory = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    struct Choice
    {
        QString title;
        QString filter;
        QString suffix;
    };
    const Choice choice =
        kind == ExportKind::Pdf        ? Choice{MainWindow::tr("Export as PDF"),
                                         MainWindow::tr("PDF documents (*.pdf)"), u"pdf"_s}
        : kind == ExportKind::Markdown ? Choice{MainWindow::tr("Export as Markdown"),
                                                MainWindow::tr("Markdown (*.md)"), u"md"_s}
                                       : Choice{MainWindow::tr("Export as Web Page"),
                                                MainWindow::tr("Web pages (*.html)"), u"html"_s};
    QString target = QFileDialog::getSaveFileName(
        window, choice.title, QDir(directory).filePath(base + u'.' + choice.suffix), choice.filter);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + choice.suffix;

    const Article article = document->article();
    auto report = [window, target](const QString &error) {
        if (error.isEmpty()) {
            window->statusBar()->showMessage(
                MainWindow::tr("Exported %1").arg(QDir::toNativeSeparators(target)), 5000);
            return;
        }
        QMessageBox::critical(window, MainWindow::tr("Export Failed"),
                              MainWindow::tr("The article was not exported:\n%1").arg(error));
    };
    QString error;
    switch (kind) {
    case ExportKind::Page:
        writeFileAtomically(
            target,
            standalonePageHtml(article, directory, PreviewSettings::instance()->remoteImages())
                .toUtf8(),
            &error);
        report(error);
        break;
    case ExportKind::Markdown:
        writeFileAtomically(target, articleToMarkdown(article).toUtf8(), &error);
        report(error);
        break;
    case ExportKind::Pdf: {
        // Printing takes a moment: say so, and keep the window usable meanwhile.
        auto *exporter = new PdfExporter(window);
        exporter->setRemoteImagesAllowed(PreviewSettings::instance()->remoteImages());
        window->statusBar()->showMessage(
            MainWindow::tr("Exporting %1…").arg(QDir::toNativeSeparators(target)));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        QObject::connect(exporter, &PdfExporter::finished, window,
                         [exporter, report](const QString &message) {
                             QApplication::restoreOverrideCursor();
                             report(message);
                             exporter->deleteLater();
                         });
        exporter->start(article, directory, target, PreviewSettings::instance()->pdfPageSize());
        break;
    }
    }
}

} // namespace quorum
