// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "badarticlefiles.h"
#include "commandrun.h"
#include "golden.h"
#include "testarticles.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The real quorum binary, as scripts and CI run it.
test::CommandRun runQuorum(const QStringList &arguments)
{
    return test::runCommand(QStringLiteral(QUORUM_BINARY), arguments);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void renderBlocks();
    void renderHtmlToFile();
    void checkSample();
    void checkFindsErrors();
    void checkJson_data();
    void checkJson();
    void badInput_data();
    void badInput();
    void unwritableOutput();
    void badUsage_data();
    void badUsage();
    void commandsLoadOnlyWhatTheyUse_data();
    void commandsLoadOnlyWhatTheyUse();
    void commandLineRunsWithoutItsModules();
};

void TestCli::version()
{
    const test::CommandRun run = runQuorum({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"quorum %1\n"_s.arg(QStringLiteral(QUORUM_VERSION)));
}

void TestCli::help()
{
    const test::CommandRun run = runQuorum({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"quorum render FILE"_s));
    QVERIFY(run.out.contains(u"quorum check FILE"_s));
    QVERIFY(run.out.contains(u"[--no-remote-images]"_s));
    QVERIFY(run.out.contains(u"quorum plugin --zip OUT.zip [--force]"_s));
}

void TestCli::renderBlocks()
{
    const test::CommandRun run = runQuorum({u"render"_s, test::samplePath()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    // The same bytes the renderer's golden file holds: one rendering everywhere.
    QCOMPARE(run.out, test::goldenText(u"sample.blocks.html"_s));
}

void TestCli::renderHtmlToFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"post.html"_s);
    const test::CommandRun run =
        runQuorum({u"render"_s, test::samplePath(), u"--format"_s, u"html"_s, u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(QString::fromUtf8(test::readFile(out)), test::goldenText(u"sample.plain.html"_s));

    // Plain HTML is the post as a page shows it: with the list of its footnotes.
    Article article = test::sampleArticle();
    article.sections.last().markdown += u"\n\nA claim[^1].\n\n[^1]: Its source."_s;
    const QString noted = dir.filePath(u"noted.quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, noted, &error), qPrintable(error));
    const test::CommandRun html = runQuorum({u"render"_s, noted, u"--format"_s, u"html"_s});
    QCOMPARE(html.exitCode, 0);
    QVERIFY2(html.out.contains(u"<ol class=\"wp-block-footnotes\"><li id=\""_s),
             qPrintable(html.out));
    QVERIFY(html.out.contains(u">Its source. <a href=\"#"_s));
    const test::CommandRun blocks = runQuorum({u"render"_s, noted});
    QVERIFY(blocks.out.endsWith(u"\n\n<!-- wp:footnotes /-->\n"_s));
}

void TestCli::checkSample()
{
    // The sample is what a finished report looks like: every check passes.
    const test::CommandRun run = runQuorum({u"check"_s, test::samplePath()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"%1: no problems found\n"_s.arg(test::samplePath()));

    // Warnings are printed, and leave the exit code at 0.
    Article article = test::sampleArticle();
    article.meta.focusKeyword = u"national library model"_s;
    QTemporaryDir warningsDir;
    const QString warned = warningsDir.filePath(u"warned.quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, warned, &error), qPrintable(error));
    const test::CommandRun warnedRun = runQuorum({u"check"_s, warned});
    QCOMPARE(warnedRun.exitCode, 0);
    QVERIFY2(!warnedRun.out.contains(u"error ["_s), qPrintable(warnedRun.out));
    QVERIFY2(warnedRun.out.contains(u": warning [seo-keyword-title]: "_s),
             qPrintable(warnedRun.out));

    QTemporaryDir dir;
    const QString clean = dir.filePath(u"clean.quorum"_s);
    QVERIFY(test::writeFile(clean, R"({"format": 1, "meta": {"title": "T"}, "sections": [],
        "review": {"disabledChecks": ["seo-keyword-missing", "seo-excerpt-length"]}})"));
    const test::CommandRun cleanRun = runQuorum({u"check"_s, clean});
    QCOMPARE(cleanRun.exitCode, 0);
    QCOMPARE(cleanRun.out, u"%1: no problems found\n"_s.arg(clean));
}

void TestCli::checkFindsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad-split.quorum"_s);
    QVERIFY(test::writeFile(path, R"({"format": 1, "meta": {"title": "T"}, "sections": [
        {"id": "v", "kind": "verdict", "heading": "Verdict",
         "stances": [{"label": "Yes", "percent": 70}, {"label": "No", "percent": 20}]}]})"));
    const test::CommandRun run = runQuorum({u"check"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(
                 u"error [verdict-sum] in “Verdict”: The verdict's percentages add up to 90"_s),
             qPrintable(run.out));
}

void TestCli::checkJson_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("checkId"); // the first finding; empty for none
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QJsonObject>("location");

    const QByteArray twoVoices = R"(
        {"id": "f", "kind": "forum-voices", "heading": "Voices", "voices": [
            {"quote": "No.", "author": "a", "forum": "F", "url": "https://f.example/1",
             "stance": "Skeptical"},
            {"quote": "Yes.", "author": "b", "forum": "F", "url": "https://f.example/2",
             "stance": "Supportive"}]})";
    const QByteArray quiet =
        R"("review": {"disabledChecks": ["seo-keyword-missing", "seo-excerpt-length"]})";
    auto article = [&](const QByteArray &verdict, const QByteArray &review = {}) -> QByteArray {
        return R"({"format": 1, "meta": {"title": "T"}, "sections": [)" + verdict + ", " +
               twoVoices + "], " + (review.isEmpty() ? quiet : review) + "}";
    };
    QTest::newRow("clean") << article(R"({"id": "v", "kind": "verdict", "heading": "Verdict",
        "stances": [{"label": "Skeptical", "percent": 50}, {"label": "Supportive", "percent": 50}]})")
                           << 0 << QString() << QString() << QJsonObject();
    QTest::newRow("60% skeptical over one voice each")
        << article(R"({"id": "v", "kind": "verdict", "heading": "Verdict",
        "stances": [{"label": "Skeptical", "percent": 60}, {"label": "Supportive", "percent": 40}]})")
        << 1 << u"verdict-tally"_s << u"error"_s
        << QJsonObject{{u"section"_s, u"v"_s},
                       {u"heading"_s, u"Verdict"_s},
                       {u"field"_s, u"stance-label"_s},
                       {u"index"_s, 0},
                       {u"start"_s, -1},
                       {u"length"_s, 0}};
    QTest::newRow("the same, with the tolerance the article sets")
        << article(R"({"id": "v", "kind": "verdict", "heading": "Verdict",
        "stances": [{"label": "Skeptical", "percent": 60}, {"label": "Supportive", "percent": 40}]})",
                   R"("review": {"stanceTolerance": 10, "disabledChecks": ["seo-keyword-missing",
                      "seo-excerpt-length"]})")
        << 0 << QString() << QString() << QJsonObject();
    QTest::newRow("warnings only")
        << article(R"({"id": "v", "kind": "verdict",
        "stances": [{"label": "Skeptical", "percent": 50}, {"label": "Supportive", "percent": 50}]})",
                   R"("review": {})")
        << 0 << u"seo-excerpt-length"_s << u"warning"_s
        << QJsonObject{
               {u"field"_s, u"excerpt"_s}, {u"index"_s, 0}, {u"start"_s, -1}, {u"length"_s, 0}};
}

