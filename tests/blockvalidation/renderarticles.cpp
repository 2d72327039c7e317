// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// blockvalidation_render OUTDIR
//
// Writes the block markup of the test articles that have no golden file: the hostile article
// (every text field trying to break out of its place), the article with every field set, and
// that article with WordPress Notes on its headings. The block validation tests then ask
// WordPress's editor whether it accepts them too: escaping that keeps a script out must still
// leave blocks the editor takes as its own.
#include "contentrenderer.h"
#include "testarticles.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: blockvalidation_render OUTDIR\n", stderr);
        return 2;
    }
    const QDir out(arguments.at(1));
    if (!out.mkpath(u"."_s)) {
        std::fprintf(stderr, "blockvalidation_render: cannot create %s\n",
                     qPrintable(out.absolutePath()));
        return 2;
    }
    const std::pair<QString, quorum::Article> articles[] = {
        {u"hostile"_s, quorum::test::hostileArticle()},
        {u"full"_s, quorum::test::fullArticle()},
        {u"notes"_s, quorum::test::fullArticle()},
    };
    // Headings that name the site's Notes (WordPress 6.9 and later): one thread as a number,
    // several as a list (7.1), in the block comment alone.
    const quorum::Article full = quorum::test::fullArticle();
    QHash<QString, QList<qint64>> headingNotes;
    for (qsizetype i = 0; i < full.sections.size(); ++i)
        headingNotes.insert(full.sections.at(i).id,
                            i % 2 == 0 ? QList<qint64>{101 + i} : QList<qint64>{101 + i, 201 + i});
    for (const auto &[name, article] : articles) {
        const QString path = out.filePath(name + u".blocks.html"_s);
        quorum::ContentRenderer renderer;
        if (name == u"notes")
            renderer.setHeadingNotes(headingNotes);
        const QString markup = renderer.render(article) + u'\n';
        if (!quorum::test::writeFile(path, markup.toUtf8())) {
            std::fprintf(stderr, "blockvalidation_render: cannot write %s\n", qPrintable(path));
            return 2;
        }
    }
    return 0;
}
