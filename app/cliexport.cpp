// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

#include "markdownexport.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace quorum::cli {

namespace {

PdfPrinter pdfPrinter = nullptr;

// The options of `quorum export`, declared once for the command and for main()'s question
// whether it prints a PDF.
struct ExportOptions
{
    QCommandLineOption pdf;
    QCommandLineOption markdown;
    QCommandLineOption pageSize;
    QCommandLineOption noRemoteImages;

    QList<QCommandLineOption> all() const { return {pdf, markdown, pageSize, noRemoteImages}; }
};

ExportOptions exportOptions()
{
    const QCommandLineOption pdf(u"pdf"_s, tr("write a PDF to OUT"), u"OUT"_s);
    const QCommandLineOption markdown(u"markdown"_s, tr("write Markdown to OUT"), u"OUT"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("A4 (default) or Letter"), u"SIZE"_s,
                                      u"A4"_s);
    const QCommandLineOption noRemoteImages(u"no-remote-images"_s,
                                            tr("load no images from other hosts"));
    return {pdf, markdown, pageSize, noRemoteImages};
}

} // namespace

bool exportWritesPdf(const QStringList &arguments)
{
    const ExportOptions options = exportOptions();
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options.all());
    // Whatever fails to parse is reported by exportArticle(), which needs no WebEngine for it.
    return parser.parse(arguments) && parser.isSet(options.pdf);
}

int exportArticle(const QStringList &arguments)
{
    const ExportOptions options = exportOptions();
    QCommandLineParser parser;
    parser.addOptions(options.all());
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(options.pdf) == parser.isSet(options.markdown))
        return usageError(tr("export needs one of --pdf OUT or --markdown OUT"));
    const QString sizeName = parser.value(options.pageSize).toLower();
    if (sizeName != u"a4" && sizeName != u"letter")
        return usageError(
            tr("unknown page size “%1”; use A4 or Letter").arg(parser.value(options.pageSize)));
    if (parser.isSet(options.noRemoteImages) && !parser.isSet(options.pdf))
        return usageError(tr("%1 only applies to %2").arg(u"--no-remote-images"_s, u"--pdf"_s));

    const QString path = parser.positionalArguments().at(1);
    Article article;
    if (!loadArticle(path, &article))
        return ExitUsage;

    if (parser.isSet(options.markdown))
        return writeOutput(parser.value(options.markdown), articleToMarkdown(article).toUtf8())
                   ? ExitOk
                   : ExitUsage;

    const QString pdfPath = parser.value(options.pdf);
    if (!pdfPrinter) {
        print(stderr, u"quorum: %1\n"_s.arg(tr("this program cannot print PDFs")));
        return ExitUsage;
    }
    const QString error = pdfPrinter(article, QFileInfo(path).absolutePath(), pdfPath,
                                     sizeName == u"letter" ? QPageSize::Letter : QPageSize::A4,
                                     !parser.isSet(options.noRemoteImages));
    if (!error.isEmpty()) {
        print(stderr, u"quorum: %1: %2\n"_s.arg(pdfPath, error));
        return ExitUsage;
    }
    return ExitOk;
}

void setPdfPrinter(PdfPrinter printer)
{
    pdfPrinter = printer;
}

} // namespace quorum::cli
