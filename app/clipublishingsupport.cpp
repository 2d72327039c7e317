// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clipublishingsupport.h"

#include "clisupport.h"
#include "credentialstore.h"
#include "sitetarget.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::cli {

void waitFor(CredentialJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &CredentialJob::finished, &loop, &QEventLoop::quit);
    if (!job->isFinished())
        loop.exec();
}

void printError(const PublishError &error)
{
    print(stderr, u"quorum: "_s + error.message + u'\n');
    if (!error.fix.isEmpty())
        print(stderr, error.fix + u'\n');
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        print(stderr, tr("warning: %1").arg(warning) + u'\n');
}

bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, qsizetype positional,
                  int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        *exitCode = usageError(tr("wrong number of arguments for “%1”")
                                   .arg(parser.positionalArguments().mid(0, 2).join(u' ')));
        return false;
    }
    return true;
}

bool targetFor(const QString &name, SiteProfile *profile, PublishTarget *target)
{
    const std::optional<SiteProfile> found = SiteProfiles::find(name);
    if (!found) {
        print(stderr,
              tr("quorum: there is no site named “%1”; add it with “quorum sites add”.").arg(name) +
                  u'\n');
        return false;
    }
    CredentialJob *job = CredentialStore::read(name);
    waitFor(job);
    const std::unique_ptr<CredentialJob> owner(job);
    if (!job->isOk()) {
        print(stderr, u"quorum: "_s + job->message() + u'\n');
        return false;
    }
    *profile = *found;
    *target = targetOf(*found, job->password());
    return true;
}

} // namespace quorum::cli
