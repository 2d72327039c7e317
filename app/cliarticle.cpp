// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

#include "articlechecks.h"
#include "contentrenderer.h"
#include "standalonepage.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace quorum::cli {

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("blocks (default), html or page"), u"FORMAT"_s,
                                    u"blocks"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("write to OUT"), u"OUT"_s);
    parser.addOptions({format, output});
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;

    const QString formatName = parser.value(format);
    if (formatName != u"blocks" && formatName != u"html" && formatName != u"page")
        return usageError(tr("unknown format “%1”; use blocks, html or page").arg(formatName));
    Article article;
    if (!loadArticle(parser.positionalArguments().at(1), &article))
        return ExitUsage;

    QByteArray content;
    if (formatName == u"page") {
        const QString directory = QFileInfo(parser.positionalArguments().at(1)).absolutePath();
        content = standalonePageHtml(article, directory).toUtf8();
    } else {
        const ContentRenderer renderer(formatName == u"html" ? RenderFormat::Html
                                                             : RenderFormat::Blocks);
        content = (renderer.render(article) + u'\n').toUtf8();
    }
    if (!parser.isSet(output)) {
        std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        return std::fflush(stdout) == 0 ? ExitOk : ExitUsage;
    }
    return writeOutput(parser.value(output), content) ? ExitOk : ExitUsage;
}

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(1);
    Article article;
    if (!loadArticle(path, &article))
        return ExitUsage;

    const QList<CheckFinding> findings = checkArticle(article);
    bool anyError = false;
    for (const CheckFinding &finding : findings) {
        const bool error = finding.severity == CheckSeverity::Error;
        anyError = anyError || error;
        const qsizetype index = article.indexOfSection(finding.sectionId);
        const QString where =
            index < 0 ? QString() : tr(" in “%1”").arg(article.sections.at(index).heading);
        print(stdout, u"%1: %2 [%3]%4: %5\n"_s.arg(path, error ? tr("error") : tr("warning"),
                                                   finding.checkId, where, finding.message));
    }
    if (findings.isEmpty())
        print(stdout, tr("%1: no problems found\n").arg(path));
    return anyError ? ExitFindings : ExitOk;
}

} // namespace quorum::cli
