// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
//
// The Markdown editor's target, measured on the large article (offscreen): from a key press
// in a Markdown section to the article model updated and the highlighting (with spelling)
// done, p95 under 4 ms over 500 key presses at varied places of the article's biggest
// Markdown section. Highlighting runs synchronously inside the edit, so the time of the key
// press is the whole cost; each press is checked to have updated both before the next.
#include "articledocument.h"
#include "benchstats.h"
#include "largearticle.h"
#include "markdownedit.h"
#include "markdownhighlighter.h"
#include "markdownsectioneditor.h"
#include "markdownspans.h"
#include "spellchecker.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace quorum;
using bench::percentile;
using bench::reportTimes;

namespace {

// The Introduction, Text or Conclusion section with the most Markdown.
QString biggestMarkdownSection(const Article &article)
{
    const Section *biggest = nullptr;
    for (const Section &section : article.sections) {
        const bool markdownKind = section.kind == SectionKind::Introduction ||
                                  section.kind == SectionKind::Text ||
                                  section.kind == SectionKind::Conclusion;
        if (markdownKind && (!biggest || section.markdown.size() > biggest->markdown.size()))
            biggest = &section;
    }
    return biggest ? biggest->id : QString();
}

// A key a writer presses: mostly letters, then spaces, corrections, and now and then a
// character that changes how the paragraph reads (emphasis, code, a new line).
Qt::Key nextKey(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 70)
        return Qt::Key(Qt::Key_A + random.bounded(26));
    if (roll < 82)
        return Qt::Key_Space;
    if (roll < 90)
        return Qt::Key_Backspace;
    if (roll < 95)
        return Qt::Key_Asterisk;
    if (roll < 98)
        return Qt::Key_Return;
    return Qt::Key_QuoteLeft;
}

struct Timings
{
    QList<double> keys;    ///< key press to model updated and highlighting done (wall clock)
    QList<double> keysCpu; ///< the same in this thread's processor time: without the waits
                           ///< for a processor that a busy machine adds to the wall clock
    QList<double> parses;  ///< cmark-gfm reading the text alone, for comparison
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Presses `presses` keys at varied places of the section `id` shown in `edit`, checking after
// each that the model and the highlighting follow.
Timings typeInto(ArticleDocument &document, MarkdownEdit *edit, const QString &id, int presses)
{
    QRandomGenerator random(20261129);
    Timings timings;
    for (int i = 0; i < presses; ++i) {
        if (i % 10 == 0) {
            // Somewhere else in the text: a new word-sized undo step starts there.
            QTextCursor cursor = edit->textCursor();
            cursor.setPosition(random.bounded(edit->document()->characterCount() - 1));
            edit->setTextCursor(cursor);
        }
        const Qt::Key key = nextKey(random);
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMs();
        timer.start();
        QTest::keyClick(edit, key);
        timings.keys.append(timer.nsecsElapsed() / 1e6);
        timings.keysCpu.append(threadCpuMs() - cpuBefore);

        const QString shown = edit->markdown();
        if (document.section(id)->markdown != shown)
            qFatal("key press %d: the model was not updated", i);
        if (!edit->highlighter()->isUpToDate())
            qFatal("key press %d: the highlighting was not done", i);
        timer.restart();
        if (markdownSpans(shown).isEmpty())
            qFatal("key press %d: the text lost its Markdown", i);
        timings.parses.append(timer.nsecsElapsed() / 1e6);
    }
    return timings;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // not the writer's personal word list
    const int presses = argc > 1 ? std::max(20, atoi(argv[1])) : 500;

    Article article = bench::largeArticle();
    article.meta.language = u"en"_s;
    ArticleDocument document;
    document.reset(article);
    const QString id = biggestMarkdownSection(article);
    const QString text = document.section(id)->markdown;

    MarkdownSectionEditor editor(&document);
    editor.resize(900, 700);
    editor.show();
    if (!QTest::qWaitForWindowExposed(&editor))
        qFatal("the editor was never shown");
    QElapsedTimer showing;
    showing.start();
    editor.showSection(id);
    const double showMs = showing.nsecsElapsed() / 1e6;
    MarkdownEdit *edit = editor.markdownEdit();
    if (!edit->spellChecker()->isAvailable())
        qFatal("no English dictionary: %s", qPrintable(edit->spellChecker()->unavailableReason()));
    edit->setFocus();

    std::printf("Large article: %lld sections; biggest Markdown section %s: %lld characters, "
                "%lld lines; %d key presses\n\n",
                qlonglong(article.sections.size()), qPrintable(id), qlonglong(text.size()),
                qlonglong(text.count(u'\n') + 1), presses);

    const Timings timings = typeInto(document, edit, id, presses);
    std::printf("%-44s %6.2f ms\n", "show the section (text, highlighting, spelling)", showMs);
    reportTimes("key press to model and highlighting done", timings.keys, 4);
    reportTimes("  the same in processor time", timings.keysCpu);
    reportTimes("  of which cmark-gfm re-reading the section", timings.parses);
    std::printf("%-44s %d steps for %d key presses\n", "undo history",
                int(document.undoStack()->count()), presses);

    // Beyond the target: how the cost grows with the section (the text is re-read whole).
    Section bigger = *document.section(id);
    bigger.markdown = QStringList(10, text).join(u"\n\n"_s);
    document.setSection(bigger);
    const Timings tenfold = typeInto(document, edit, id, presses / 5);
    std::printf("\nThe same section ten times over (%lld characters):\n",
                qlonglong(bigger.markdown.size()));
    reportTimes("key press to model and highlighting done", tenfold.keys);
    reportTimes("  the same in processor time", tenfold.keysCpu);
    reportTimes("  of which cmark-gfm re-reading the section", tenfold.parses);
    return 0;
}
