// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptlines.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kKept = u"<!-- quorum:kept k3f9a1c2e core/columns \"Pros and cons\" -->"_s;
const QString kOther = u"<!-- quorum:kept k77 core/embed -->"_s;

// Rows are written with K for the kept line that moves and O for another kept line.
QString expand(QString text)
{
    return text.replace(u"K"_s, kKept).replace(u"O"_s, kOther);
}

} // namespace

// Where kept block lines are in a Markdown text, and moving one past its neighbour.
class TestKeptLines : public QObject
{
    Q_OBJECT

private slots:
    void keptLinesIn_data();
    void keptLinesIn();
    void moveKeptLine_data();
    void moveKeptLine();
};

void TestKeptLines::keptLinesIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("starts");
    QTest::newRow("none") << u"Text.\n\n<!-- a comment -->"_s << QList<qsizetype>{};
    QTest::newRow("two") << expand(u"Text.\n\nK\nO"_s) << QList<qsizetype>{7, 8 + kKept.size()};
    QTest::newRow("indented is not one") << u"    "_s + kKept << QList<qsizetype>{};
    QTest::newRow("text after it is not one") << kKept + u" more"_s << QList<qsizetype>{};
}

void TestKeptLines::keptLinesIn()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, starts);
    const QList<KeptLineSpan> spans = quorum::keptLinesIn(text);
    QList<qsizetype> found;
    for (const KeptLineSpan &span : spans) {
        found.append(span.start);
        QVERIFY(KeptBlockLine::parse(QStringView(text).mid(span.start, span.length)));
    }
    QCOMPARE(found, starts);
}

void TestKeptLines::moveKeptLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("up");
    QTest::addColumn<QString>("expected"); // empty: no move

    QTest::newRow("up past a paragraph") << u"A\n\nK\n\nB"_s << true << u"K\n\nA\n\nB"_s;
    QTest::newRow("down past a paragraph") << u"A\n\nK\n\nB"_s << false << u"A\n\nB\n\nK"_s;
    QTest::newRow("up past a whole list")
        << u"P\n\n- a\n- b\n\nK"_s << true << u"P\n\nK\n\n- a\n- b"_s;
    QTest::newRow("up past a loose list")
        << u"- a\n\n- b\n\nK\n"_s << true << u"K\n\n- a\n\n- b\n"_s;
    QTest::newRow("down past a fenced code block with a blank line")
        << u"K\n\n```\nx\n\ny\n```\nZ"_s << false << u"```\nx\n\ny\n```\n\nK\n\nZ"_s;
    QTest::newRow("down past a table") << u"K\n\n| a | b |\n|---|---|\n| 1 | 2 |"_s << false
                                       << u"| a | b |\n|---|---|\n| 1 | 2 |\n\nK"_s;
    QTest::newRow("paragraphs that touched it stay apart")
        << u"A\nK\nB"_s << true << u"K\n\nA\n\nB"_s;
    QTest::newRow("down keeps the text before apart too")
        << u"A\nK\nB\n\nC"_s << false << u"A\n\nB\n\nK\n\nC"_s;
    QTest::newRow("past another kept line") << u"K\nO"_s << false << u"O\n\nK"_s;
    QTest::newRow("past a link reference definition")
        << u"[x]: https://example.org\n\nK"_s << true << u"K\n\n[x]: https://example.org"_s;
    QTest::newRow("a trailing line break stays") << u"A\n\nK\n"_s << true << u"K\n\nA\n"_s;
    QTest::newRow("blank lines before the pair stay")
        << u"A\n\n\nB\n\nK"_s << true << u"A\n\n\nK\n\nB"_s;
    QTest::newRow("nothing above the first block") << u"K\n\nA"_s << true << QString();
    QTest::newRow("nothing below the last block") << u"A\n\nK\n\n"_s << false << QString();
    QTest::newRow("inside a code block it is code") << u"A\n\n```\nK\n```"_s << true << QString();
}

void TestKeptLines::moveKeptLine()
{
    QFETCH(QString, text);
    QFETCH(bool, up);
    QFETCH(QString, expected);
    text = expand(text);
    const std::optional<KeptLineMove> moved = quorum::moveKeptLine(text, text.indexOf(kKept), up);
    if (expected.isEmpty()) {
        QVERIFY(!moved);
        return;
    }
    QVERIFY(moved);
    QCOMPARE(moved->markdown, expand(expected));
    QCOMPARE(moved->markdown.mid(moved->lineStart, kKept.size()), kKept);
    QVERIFY(moved->lineStart == 0 || moved->markdown.at(moved->lineStart - 1) == u'\n');
}

QUORUM_TEST_MAIN(TestKeptLines)
#include "tst_keptlines.moc"
