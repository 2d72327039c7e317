// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

#include "markdownexport.h"
#include "pdfexporter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace quorum::cli {

int exportArticle(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption pdf(u"pdf"_s, tr("write a PDF to OUT"), u"OUT"_s);
    const QCommandLineOption markdown(u"markdown"_s, tr("write Markdown to OUT"), u"OUT"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("A4 (default) or Letter"), u"SIZE"_s,
                                      u"A4"_s);
    parser.addOptions({pdf, markdown, pageSize});
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;
    if (parser.isSet(pdf) == parser.isSet(markdown))
        return usageError(tr("export needs one of --pdf OUT or --markdown OUT"));
    const QString sizeName = parser.value(pageSize).toLower();
    if (sizeName != u"a4" && sizeName != u"letter")
        return usageError(
            tr("unknown page size “%1”; use A4 or Letter").arg(parser.value(pageSize)));

    const QString path = parser.positionalArguments().at(1);
    Article article;
    if (!loadArticle(path, &article))
        return ExitUsage;

    if (parser.isSet(markdown))
        return writeOutput(parser.value(markdown), articleToMarkdown(article).toUtf8()) ? ExitOk
                                                                                        : ExitUsage;

    PdfExporter exporter;
    QEventLoop loop;
    QString error;
    QObject::connect(&exporter, &PdfExporter::finished, &loop, [&](const QString &message) {
        error = message;
        loop.quit();
    });
    exporter.start(article, QFileInfo(path).absolutePath(), parser.value(pdf),
                   sizeName == u"letter" ? QPageSize::Letter : QPageSize::A4);
    loop.exec();
    if (!error.isEmpty()) {
        print(stderr, u"quorum: %1: %2\n"_s.arg(parser.value(pdf), error));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace quorum::cli
