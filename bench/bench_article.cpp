// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// The foundation's performance targets, measured on the large article: load and save each
// under 150 ms, and rendering the whole article to block markup at most 2x what cmark-gfm
// alone takes on the same Markdown text, measured in the same run.
#include "articlefile.h"
#include "articlestats.h"
#include "contentrenderer.h"
#include "largearticle.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// Median wall time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// cmark-gfm by itself: parse and render to HTML, with the extensions Quorum uses.
size_t cmarkAlone(const QByteArray &markdown)
{
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node *document = cmark_parser_finish(parser);
    char *html =
        cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser));
    const size_t length = strlen(html);
    std::free(html);
    cmark_node_free(document);
    cmark_parser_free(parser);
    return length;
}

void report(const char *what, double value, const char *unit, double target,
            bool lowerIsBetter = true)
{
    const bool met = lowerIsBetter ? value < target : value > target;
    std::printf("%-40s %10.2f %-3s  target %s %.2f %-3s  %s\n", what, value, unit,
                lowerIsBetter ? "<" : ">", target, unit, met ? "met" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 15;
    cmark_gfm_core_extensions_ensure_registered();

    const Article article = bench::largeArticle();
    qsizetype voices = 0;
    for (const Section &section : article.sections)
        voices += section.voices.size();
    const QByteArray bytes = ArticleFile::serialize(article);
    std::printf("Large article: %lld sections, %lld voices, %lld words, %.2f MB on disk; "
                "median of %d runs\n\n",
                qlonglong(article.sections.size()), qlonglong(voices),
                qlonglong(bench::wordCount(article)), bytes.size() / 1e6, runs);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.quorum"_s);
    QString error;
    const double save = medianMs(runs, [&] {
        if (!ArticleFile::save(article, path, &error))
            qFatal("save failed: %s", qPrintable(error));
    });
    const double load = medianMs(runs, [&] {
        if (!ArticleFile::load(path).ok)
            qFatal("load failed");
    });

    const ContentRenderer renderer;
    qsizetype renderedSize = 0;
    const double render = medianMs(runs, [&] { renderedSize = renderer.render(article).size(); });
    const QByteArray markdown = bench::allMarkdown(article).toUtf8();
    size_t cmarkSize = 0;
    const double cmark = medianMs(runs, [&] { cmarkSize = cmarkAlone(markdown); });

    report("save (serialize + atomic write)", save, "ms", 150);
    report("load (read + parse + validate)", load, "ms", 150);
    std::printf("%-40s %10.2f ms   (%lld characters of block markup)\n", "render whole article",
                render, qlonglong(renderedSize));
    std::printf("%-40s %10.2f ms   (%.2f MB of Markdown, %zu bytes of HTML)\n",
                "cmark-gfm alone on the same Markdown", cmark, markdown.size() / 1e6, cmarkSize);
    report("render / cmark-gfm ratio", render / cmark, "x", 2.0);

    // What the preview renders for one edit: one section, in the middle.
    const Section &middle = article.sections.at(article.sections.size() / 2);
    const double oneSection =
        medianMs(runs, [&] { renderedSize = renderer.renderSection(article, middle).size(); });
    std::printf("%-40s %10.2f ms\n", "render one section (the middle one)", oneSection);

    // The same with a footnote in every section's text: numbered across the article, their
    // contents collected for the post meta.
    Article annotated = article;
    qsizetype footnotes = 0;
    for (Section &section : annotated.sections) {
        if (section.markdown.isEmpty())
            continue;
        section.markdown +=
            u"\n\nAs reported[^source].\n\n[^source]: The *source*, %1."_s.arg(++footnotes);
    }
    const double withFootnotes =
        medianMs(runs, [&] { renderedSize = renderer.render(annotated).size(); });
    std::printf("%-40s %10.2f ms   (%lld footnotes)\n", "render with a footnote per section",
                withFootnotes, qlonglong(footnotes));
    const double footnoteList =
        medianMs(runs, [&] { footnotes = renderer.footnotes(annotated).size(); });
    std::printf("%-40s %10.2f ms   (the post meta's list)\n", "footnotes of the article",
                footnoteList);

    // The status bar's counts: from scratch (opening), and after one section changed (typing).
    ArticleStats stats;
    const double fromScratch = medianMs(runs, [&] { stats = articleStats(article); });
    Article edited = article;
    ArticleStatsCounter counter;
    counter.count(edited);
    int keystroke = 0;
    const double afterEdit = medianMs(runs, [&] {
        edited.sections[edited.sections.size() / 2].markdown += QChar(u'a' + keystroke++ % 26);
        stats = counter.count(edited);
    });
    report("article statistics, from scratch", fromScratch, "ms", 20);
    std::printf("%-40s %10.2f ms   (%lld words, %d min read)\n",
                "article statistics, one section changed", afterEdit, qlonglong(stats.words),
                stats.readingMinutes);
    return 0;
}
