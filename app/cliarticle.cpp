// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

#include "articlechecks.h"
#include "contentrenderer.h"
#include "standalonepage.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace quorum::cli {

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("blocks (default), html or page"), u"FORMAT"_s,
                                    u"blocks"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("write to OUT"), u"OUT"_s);
    const QCommandLineOption noRemoteImages(u"no-remote-images"_s,
                                            tr("load no images from other hosts"));
    parser.addOptions({format, output, noRemoteImages});
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;

    const QString formatName = parser.value(format);
    if (formatName != u"blocks" && formatName != u"html" && formatName != u"page")
        return usageError(tr("unknown format “%1”; use blocks, html or page").arg(formatName));
    // Block markup and HTML load nothing themselves: the flag would silently do nothing there.
    if (parser.isSet(noRemoteImages) && formatName != u"page")
        return usageError(
            tr("%1 only applies to %2").arg(u"--no-remote-images"_s, u"--format page"_s));
    Article article;
    if (!loadArticle(parser.positionalArguments().at(1), &article))
        return ExitUsage;

    QByteArray content;
    if (formatName == u"page") {
        const QString directory = QFileInfo(parser.positionalArguments().at(1)).absolutePath();
        const bool remoteImages = !parser.isSet(noRemoteImages);
        content = standalonePageHtml(article, directory, remoteImages).toUtf8();
    } else {
        ContentRenderer renderer(formatName == u"html" ? RenderFormat::Html : RenderFormat::Blocks);
        // Plain HTML is the post as a page shows it, with the list of its footnotes.
        renderer.setFootnotesListShown(formatName == u"html");
        content = (renderer.render(article) + u'\n').toUtf8();
    }
    if (!parser.isSet(output)) {
        std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        return std::fflush(stdout) == 0 ? ExitOk : ExitUsage;
    }
    return writeOutput(parser.value(output), content) ? ExitOk : ExitUsage;
}

namespace {

QJsonObject findingToJson(const Article &article, const CheckFinding &finding)
{
    const TextLocation &where = finding.location;
    QJsonObject location{{u"field"_s, textFieldKey(where.field)},
                         {u"index"_s, where.index},
                         {u"start"_s, where.start},
                         {u"length"_s, where.length}};
    if (!where.isMeta()) {
        location[u"section"_s] = where.sectionId;
        const qsizetype index = article.indexOfSection(where.sectionId);
        if (index >= 0)
            location[u"heading"_s] = article.sections.at(index).heading;
    }
    return {{u"id"_s, finding.checkId},
            {u"severity"_s, checkSeverityKey(finding.severity)},
            {u"message"_s, finding.message},
            {u"location"_s, location}};
}

} // namespace

int check(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("print the findings as JSON"));
    parser.addOption(json);
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().at(1);
    Article article;
    if (!loadArticle(path, &article))
        return ExitUsage;

    const QList<CheckFinding> findings = checkArticle(article);
    const int result = hasErrors(findings) ? ExitFindings : ExitOk;
    if (parser.isSet(json)) {
        QJsonArray list;
        QHash<CheckSeverity, int> counts;
        for (const CheckFinding &finding : findings) {
            list.append(findingToJson(article, finding));
            ++counts[finding.severity];
        }
        const QJsonObject report{{u"file"_s, path},
                                 {u"errors"_s, counts.value(CheckSeverity::Error)},
                                 {u"warnings"_s, counts.value(CheckSeverity::Warning)},
                                 {u"infos"_s, counts.value(CheckSeverity::Info)},
                                 {u"findings"_s, list}};
        const QByteArray bytes = QJsonDocument(report).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0 ? result : ExitUsage;
    }

    for (const CheckFinding &finding : findings) {
        const qsizetype index = article.indexOfSection(finding.location.sectionId);
        const QString where =
            index < 0 ? QString() : tr(" in “%1”").arg(article.sections.at(index).heading);
        print(stdout, u"%1: %2 [%3]%4: %5\n"_s.arg(path, checkSeverityName(finding.severity),
                                                   finding.checkId, where, finding.message));
    }
    if (findings.isEmpty())
        print(stdout, tr("%1: no problems found\n").arg(path));
    return result;
}

} // namespace quorum::cli
