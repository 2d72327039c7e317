// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "cli.h"

#include "articlechecks.h"
#include "articlefile.h"
#include "atomicwrite.h"
#include "contentrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("quorum::CommandLine", text);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

int usageError(const QString &message)
{
    print(stderr, u"quorum: "_s + message + u"\n"_s +
                      tr("Run “quorum --help” for the commands and options.") + u'\n');
    return ExitUsage;
}

QString usage()
{
    return tr("Usage:\n"
              "  quorum [FILE]                          open Quorum, on FILE if given\n"
              "  quorum render FILE [--format blocks|html] [-o OUT]\n"
              "                                         print the post content as published\n"
              "  quorum check FILE                      check the article; exit 1 on errors\n"
              "  quorum --version                       print the version\n"
              "\n"
              "Exit codes: 0 fine, 1 the check found errors, 2 bad usage or unreadable input.\n");
}

// Parses a subcommand's options; on failure prints why and returns false.
bool parseSubcommand(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != 2) {
        *exitCode = usageError(parser.positionalArguments().size() < 2
                                   ? tr("%1 needs the article file to read").arg(arguments.at(1))
                                   : tr("%1 takes one file, not %2")
                                         .arg(arguments.at(1))
                                         .arg(parser.positionalArguments().size() - 1));
        return false;
    }
    return true;
}

bool loadArticle(const QString &path, Article *article)
{
    ArticleFile::LoadResult result = ArticleFile::load(path);
    if (!result.ok) {
        print(stderr, u"quorum: %1: %2\n"_s.arg(path, result.error));
        return false;
    }
    *article = std::move(result.article);
    return true;
}

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s, tr("blocks (default) or html"), u"FORMAT"_s,
                                    u"blocks"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("write to OUT"), u"OUT"_s);
    parser.addOptions({format, output});
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;

    const QString formatName = parser.value(format);
    if (formatName != u"blocks" && formatName != u"html")
        return usageError(tr("unknown format “%1”; use blocks or html").arg(formatName));
    Article article;
    if (!loadArticle(parser.positionalArguments().at(1), &article))
        return ExitUsage;

    const ContentRenderer renderer(formatName == u"html" ? RenderFormat::Html
                                                         : RenderFormat::Blocks);
    const QByteArray content = (renderer.render(article) + u'\n').toUtf8();
    if (!parser.isSet(output)) {
        std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        return std::fflush(stdout) == 0 ? ExitOk : ExitUsage;
    }
    QString error;
    if (!writeFileAtomically(parser.value(output), content, &error)) {
        print(stderr, u"quorum: "_s + error + u'\n');
        return ExitUsage;
    }
    return ExitOk;
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

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    // Anything that starts like an option is answered here too, so that a typo never opens
    // a window (or fails for want of a display).
    return first == u"render" || first == u"check" || first.startsWith(u'-');
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        print(stdout, u"quorum %1\n"_s.arg(QStringLiteral(QUORUM_VERSION)));
        return ExitOk;
    }
    if (command == u"--help" || command == u"-h") {
        print(stdout, usage());
        return ExitOk;
    }
    if (command == u"render")
        return render(arguments);
    if (command == u"check")
        return check(arguments);
    return usageError(tr("unknown option or command “%1”").arg(command));
}

} // namespace quorum