void TestCli::checkJson()
{
    QFETCH(QByteArray, content);
    QFETCH(int, exitCode);
    QFETCH(QString, checkId);
    QFETCH(QString, severity);
    QFETCH(QJsonObject, location);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.quorum"_s);
    QVERIFY(test::writeFile(path, content));
    const test::CommandRun run = runQuorum({u"check"_s, path, u"--json"_s});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(report[u"file"_s].toString(), path);
    const QJsonArray findings = report[u"findings"_s].toArray();
    QCOMPARE(report[u"errors"_s].toInt(), exitCode == 1 ? 1 : 0);
    if (checkId.isEmpty()) {
        QCOMPARE(findings.size(), 0);
        return;
    }
    const QJsonObject first = findings.first().toObject();
    QCOMPARE(first[u"id"_s].toString(), checkId);
    QCOMPARE(first[u"severity"_s].toString(), severity);
    QVERIFY(!first[u"message"_s].toString().isEmpty());
    QCOMPARE(first[u"location"_s].toObject(), location);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<test::BadFileKind>("kind");
    for (const QString &command : {u"render"_s, u"check"_s, u"check --json"_s}) {
        for (test::BadFileKind kind : test::badFileKinds()) {
            QTest::addRow("%s %s", qPrintable(command), test::badFileKindName(kind))
                << command << kind;
        }
    }
}

