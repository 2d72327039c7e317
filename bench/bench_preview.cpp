// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// The live preview's targets, measured on the large article with a real Qt WebEngine page
// (offscreen): from an edit in one section to the patched DOM, p50 and p95 over 200 edits,
// p95 under 16 ms; beside it, what a full reload of the same article costs; and the first
// page shown after opening the article, under 300 ms after the window appears.
#include "articledocument.h"
#include "benchstats.h"
#include "largearticle.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "previewview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace quorum;
using bench::percentile;
using bench::reportTimes;

namespace {

// Runs the event loop until `done` holds. QTest::qWaitFor sleeps 10 ms between polls, which
// would add up to 10 ms to every figure; an event loop wakes as soon as the answer arrives.
template<typename Predicate> void waitUntil(Predicate done, const char *what)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(0);
    QTimer::singleShot(10000, &loop, [&] { qFatal("%s", what); });
    if (!done())
        loop.exec();
}

// Opens `article` in the pane and returns the milliseconds until its first page can be
// patched; returns once the page holds the whole article.
double openArticle(ArticleDocument &document, PreviewView *view, const Article &article)
{
    QSignalSpy loaded(view, &PreviewView::pageLoaded);
    QSignalSpy complete(view, &PreviewView::articleComplete);
    QElapsedTimer timer;
    timer.start();
    document.reset(article);
    if (!loaded.wait(60000))
        qFatal("the page never loaded");
    const double shown = timer.nsecsElapsed() / 1e6;
    // The rest of a long article follows the first page; what comes next starts after it.
    if (complete.isEmpty() && !complete.wait(60000))
        qFatal("the page never held the whole article");
    return shown;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const int edits = argc > 1 ? std::max(10, atoi(argv[1])) : 200;

    ArticleDocument document;
    PreviewPane pane(&document);
    pane.resize(1000, 800);
    pane.show();
    PreviewView *view = pane.view();

    // The window is up with a small article, as after start-up; then the large one opens.
    Article small;
    small.sections = {Section::create(SectionKind::Introduction)};
    const double cold = openArticle(document, view, small);
    const Article large = bench::largeArticle();
    QList<double> firstPage;
    for (int i = 0; i < 5; ++i) {
        openArticle(document, view, small);
        firstPage.append(openArticle(document, view, large));
    }

    // Typing at the end of a section in the middle of the article, one patch at a time.
    QList<double> toDom;
    QList<double> toFrame;
    QList<double> inPagePatch;
    QList<double> inPageFrame;
    const QString id = large.sections.at(150).id;
    Section section = *document.section(id);
    QElapsedTimer timer;
    double patchedAt = 0;
    double paintedAt = 0;
    bool done = false;
    QObject::connect(view, &PreviewView::patched, [&](int, double patchMs) {
        patchedAt = timer.nsecsElapsed() / 1e6;
        inPagePatch.append(patchMs);
    });
    QObject::connect(view, &PreviewView::patchPainted, [&](int, double frameMs) {
        paintedAt = timer.nsecsElapsed() / 1e6;
        inPageFrame.append(frameMs);
        done = true;
    });
    // A key press lands anywhere between two frames, so each edit waits a random part of a
    // frame after the previous one was painted; without that, every edit would start just
    // after a frame and wait a whole frame for the next. Seeded, so runs are comparable.
    QRandomGenerator phase(42);
    for (int i = 0; i < edits; ++i) {
        section.markdown += (i % 6 == 5) ? u" w"_s : u"x"_s; // every edit shows
        QTest::qWait(0); // the previous edit's trailing events run first: each edit starts idle
        QElapsedTimer gap;
        gap.start();
        const qint64 offsetNs = phase.bounded(16'667'000);
        waitUntil([&] { return gap.nsecsElapsed() >= offsetNs; }, "the clock stopped");
        done = false;
        timer.start();
        document.setSection(section, true);
        waitUntil([&] { return done; }, "an edit was never shown");
        toDom.append(patchedAt);
        toFrame.append(paintedAt);
    }

    // The floor under every patch: one empty script's round trip to the page and back.
    QList<double> roundTrip;
    for (int i = 0; i < 50; ++i) {
        bool answered = false;
        QElapsedTimer trip;
        trip.start();
        view->page()->runJavaScript(u"0"_s, QWebEngineScript::ApplicationWorld,
                                    [&](const QVariant &) { answered = true; });
        waitUntil([&] { return answered; }, "the page never answered");
        roundTrip.append(trip.nsecsElapsed() / 1e6);
    }

    QList<double> reload;
    for (int i = 0; i < 5; ++i) {
        // Until the page holds every section: the first page alone is cheaper.
        QSignalSpy complete(view, &PreviewView::articleComplete);
        QElapsedTimer reloadTimer;
        reloadTimer.start();
        view->reloadArticle();
        if (!complete.wait(60000))
            qFatal("reload never finished");
        reload.append(reloadTimer.nsecsElapsed() / 1e6);
    }

    std::printf("Large article (%lld sections), pane 1000x800 offscreen, %d edits\n\n",
                qlonglong(large.sections.size()), edits);
    reportTimes("edit -> DOM patched", toDom, 16);
    reportTimes("edit -> next frame laid out after the patch", toFrame);
    const auto nextFrame = std::count_if(toFrame.cbegin(), toFrame.cend(),
                                         [](double ms) { return ms < 1000.0 / 60 + 1; });
    std::printf("%-46s %8.1f %% (at 60 frames a second)\n",
                "edits shown in the first frame after them", 100.0 * nextFrame / toFrame.size());
    reportTimes("in the page: applying the patch", inPagePatch);
    reportTimes("in the page: patch start -> next frame", inPageFrame);
    reportTimes("empty script round trip (the floor)", roundTrip);
    reportTimes("full reload of the same article (all sections)", reload);
    std::printf("%-46s %8.1fx (reload p50 / edit p50)\n", "incremental vs reload",
                percentile(reload, 0.5) / percentile(toDom, 0.5));
    reportTimes("first page shown after opening (warm)", firstPage, 300);
    std::printf("%-46s %8.2f ms (includes starting Qt WebEngine)\n",
                "first page ever (small article, cold)", cold);
    return 0;
}
