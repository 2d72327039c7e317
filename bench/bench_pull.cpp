// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Pulling a post back: the large article's post content (as Quorum publishes it, and as
// WordPress would store it) read back into sections. The target: within 1.2x of the reader
// that rebuilt sections from HTML alone, before blocks were kept.
#include "benchstats.h"
#include "contentrenderer.h"
#include "largearticle.h"
#include "postcontentreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace quorum;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Article article = bench::largeArticle();
    const QString content = ContentRenderer(RenderFormat::Blocks).render(article);
    std::printf("post content: %lld sections, %.2f MB of block markup\n",
                static_cast<long long>(article.sections.size()),
                double(content.toUtf8().size()) / 1e6);

    QList<double> times;
    qsizetype sections = 0;
    // Fewer runs for an instruction count under valgrind: `bench_pull 2`.
    const int runs = argc > 1 ? qMax(2, QByteArray(argv[1]).toInt()) : 16;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        sections = PostContentReader::read(content).size();
        if (run > 0) // the first run warms the caches
            times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("sections read back: %lld\n", static_cast<long long>(sections));
    bench::reportTimes("pull: post content -> sections", times);
    return 0;
}