void TestCli::badInput()
{
    QFETCH(QString, command);
    QFETCH(test::BadFileKind, kind);
    QTemporaryDir dir;
    const test::BadFile bad = test::createBadFile(kind, dir.path());
    QVERIFY(!bad.path.isEmpty());
    const QStringList before = test::diskState(dir.path());

    QStringList arguments = command.split(u' ');
    arguments.insert(1, bad.path);
    const test::CommandRun run = runQuorum(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"quorum: %1: "_s.arg(bad.path)), qPrintable(run.err));
    QVERIFY2(run.err.contains(bad.reason), qPrintable(run.err));
    // The file is left as it was, and nothing is written beside it.
    QCOMPARE(test::diskState(dir.path()), before);
}

void TestCli::unwritableOutput()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"missing-folder/post.html"_s);
    const test::CommandRun run = runQuorum({u"render"_s, test::samplePath(), u"-o"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"cannot write to"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(out));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown option")
        << QStringList{u"--frobnicate"_s} << u"unknown option or command"_s;
    QTest::newRow("render without file")
        << QStringList{u"render"_s} << u"render needs the article file"_s;
    QTest::newRow("two files") << QStringList{u"check"_s, u"a"_s, u"b"_s}
                               << u"check takes one file"_s;
    QTest::newRow("bad format") << QStringList{u"render"_s, test::samplePath(), u"--format"_s,
                                               u"pdf"_s}
                                << u"unknown format “pdf”"_s;
    QTest::newRow("unknown render option")
        << QStringList{u"render"_s, test::samplePath(), u"--fast"_s} << u"Unknown option 'fast'"_s;
    QTest::newRow("remote images flag on block markup")
        << QStringList{u"render"_s, test::samplePath(), u"--no-remote-images"_s}
        << u"--no-remote-images only applies to --format page"_s;
    QTest::newRow("remote images flag on Markdown")
        << QStringList{u"export"_s, test::samplePath(), u"--markdown=/tmp/x.md"_s,
                       u"--no-remote-images"_s}
        << u"--no-remote-images only applies to --pdf"_s;
    QTest::newRow("export with --pdf= and a bad option")
        << QStringList{u"export"_s, test::samplePath(), u"--pdf=/tmp/x.pdf"_s, u"--fast"_s}
        << u"Unknown option 'fast'"_s;
    QTest::newRow("missing file") << QStringList{u"render"_s, u"/nonexistent/a.quorum"_s}
                                  << u"there is no such file"_s;
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CommandRun run = runQuorum(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCli::commandsLoadOnlyWhatTheyUse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("unused");
    // Loading Qt Widgets, Qt Gui or Qt WebEngine (with Qt Quick and the rest) costs a command
    // several times what it needs for its work, and Qt Network with the keychain (D-Bus) as
    // much again: only the window, printing pages and talking to WordPress load them.
    const QStringList window = {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6WebEngine"_s,
                                u"libQt6Quick"_s, u"quorum-window"_s};
    const QStringList publishing = {u"libQt6Network"_s, u"libqt6keychain"_s, u"libQt6DBus"_s,
                                    u"quorum-publishing"_s};
    QTest::newRow("version") << QStringList{u"--version"_s} << window + publishing;
    QTest::newRow("help in Norwegian")
        << QStringList{u"--lang"_s, u"nb"_s, u"--help"_s} << window + publishing;
    QTest::newRow("render blocks")
        << QStringList{u"render"_s, test::samplePath()} << window + publishing;
    QTest::newRow("render a page")
        << QStringList{u"render"_s, test::samplePath(), u"--format"_s, u"page"_s}
        << window + publishing;
    QTest::newRow("check") << QStringList{u"check"_s, test::samplePath()} << window + publishing;
    QTest::newRow("plugin zip") << QStringList{u"plugin"_s, u"--zip"_s, u"@DIR@/quorum.zip"_s}
                                << window + publishing;
#if QUORUM_OPTIMIZED_BUILD
    // Unoptimised (the sanitizer build), the publishing module keeps references into the
    // libraries it links for the window's sake, and so loads them: only the built program
    // a user runs is held to this.
    QTest::newRow("sites list") << QStringList{u"sites"_s, u"list"_s} << window;
#endif
}

void TestCli::commandsLoadOnlyWhatTheyUse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, unused);
    // The dynamic loader names every library it loads in its debug output.
    QTemporaryDir dir;
    arguments.replaceInStrings(u"@DIR@"_s, dir.path());
    qputenv("LD_DEBUG", "files");
    qputenv("LD_DEBUG_OUTPUT", dir.filePath(u"loader"_s).toLocal8Bit());
    QTemporaryDir config; // `sites list` reads the settings: this test's own, empty
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    const test::CommandRun run = runQuorum(arguments);
    qunsetenv("LD_DEBUG");
    qunsetenv("LD_DEBUG_OUTPUT");
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(run.exitCode, 0);

    QString loaded;
    for (const QString &log : QDir(dir.path()).entryList({u"loader.*"_s}, QDir::Files))
        loaded += QString::fromUtf8(test::readFile(dir.filePath(log)));
    QVERIFY2(loaded.contains(u"file=libQt6Core.so"_s), qPrintable(loaded.left(2000)));
    for (const QString &library : std::as_const(unused))
        QVERIFY2(!loaded.contains(u"file="_s + library), qPrintable(library));
}

