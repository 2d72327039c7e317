// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Editorial review's performance targets, measured on the large article: all checks under
// 20 ms, and a section diff of two 5,000-word versions under 50 ms.
#include "articlechecks.h"
#include "articledocument.h"
#include "largearticle.h"
#include "textdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

struct Timing
{
    double p50 = 0;
    double p95 = 0;
};

// Wall time of `runs` calls, in milliseconds.
Timing measure(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(qMin(times.size() - 1, times.size() * 95 / 100))};
}

void report(const char *what, const Timing &timing, double target)
{
    std::printf("%-48s p50 %8.2f ms  p95 %8.2f ms  target < %.0f ms  %s\n", what, timing.p50,
                timing.p95, target, timing.p95 < target ? "met" : "MISSED");
}

void info(const char *what, const Timing &timing)
{
    std::printf("%-48s p50 %8.2f ms  p95 %8.2f ms\n", what, timing.p50, timing.p95);
}

// About `words` words of the large article's text, paragraphs kept.
QString textOfWords(const Article &article, int words)
{
    QStringList paragraphs;
    int count = 0;
    for (const Section &section : article.sections) {
        for (const QString &paragraph : section.markdown.split(u"\n\n"_s)) {
            if (count >= words)
                return paragraphs.join(u"\n\n"_s);
            paragraphs.append(paragraph);
            count += int(paragraph.split(u' ', Qt::SkipEmptyParts).size());
        }
    }
    return paragraphs.join(u"\n\n"_s);
}

// An editor's pass over `text`: about one word in twenty replaced, a few words deleted and
// inserted, one paragraph in ten dropped and a new one added. Fixed seed: always the same.
QString edited(const QString &text)
{
    QRandomGenerator random(6);
    QStringList paragraphs = text.split(u"\n\n"_s);
    for (QString &paragraph : paragraphs) {
        QStringList words = paragraph.split(u' ');
        for (qsizetype i = 0; i < words.size(); ++i) {
            const int roll = random.bounded(100);
            if (roll < 5)
                words[i] = u"edited"_s;
            else if (roll < 6)
                words.removeAt(i);
            else if (roll < 7)
                words.insert(i, u"inserted"_s);
        }
        paragraph = words.join(u' ');
    }
    for (qsizetype i = paragraphs.size() - 1; i >= 0; i -= 10)
        paragraphs.removeAt(i);
    for (qsizetype i = 3; i < paragraphs.size(); i += 12)
        paragraphs.insert(i, u"A new paragraph the editor asked for, with a few words."_s);
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 50;

    const Article article = bench::largeArticle();
    std::printf("Large article: %lld sections, %lld words; %d runs each\n\n",
                qlonglong(article.sections.size()), qlonglong(bench::wordCount(article)), runs);

    qsizetype findings = 0;
    report("all checks on the large article",
           measure(runs, [&] { findings = checkArticle(article).size(); }), 20);
    std::printf("%-48s %lld\n", "  (findings)", qlonglong(findings));

    Section before = Section::create(SectionKind::Text);
    before.markdown = textOfWords(article, 5000);
    Section after = before;
    after.markdown = edited(before.markdown);
    SectionDiff diff;
    report("section diff, two 5,000-word versions",
           measure(runs, [&] { diff = diffSections(before, after); }), 50);
    std::printf("%-48s %d inserted, %d deleted\n", "  (words)", diff.wordsInserted,
                diff.wordsDeleted);

    // For the record: the whole large article against a copy with ten sections edited, and
    // a keystroke in a section that carries twenty anchored comments.
    Article changed = article;
    for (qsizetype i = 2; i < changed.sections.size(); i += 30)
        changed.sections[i].markdown = edited(changed.sections.at(i).markdown);
    info("whole-article compare, ten sections edited",
         measure(qMax(1, runs / 5), [&] { diffArticles(article, changed); }));

    ArticleDocument document;
    Article commented = article;
    const Section &target = commented.sections.at(2);
    for (int i = 0; i < 20; ++i) {
        ReviewComment comment;
        comment.id = u"c%1"_s.arg(i);
        comment.sectionId = target.id;
        comment.anchor = {
            CommentAnchor::Kind::Text, TextField::Markdown, 0, 200 + i * 100, 20, {}, {}};
        comment.text = u"Check this."_s;
        commented.comments.append(comment);
    }
    document.reset(commented);
    Section typing = *document.section(target.id);
    info("keystroke in a section with 20 anchored comments", measure(runs, [&] {
             typing.markdown.insert(100, u'x');
             document.setSection(typing, true);
         }));
    return 0;
}
