// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clipublishingsupport.h"
#include "clisupport.h"

#include "articlefile.h"
#include "credentialstore.h"
#include "publishjob.h"
#include "pulljob.h"
#include "siteaddress.h"
#include "sitecheck.h"
#include "siteprofile.h"
#include "sitetarget.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

// Site profiles, publishing and pulling. The subcommands run the publishing library's jobs
// in a local event loop (main() made the QCoreApplication). Passwords come from standard input
// or the keychain, and are never printed.
namespace quorum::cli {

namespace {

QString readPassword()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(input.readLine()).trimmed();
}

int sitesAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption url(u"url"_s, tr("the site address"), u"URL"_s);
    const QCommandLineOption user(u"user"_s, tr("the WordPress user name"), u"USER"_s);
    const QCommandLineOption status(u"status"_s, tr("default status: draft, pending or publish"),
                                    u"STATUS"_s, u"draft"_s);
    const QCommandLineOption allowHttp(
        u"allow-http"_s, tr("send the password over plain http to a host that is not loopback"));
    const QCommandLineOption timeout(
        u"timeout"_s,
        tr("seconds a request may wait for the site before it fails (default %1)")
            .arg(SiteProfile::kDefaultTimeoutSeconds),
        u"SECONDS"_s, QString::number(SiteProfile::kDefaultTimeoutSeconds));
    parser.addOptions({url, user, status, allowHttp, timeout});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 3, &exitCode))
        return exitCode;
    SiteProfile profile;
    profile.name = parser.positionalArguments().at(2);
    profile.url = parser.value(url);
    profile.user = parser.value(user);
    profile.defaultStatus = parser.value(status);
    profile.allowInsecure = parser.isSet(allowHttp);
    bool timeoutOk = false;
    profile.timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    if (!SiteProfiles::isValidName(profile.name))
        return usageError(tr("“%1” cannot name a site").arg(profile.name));
    if (!SiteAddress::normalized(profile.url).isValid())
        return usageError(tr("--url needs the address of the WordPress site"));
    if (profile.user.isEmpty())
        return usageError(tr("--user needs the WordPress user name"));
    if (!QStringList{u"draft"_s, u"pending"_s, u"publish"_s}.contains(profile.defaultStatus))
        return usageError(tr("--status is draft, pending or publish"));
    if (!timeoutOk || profile.timeoutSeconds < SiteProfile::kMinimumTimeoutSeconds ||
        profile.timeoutSeconds > SiteProfile::kMaximumTimeoutSeconds) {
        return usageError(tr("--timeout is a number of seconds from %1 to %2")
                              .arg(SiteProfile::kMinimumTimeoutSeconds)
                              .arg(SiteProfile::kMaximumTimeoutSeconds));
    }

    // Never an argument: other users of the machine can read those.
    const QString password = readPassword();
    if (password.isEmpty()) {
        return usageError(tr("give the application password on standard input, such as "
                             "“quorum sites add NAME --url URL --user USER < password-file”"));
    }
    CredentialJob *job = CredentialStore::write(profile.name, password);
    waitFor(job);
    const std::unique_ptr<CredentialJob> owner(job);
    if (!job->isOk()) {
        print(stderr, u"quorum: "_s + job->message() + u'\n');
        return ExitUsage;
    }
    SiteProfiles::save(profile);
    print(stdout,
          tr("Added the site “%1”. Check it with “quorum sites test %1”.").arg(profile.name) +
              u'\n');
    return ExitOk;
}

int sitesList(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 2, &exitCode))
        return exitCode;
    for (const SiteProfile &profile : SiteProfiles::all()) {
        QString flags;
        if (profile.allowInsecure)
            flags += u"\tallow-http"_s;
        if (profile.timeoutSeconds != SiteProfile::kDefaultTimeoutSeconds)
            flags += u"\ttimeout=%1"_s.arg(profile.timeoutSeconds);
        print(stdout, u"%1\t%2\t%3\t%4%5\n"_s.arg(profile.name, profile.url, profile.user,
                                                  profile.defaultStatus, flags));
    }
    return ExitOk;
}

int sitesRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 3, &exitCode))
        return exitCode;
    const QString name = parser.positionalArguments().at(2);
    if (!SiteProfiles::find(name))
        return usageError(tr("there is no site named “%1”").arg(name));
    CredentialJob *job = CredentialStore::remove(name);
    waitFor(job);
    const std::unique_ptr<CredentialJob> owner(job);
    if (!job->isOk()) {
        print(stderr, u"quorum: "_s + job->message() + u'\n');
        return ExitUsage;
    }
    SiteProfiles::remove(name);
    print(stdout, tr("Removed the site “%1” and its password.").arg(name) + u'\n');
    return ExitOk;
}

int sitesTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 3, &exitCode))
        return exitCode;
    SiteProfile profile;
    PublishTarget target;
    if (!targetFor(parser.positionalArguments().at(2), &profile, &target))
        return ExitUsage;
    SiteCheck check(target);
    runToEnd(&check);
    if (check.error().isError()) {
        printError(check.error());
        return ExitUsage;
    }
    const SiteCapabilities &site = check.capabilities();
    QString report = tr("Connected to %1 as %2 (%3).")
                         .arg(site.restRoot.toDisplayString(),
                              site.displayName.isEmpty() ? profile.user : site.displayName,
                              site.roles.join(u", "_s)) +
                     u'\n';
    report += (site.canPublish ? tr("This user may publish.")
                               : tr("This user may only submit posts for review (Pending).")) +
              u'\n';
    if (!site.canUploadFiles)
        report += tr("This user may not upload images.") + u'\n';
    if (!site.canCreateCategories)
        report +=
            tr("This user may not create categories; only existing ones can be used.") + u'\n';
    report += (site.focusKeywordSupported
                   ? tr("The site stores the focus keyword.")
                   : tr("The site does not store the focus keyword; install the Quorum plugin "
                        "on it to send it (Quorum comes with it, in %1; “%2” writes the file "
                        "to upload).")
                         .arg(PublishJob::pluginFolder(), u"quorum plugin --zip quorum.zip"_s)) +
              u'\n';
    print(stdout, report);
    return ExitOk;
}

} // namespace

int sites(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"add")
        return sitesAdd(arguments);
    if (action == u"list")
        return sitesList(arguments);
    if (action == u"remove")
        return sitesRemove(arguments);
    if (action == u"test")
        return sitesTest(arguments);
    return usageError(action.isEmpty() ? tr("sites needs add, list, remove or test")
                                       : tr("unknown sites command “%1”").arg(action));
}