void TestCli::commandLineRunsWithoutItsModules()
{
    // A copy of the executable alone, away from its modules: the commands it holds work; the
    // window and publishing, which are in the modules, are refused with the loader's reason
    // instead of crashing.
    QTemporaryDir dir;
    const QString alone = dir.filePath(u"quorum"_s);
    QVERIFY(QFile::copy(QStringLiteral(QUORUM_BINARY), alone));
    const test::CommandRun render = test::runCommand(alone, {u"render"_s, test::samplePath()});
    QCOMPARE(render.exitCode, 0);
    QCOMPARE(render.out, test::goldenText(u"sample.blocks.html"_s));

    const test::CommandRun window = test::runCommand(alone, {test::samplePath()});
    QCOMPARE(window.exitCode, 2);
    QVERIFY2(window.err.startsWith(u"quorum: cannot load the window module: "_s),
             qPrintable(window.err));
    QVERIFY2(window.err.contains(u"quorum-window"_s), qPrintable(window.err));

    const test::CommandRun sites = test::runCommand(alone, {u"sites"_s, u"list"_s});
    QCOMPARE(sites.exitCode, 2);
    QVERIFY2(sites.err.startsWith(u"quorum: cannot load the publishing module: "_s),
             qPrintable(sites.err));
    QVERIFY2(sites.err.contains(u"quorum-publishing"_s), qPrintable(sites.err));
}

QUORUM_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
