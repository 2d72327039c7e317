// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clisupport.h"

#include "articlefile.h"
#include "atomicwrite.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace quorum::cli {

QString tr(const char *text)
{
    // lupdate files calls to tr() in functions of this namespace under the namespace's name.
    return QCoreApplication::translate("quorum::cli", text);
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

bool parseSubcommand(QCommandLineParser &parser, const QStringList &arguments, int *exitCode,
                     int files)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    const qsizetype given = parser.positionalArguments().size() - 1;
    if (given != files) {
        *exitCode = usageError(
            given < files ? tr("%1 needs the article file to read").arg(arguments.at(1))
                          : tr("%1 takes one file, not %2").arg(arguments.at(1)).arg(given));
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

bool writeOutput(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (writeFileAtomically(path, bytes, &error))
        return true;
    print(stderr, u"quorum: "_s + error + u'\n');
    return false;
}

} // namespace quorum::cli
