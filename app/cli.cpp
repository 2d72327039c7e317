// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "cli.h"

#include "clicommands.h"
#include "clisupport.h"
#include "modules.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

struct Command
{
    const char16_t *name;
    std::function<int(const QStringList &)> run;
};

// The commands that talk to WordPress live in the publishing module, with Qt Network and the
// keychain: the others never load them.
int runInPublishingModule(const QStringList &arguments)
{
    QString error;
    const auto run = reinterpret_cast<PublishingModuleEntry>(
        loadModuleEntry(Module::Publishing, kRunPublishingCommand, &error));
    if (!run) {
        cli::print(stderr, u"quorum: %1\n"_s.arg(
                               cli::tr("cannot load the publishing module: %1").arg(error)));
        return cli::ExitUsage;
    }
    return run(arguments);
}

const Command kCommands[] = {
    {u"render", cli::render},
    {u"check", cli::check},
    {u"export", cli::exportArticle},
    {u"plugin", cli::plugin}, // writes the zip without the publishing module: no Qt Network
    {u"sites", runInPublishingModule},
    {u"publish", runInPublishingModule},
    {u"pull", runInPublishingModule},
    {u"update", runInPublishingModule},
};

QString usage()
{
    return cli::tr(
        "Usage:\n"
        "  quorum [FILE]                          open Quorum, on FILE if given\n"
        "  quorum render FILE [--format blocks|html|page] [--no-remote-images] [-o OUT]\n"
        "                                         the post content as published (blocks),\n"
        "                                         plain HTML, or a standalone page\n"
        "  quorum check FILE [--json]             check the article; exit 1 on errors\n"
        "  quorum export FILE --pdf OUT.pdf [--page-size A4|Letter] [--no-remote-images]\n"
        "  quorum export FILE --markdown OUT.md   the article as a PDF or as Markdown\n"
        "  quorum sites add NAME --url URL --user USER   (password on standard input)\n"
        "  quorum sites list | sites remove NAME | sites test NAME\n"
        "  quorum publish FILE --site NAME [--status draft|pending|publish|future]\n"
        "                 [--date ISO] [--dry-run] [--overwrite] [--as-new]\n"
        "  quorum pull --site NAME --post ID -o FILE.quorum\n"
        "  quorum update FILE --site NAME [--take mine|site]\n"
        "                                         merge the site's changes into FILE\n"
        "  quorum plugin --zip OUT.zip [--force]  the Quorum plugin for WordPress, as\n"
        "                                         the zip to upload to the site; --force\n"
        "                                         replaces an existing OUT.zip\n"
        "  quorum --version                       print the version\n"
        "\n"
        "With --no-remote-images, a page or PDF loads no images from other hosts; the\n"
        "images beside the article still show.\n"
        "\n"
        "Quorum speaks the system's language; --lang LANGUAGE (such as --lang nb) before or\n"
        "after the command chooses another.\n"
        "\n"
        "Exit codes: 0 fine; 1 the check found errors, or publishing or updating stopped at\n"
        "a conflict with a change made on the site; 2 bad usage, unreadable input or a\n"
        "failure.\n");
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    for (const Command &command : kCommands) {
        if (first == QStringView(command.name))
            return true;
    }
    // Anything that starts like an option is answered here too, so that a typo never opens
    // a window (or fails for want of a display).
    return first.startsWith(u'-');
}

bool commandNeedsWebEngine(const QStringList &arguments)
{
    // Decided by the parser that runs the command, so that every spelling it accepts counts.
    return arguments.value(1) == u"export" && cli::exportWritesPdf(arguments);
}

int runCommandLine(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        cli::print(stdout, u"quorum %1\n"_s.arg(QStringLiteral(QUORUM_VERSION)));
        return cli::ExitOk;
    }
    if (command == u"--help" || command == u"-h") {
        cli::print(stdout, usage());
        return cli::ExitOk;
    }
    for (const Command &entry : kCommands) {
        if (command == QStringView(entry.name))
            return entry.run(arguments);
    }
    return cli::usageError(cli::tr("unknown option or command “%1”").arg(command));
}

} // namespace quorum
