// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// The three-way merge on the large article: "Update from Site" must not keep the writer
// waiting. Target: under 50 ms, with ten sections changed on each side, apart or two of them
// on both (two conflicts).
#include "articlemerge.h"
#include "benchstats.h"
#include "largearticle.h"
#include "sitearticle.h"
#include "siteupdate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// `article` with the sections at `indexes` edited by `who` (a sentence added), and a reply by
// `who` in the thread of every fifth comment.
Article edited(const Article &article, const QList<qsizetype> &indexes, const QString &who)
{
    Article result = article;
    for (qsizetype index : indexes) {
        Section &section = result.sections[index];
        section.markdown.insert(section.markdown.indexOf(u"\n\n"_s),
                                u" A sentence %1 added here."_s.arg(who));
    }
    for (qsizetype i = 0; i < result.comments.size(); i += 5) {
        result.comments[i].replies.append(
            {who, QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC), u"Done."_s, {}});
    }
    return result;
}

// The base: the large article with a review comment on every seventh section.
Article withComments(Article article)
{
    for (qsizetype i = 0; i < article.sections.size(); i += 7) {
        ReviewComment comment;
        comment.id = u"c%1"_s.arg(i);
        comment.sectionId = article.sections.at(i).id;
        comment.author = u"editor"_s;
        comment.created = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        comment.text = u"Check this section."_s;
        article.comments.append(comment);
    }
    return article;
}

void run(const char *what, const Article &base, const Article &local, const Article &remote,
         int runs)
{
    QList<double> times;
    qsizetype conflicts = 0;
    qsizetype changed = 0;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ArticleMerge merge = mergeArticles(base, local, remote);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        conflicts = merge.conflicts.size();
        changed = 0;
        for (qsizetype i = 0; i < merge.article.sections.size(); ++i)
            changed += merge.article.sections.at(i) != base.sections.at(i) ? 1 : 0;
        if (run > 0) // the first run warms the caches
            times.append(ms);
    }
    bench::reportTimes(what, times, 50);
    std::printf("%-46s %lld sections changed, %lld conflicts\n", "  (merged)", qlonglong(changed),
                qlonglong(conflicts));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QByteArray(argv[1]).toInt()) : 50;
    const Article base = withComments(bench::largeArticle());
    std::printf("Large article: %lld sections, %lld comments; %d runs each\n",
                qlonglong(base.sections.size()), qlonglong(base.comments.size()), runs);

    QList<qsizetype> mine;
    QList<qsizetype> theirs;
    for (qsizetype i = 0; i < 10; ++i) {
        mine.append(5 + i * 30);
        theirs.append(20 + i * 30);
    }
    const Article local = edited(base, mine, u"here"_s);
    run("merge: 10 + 10 sections changed apart", base, local, edited(base, theirs, u"there"_s),
        runs);

    QList<qsizetype> overlapping = theirs;
    overlapping[0] = mine.at(0);
    overlapping[1] = mine.at(1);
    run("merge: 10 + 10 changed, 2 on both sides", base, local,
        edited(base, overlapping, u"there"_s), runs);

    // What Update from Site does on top of the merge: read the base the binding keeps (the
    // whole article as JSON) and bind the result.
    Article bound = local;
    SiteArticle::setSyncBase(&bound.remote, base);
    const Article site = edited(base, theirs, u"there"_s);
    QList<double> times;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const ArticleMerge merge = mergeFromSite(bound, site);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (merge.hasUnresolvedConflicts())
            std::printf("unexpected conflicts\n");
        if (run > 0)
            times.append(ms);
    }
    bench::reportTimes("update from site: base read + merge, 10 + 10", times, 50);
    return 0;
}