int publish(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption site(u"site"_s, tr("the site to publish to"), u"NAME"_s);
    const QCommandLineOption status(u"status"_s, tr("draft, pending, publish or future"),
                                    u"STATUS"_s);
    const QCommandLineOption date(u"date"_s, tr("the publication date (ISO 8601)"), u"DATE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("print what would happen; change nothing"));
    const QCommandLineOption overwrite(u"overwrite"_s,
                                       tr("replace the post even if it changed on the site"));
    const QCommandLineOption asNew(u"as-new"_s, tr("publish as a new post"));
    parser.addOptions({site, status, date, dryRun, overwrite, asNew});
    int exitCode = ExitOk;
    if (!parseSubcommand(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(site))
        return usageError(tr("publish needs --site NAME"));
    const QString path = parser.positionalArguments().at(1);
    Article article;
    if (!loadArticle(path, &article))
        return ExitUsage;
    SiteProfile profile;
    PublishTarget target;
    if (!targetFor(parser.value(site), &profile, &target))
        return ExitUsage;
    if (parser.isSet(date)) {
        const QDateTime when = QDateTime::fromString(parser.value(date), Qt::ISODate);
        if (!when.isValid())
            return usageError(tr("--date needs an ISO 8601 date, such as 2026-10-14T08:00:00Z"));
        article.meta.published = when;
    }
    if (parser.isSet(asNew))
        article.remote = PublishJob::asNewPost(article.remote);

    PublishOptions options;
    options.status = parser.isSet(status) ? parser.value(status) : profile.defaultStatus;
    options.baseDirectory = QFileInfo(path).absolutePath();
    options.dryRun = parser.isSet(dryRun);
    options.overwrite = parser.isSet(overwrite);
    PublishJob job(article, target, options);
    runToEnd(&job);

    const PublishError &error = job.error();
    // A failure may come after images were uploaded (a refused or lost save): the file keeps
    // them, so that the next publish does not upload them again.
    const RemoteBinding kept = job.keptBinding();
    if (error.isError() && !options.dryRun &&
        kept.extra.value(PublishJob::mediaKey()) !=
            article.remote.extra.value(PublishJob::mediaKey())) {
        Article keeping = article;
        keeping.remote = kept;
        QString saveError;
        if (!ArticleFile::save(keeping, path, &saveError)) {
            print(stderr, tr("warning: %1 could not be saved with the images already uploaded: %2")
                                  .arg(path, saveError) +
                              u'\n');
        }
    }
    if (error.kind == PublishError::Kind::Conflict) {
        printError(error);
        print(stderr, tr("To replace the site's version: quorum publish %1 --site %2 --overwrite\n"
                         "To merge the site's changes into the file: quorum update %1 --site "
                         "%2\n"
                         "To get the site's version: quorum pull --site %2 --post %3 -o "
                         "FILE.quorum\n")
                          .arg(path, profile.name)
                          .arg(article.remote.postId));
        return ExitFindings;
    }
    if (error.kind == PublishError::Kind::PostGone) {
        printError(error);
        print(stderr, tr("To publish it as a new post: quorum publish %1 --site %2 --as-new\n")
                          .arg(path, profile.name));
        return ExitUsage;
    }
    if (error.isError()) {
        printError(error);
        return ExitUsage;
    }

    if (options.dryRun) {
        const PublishPlan &plan = job.plan();
        QString text = plan.postId > 0 ? tr("Would update post %1").arg(plan.postId)
                                       : tr("Would create a new post");
        text += tr(" as %1 on %2.").arg(plan.status, profile.url) + u'\n';
        const auto list = [](const QString &label, const QStringList &items) -> QString {
            return items.isEmpty() ? QString() : label + u"\n  "_s + items.join(u"\n  "_s) + u'\n';
        };
        text += list(tr("Categories to create:"), plan.categoriesToCreate);
        text += list(tr("Tags to create:"), plan.tagsToCreate);
        text += list(tr("Images to upload:"), plan.mediaToUpload);
        text += list(tr("Images the site has:"), plan.mediaKept);
        print(stdout, text);
        return ExitOk;
    }

    article.remote = job.binding();
    article.comments = job.comments(); // with the ids of their Notes on the post
    QString saveError;
    if (!ArticleFile::save(article, path, &saveError)) {
        print(stderr, tr("quorum: the post is on the site (id %1), but %2 could not be saved: %3")
                              .arg(job.binding().postId)
                              .arg(path, saveError) +
                          u'\n');
        return ExitUsage;
    }
    printWarnings(job.warnings());
    if (job.sitePluginVersion().isEmpty() && !profile.pluginAdviceGiven) {
        print(stderr, tr("note: %1").arg(PublishJob::pluginAdvice()) + u'\n');
        profile.pluginAdviceGiven = true;
        SiteProfiles::save(profile);
    }
    const RemoteBinding &binding = job.binding();
    print(stdout, tr("Post %1 (%2): %3\n").arg(binding.postId).arg(binding.status, binding.link));
    return ExitOk;
}

int pull(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption site(u"site"_s, tr("the site to pull from"), u"NAME"_s);
    const QCommandLineOption post(u"post"_s, tr("the post id"), u"ID"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("the .quorum file to write"),
                                    u"FILE"_s);
    parser.addOptions({site, post, output});
    int exitCode = ExitOk;
    if (!parseCommand(parser, arguments, 1, &exitCode))
        return exitCode;
    if (!parser.isSet(site) || !parser.isSet(post) || !parser.isSet(output))
        return usageError(tr("pull needs --site NAME --post ID -o FILE.quorum"));
    bool ok = false;
    const qint64 postId = parser.value(post).toLongLong(&ok);
    if (!ok || postId <= 0)
        return usageError(tr("--post needs the number of a post"));
    SiteProfile profile;
    PublishTarget target;
    if (!targetFor(parser.value(site), &profile, &target))
        return ExitUsage;
    PullJob job(target, postId);
    runToEnd(&job);
    if (job.error().isError()) {
        printError(job.error());
        return ExitUsage;
    }
    QString saveError;
    if (!ArticleFile::save(job.article(), parser.value(output), &saveError)) {
        print(stderr, u"quorum: "_s + saveError + u'\n');
        return ExitUsage;
    }
    printWarnings(job.warnings());
    print(stdout, tr("Wrote post %1 to %2.\n").arg(postId).arg(parser.value(output)));
    return ExitOk;
}

} // namespace quorum::cli
