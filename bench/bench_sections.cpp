// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// Switching sections in the structured editor, measured on the large article (20 Forum
// Voices sections of 100 voices each) offscreen, with the editors in a stack as the window
// holds them: showSection() alone, and showSection() until the editor is laid out and
// painted. Target: p95 under 30 ms for a switch between two Forum Voices sections and
// between a Forum Voices section and the Verdict. Beside the wall-clock times, the CPU time
// of the GUI thread: on a busy machine it is what the editor itself costs.
#include "articledocument.h"
#include "benchstats.h"
#include "largearticle.h"
#include "verdicteditor.h"
#include "voicecard.h"
#include "voiceseditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace quorum;
using bench::percentile;
using bench::reportTimes;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// The CPU time this thread has used, in milliseconds.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// Lays out and paints `widget` now, as the next frame would.
void layOutAndPaint(QWidget *widget)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    widget->repaint();
}

/// Handles what else the step posted, untimed, as the event loop would before the next one
/// (left alone, the queue would grow and slow every later step down).
void settle()
{
    QCoreApplication::processEvents();
}

struct Timings
{
    QList<double> call;    ///< showSection() and making the editor current
    QList<double> painted; ///< the same until laid out and painted
    QList<double> cpu;     ///< the GUI thread's CPU time until painted
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int switches = argc > 1 ? std::max(20, atoi(argv[1])) : 400;

    ArticleDocument document;
    document.reset(bench::largeArticle());
    QStringList voicesIds;
    QString verdictId;
    for (const Section &section : document.article().sections) {
        if (section.kind == SectionKind::ForumVoices)
            voicesIds.append(section.id);
        else if (section.kind == SectionKind::Verdict && verdictId.isEmpty())
            verdictId = section.id;
    }

    QStackedWidget stack;
    auto *verdict = new VerdictEditor(&document);
    auto *voices = new VoicesEditor(&document);
    stack.addWidget(verdict);
    stack.addWidget(voices);
    stack.resize(1000, 800);
    stack.show();
    if (!QTest::qWaitForWindowExposed(&stack))
        qFatal("the editor never showed");

    // Shows section `id` in `editor`, as the window does when the outline selects it.
    auto show = [&](SectionEditor *editor, const QString &id, Timings *timings) {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        editor->showSection(id);
        stack.setCurrentWidget(editor);
        const double call = elapsedMs(timer);
        layOutAndPaint(&stack);
        if (timings) {
            timings->call.append(call);
            timings->painted.append(elapsedMs(timer));
            timings->cpu.append(threadCpuMs() - cpu);
        }
        settle();
    };

    // The first Forum Voices section ever shown makes the cards.
    QElapsedTimer first;
    first.start();
    voices->showSection(voicesIds.at(0));
    stack.setCurrentWidget(voices);
    layOutAndPaint(&stack);
    const double cold = elapsedMs(first);
    settle();
    show(verdict, verdictId, nullptr);

    Timings voicesToVoices;
    for (int i = 0; i < switches; ++i)
        show(voices, voicesIds.at(i % voicesIds.size()), &voicesToVoices);

    Timings voicesAndVerdict;
    for (int i = 0; i < switches; ++i) {
        if (i % 2 == 0)
            show(voices, voicesIds.at((i / 2) % voicesIds.size()), &voicesAndVerdict);
        else
            show(verdict, verdictId, &voicesAndVerdict);
    }

    // Far down a section: the cards there, not the first ones, are the ones filled.
    Timings deepReveal;
    for (int i = 0; i < switches / 4; ++i) {
        const QString id = voicesIds.at(i % voicesIds.size());
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        voices->showSection(id);
        voices->revealText({id, TextField::VoiceQuote, 50 + i % 50, -1, 0});
        deepReveal.call.append(elapsedMs(timer));
        layOutAndPaint(&stack);
        deepReveal.painted.append(elapsedMs(timer));
        deepReveal.cpu.append(threadCpuMs() - cpu);
        settle();
    }

    // Typing in a voice while the verdict tallies every voice of the article.
    Timings typing;
    voices->showSection(voicesIds.at(3));
    QPlainTextEdit *quote = voices->cardForVoice(0)->quoteEdit();
    for (int i = 0; i < switches / 4; ++i) {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        quote->insertPlainText(i % 6 == 5 ? u" "_s : u"x"_s);
        typing.call.append(elapsedMs(timer));
        layOutAndPaint(&stack);
        typing.painted.append(elapsedMs(timer));
        typing.cpu.append(threadCpuMs() - cpu);
        settle();
    }

    std::printf("Large article: %lld Forum Voices sections of %lld voices; editor 1000x800 "
                "offscreen; %d switches\n\n",
                qlonglong(voicesIds.size()),
                qlonglong(document.section(voicesIds.at(0))->voices.size()), switches);
    reportTimes("Forum Voices -> Forum Voices: showSection()", voicesToVoices.call);
    reportTimes("Forum Voices -> Forum Voices: laid out and painted", voicesToVoices.painted, 30);
    reportTimes("  ...CPU time", voicesToVoices.cpu, 30);
    reportTimes("Forum Voices <-> Verdict: showSection()", voicesAndVerdict.call);
    reportTimes("Forum Voices <-> Verdict: laid out and painted", voicesAndVerdict.painted, 30);
    reportTimes("  ...CPU time", voicesAndVerdict.cpu, 30);
    reportTimes("show a section and reveal its voice 50-99", deepReveal.call);
    reportTimes("  ...laid out and painted", deepReveal.painted);
    reportTimes("  ...CPU time", deepReveal.cpu);
    reportTimes("a keystroke in a quote (verdict tallying)", typing.call);
    reportTimes("  ...laid out and painted", typing.painted);
    reportTimes("  ...CPU time", typing.cpu);
    std::printf("%-52s %7.2f ms (makes the cards)\n", "first Forum Voices section ever shown",
                cold);
    std::printf("%-52s %7d\n", "cards made for 100-voice sections", voices->cardCount());
    return 0;
}
