// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publisherror.h"
#include "restjob.h"
#include "siteprofile.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QStringList>

namespace quorum {
class CredentialJob;
}

// What the commands that talk to WordPress share.
namespace quorum::cli {

// Runs `job` (a PublishJob, PullJob or SiteCheck) to its end.
template<class Job> void runToEnd(Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (job->isRunning())
        loop.exec();
}

/// Waits for a keychain job; it never finishes before the event loop runs.
void waitFor(CredentialJob *job);
/// Prints "quorum: MESSAGE" and the fix on stderr.
void printError(const PublishError &error);
/// Prints each warning on stderr.
void printWarnings(const QStringList &warnings);
/// Parses `arguments` with `positional` positional arguments; prints why not and sets
/// `exitCode` on failure.
bool parseCommand(QCommandLineParser &parser, const QStringList &arguments, qsizetype positional,
                  int *exitCode);
/// The profile and its password as a publish target; prints why not on failure.
bool targetFor(const QString &name, SiteProfile *profile, PublishTarget *target);

} // namespace quorum::cli
