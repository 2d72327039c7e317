// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QStringList>

#include <cstdio>

class QCommandLineParser;

namespace quorum::cli {

/// Exit codes of every subcommand.
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2
};

/// Translated text in the command line's context.
QString tr(const char *text);

/// Writes UTF-8 text to `stream` at once.
void print(FILE *stream, const QString &text);

/// Prints "quorum: MESSAGE" and the hint to --help on stderr; returns ExitUsage.
int usageError(const QString &message);

/// Parses a subcommand's options (arguments[1] is the subcommand) and checks that exactly
/// `files` positional arguments follow it; on failure prints why and returns false with
/// `exitCode` set.
bool parseSubcommand(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                     int files = 1);

/// Loads an article, printing "quorum: PATH: reason" on failure.
bool loadArticle(const QString &path, Article *article);

/// Writes `bytes` to `path` atomically, printing the reason on failure.
bool writeOutput(const QString &path, const QByteArray &bytes);

} // namespace quorum::cli
