// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clipublishingsupport.h"
#include "clisupport.h"

#include "articlefile.h"
#include "pulljob.h"
#include "siteupdate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// quorum update: the site's changes merged into the file ("Update from Site").
namespace quorum::cli {

int update(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption site(u"site"_s, tr("the site the article is published on"), u"NAME"_s);
    const QCommandLineOption take(
        u"take"_s, tr("settle every conflict with this side: mine or site"), u"SIDE"_s);
    parser.addOptions({site, take});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 2, &exitCode))
        return exitCode;
    if (!parser.isSet(site))
        return usageError(tr("update needs --site NAME"));
    const QString side = parser.value(take);
    if (parser.isSet(take) && side != u"mine" && side != u"site")
        return usageError(tr("--take needs mine or site"));
    const QString path = parser.positionalArguments().at(1);
    Article local;
    if (!loadArticle(path, &local))
        return ExitUsage;
    if (local.remote.postId <= 0) {
        print(stderr,
              tr("quorum: %1 has not been published, so the site has no version of it.").arg(path) +
                  u'\n');
        return ExitUsage;
    }
    SiteProfile profile;
    PublishTarget target;
    if (!targetFor(parser.value(site), &profile, &target))
        return ExitUsage;

    PullJob job(target, local.remote.postId);
    runToEnd(&job);
    if (job.error().isError()) {
        printError(job.error());
        return ExitUsage;
    }
    if (!job.cameWhole()) {
        print(stderr, tr("quorum: the site keeps only the post's text, not the whole article: it "
                         "does not run the Quorum plugin (quorum plugin --zip), or the post was "
                         "last published without it. A merge would lose comments, review and "
                         "codings, so nothing was changed. Get the site's version with quorum "
                         "pull, or replace it with quorum publish --overwrite.\n"));
        return ExitUsage;
    }
    printWarnings(job.warnings());
    ArticleMerge merge = mergeFromSite(local, job.article());
    const int changes = changesFromSite(local, merge);
    if (merge.hasUnresolvedConflicts() && !parser.isSet(take)) {
        print(stderr,
              tr("quorum: %1 and the site's version changed the same things:").arg(path) + u'\n');
        for (const QString &line : describeConflicts(merge))
            print(stderr, u"  "_s + line + u'\n');
        print(stderr, tr("Nothing was changed. Settle them in Quorum's window (Publish ▸ "
                         "Update from Site), or keep one side for all: quorum update %1 --site "
                         "%2 --take mine|site\n")
                          .arg(path, profile.name));
        return ExitFindings;
    }
    const qsizetype conflicts = merge.conflicts.size();
    while (!merge.conflicts.isEmpty())
        merge.resolve(0, side == u"site" ? MergeSide::Remote : MergeSide::Local);

    QString saveError;
    if (!ArticleFile::save(merge.article, path, &saveError)) {
        print(stderr, u"quorum: "_s + saveError + u'\n');
        return ExitUsage;
    }
    // lupdate files these under "quorum::cli", as it does cli::tr().
    QString done =
        QCoreApplication::translate(
            "quorum::cli", "Updated %1 from post %2: %n change(s) from the site", nullptr, changes)
            .arg(path)
            .arg(local.remote.postId);
    if (conflicts > 0) {
        done += QCoreApplication::translate("quorum::cli", ", %n conflict(s) settled with %1",
                                            nullptr, int(conflicts))
                    .arg(side == u"site" ? tr("the site's version") : tr("this version"));
    }
    print(stdout, done + u".\n"_s);
    return ExitOk;
}

} // namespace quorum::cli
