// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Writes the large article that every benchmark measures into a folder, as a .quorum file
// and as the Markdown text it holds, so that whole processes can be timed on it: bench/startup
// runs `quorum render` on the one and cmark-gfm's own command on the other.
#include "articlefile.h"
#include "largearticle.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace quorum;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: writelargearticle FOLDER\n");
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[1]));
    const Article article = bench::largeArticle();
    QString error;
    if (!ArticleFile::save(article, folder.filePath(u"large.quorum"_s), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QSaveFile markdown(folder.filePath(u"large.md"_s));
    if (!markdown.open(QIODevice::WriteOnly) ||
        markdown.write(bench::allMarkdown(article).toUtf8()) < 0 || !markdown.commit()) {
        std::fprintf(stderr, "%s\n", qPrintable(markdown.errorString()));
        return 1;
    }
    return 0;
}
