// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "commandrun.h"
#include "imageserver.h"
#include "pagescript.h"
#include "previewscheme.h"
#include "previewview.h"
#include "testarticles.h"
#include "testmain.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::evaluate;

namespace {

test::CommandRun run(const QString &program, const QStringList &arguments)
{
    return test::runCommand(program, arguments);
}

test::CommandRun runQuorum(const QStringList &arguments)
{
    return run(QStringLiteral(QUORUM_BINARY), arguments);
}

// What a reader sees as text, with white space folded, for comparing two renderings.
QString visibleText(QWebEnginePage *page)
{
    return evaluate(page, u"document.querySelector('.entry-content').textContent"_s)
        .toString()
        .simplified();
}

// The sample article with one image from `server` in its introduction, saved in `dir`.
QString articleWithRemoteImage(const QTemporaryDir &dir, const test::ImageServer &server,
                               const QString &imageName)
{
    Article article = test::sampleArticle();
    article.sections[2].markdown += u"\n\n![remote](%1)"_s.arg(server.url(imageName).toString());
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    if (!ArticleFile::save(article, path, &error))
        qWarning() << error;
    return path;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void pdfHasTitleAndEveryHeading_data();
    void pdfHasTitleAndEveryHeading();
    void pdfFailureLeavesNoFile();
    void pdfOptionSpellings_data();
    void pdfOptionSpellings();
    void remoteImagesOnlyWhenAllowed_data();
    void remoteImagesOnlyWhenAllowed();
    void standalonePageReadsLikeThePreview();
    void markdownExport();
};

void TestExport::pdfHasTitleAndEveryHeading_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4") << u"A4"_s << u"pts (A4)"_s;
    QTest::newRow("Letter") << u"Letter"_s << u"pts (letter)"_s;
}

void TestExport::pdfHasTitleAndEveryHeading()
{
    QFETCH(QString, pageSize);
    QFETCH(QString, pdfinfoSize);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const test::CommandRun exported =
        runQuorum({u"export"_s, test::samplePath(), u"--pdf"_s, pdf, u"--page-size"_s, pageSize});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));

    const test::CommandRun text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QCOMPARE(text.exitCode, 0);
    const QString folded = text.out.simplified();
    const Article article = test::sampleArticle();
    QVERIFY2(folded.contains(article.meta.title), qPrintable(folded.left(400)));
    for (const Section &section : article.sections)
        QVERIFY2(folded.contains(section.heading), qPrintable(section.heading));
    QVERIFY(folded.contains(u"60% Skeptical, 40% Supportive"_s));
    QVERIFY(folded.contains(u"make the result available to public bodies"_s));
    QVERIFY2(run(u"pdfinfo"_s, {pdf}).out.contains(pdfinfoSize),
             qPrintable(run(u"pdfinfo"_s, {pdf}).out));
}

void TestExport::pdfFailureLeavesNoFile()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"missing-folder/report.pdf"_s);
    const test::CommandRun exported = runQuorum({u"export"_s, test::samplePath(), u"--pdf"_s, pdf});
    QCOMPARE(exported.exitCode, 2);
    QVERIFY2(exported.err.contains(u"cannot write to"_s), qPrintable(exported.err));
    QVERIFY(!QFile::exists(pdf));
    const test::CommandRun badSize =
        runQuorum({u"export"_s, test::samplePath(), u"--pdf"_s, pdf, u"--page-size"_s, u"A3"_s});
    QCOMPARE(badSize.exitCode, 2);
    QVERIFY(badSize.err.contains(u"unknown page size “A3”"_s));
}

void TestExport::pdfOptionSpellings_data()
{
    // Every spelling the parser accepts must also start Qt WebEngine for the PDF.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("--pdf=OUT") << QStringList{u"--pdf=%1"_s} << u"pts (A4)"_s;
    QTest::newRow("-pdf=OUT --page-size=Letter")
        << QStringList{u"-pdf=%1"_s, u"--page-size=Letter"_s} << u"pts (letter)"_s;
    QTest::newRow("-pdf OUT") << QStringList{u"-pdf"_s, u"%1"_s} << u"pts (A4)"_s;
}

void TestExport::pdfOptionSpellings()
{
    QFETCH(QStringList, options);
    QFETCH(QString, pdfinfoSize);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    QStringList arguments{u"export"_s, test::samplePath()};
    for (const QString &option : std::as_const(options))
        arguments.append(option.contains(u"%1"_s) ? option.arg(pdf) : option);
    const test::CommandRun exported = runQuorum(arguments);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const test::CommandRun info = run(u"pdfinfo"_s, {pdf});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(pdfinfoSize), qPrintable(info.out));
}

void TestExport::remoteImagesOnlyWhenAllowed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("PDF, allowed") << u"pdf"_s << true;
    QTest::newRow("PDF, --no-remote-images") << u"pdf"_s << false;
    QTest::newRow("page, allowed") << u"page"_s << true;
    QTest::newRow("page, --no-remote-images") << u"page"_s << false;
}

void TestExport::remoteImagesOnlyWhenAllowed()
{
    QFETCH(QString, kind);
    QFETCH(bool, allowed);
    // 127.0.0.1 is "remote" here: it is not the article's folder.
    test::ImageServer server;
    QTemporaryDir dir;
    const QString imageName = u"%1-%2.png"_s.arg(kind, allowed ? u"allowed"_s : u"blocked"_s);
    const QString article = articleWithRemoteImage(dir, server, imageName);
    const QStringList flag = allowed ? QStringList() : QStringList{u"--no-remote-images"_s};
    const QStringList expected = allowed ? QStringList{QString(u'/' + imageName)} : QStringList();

    if (kind == u"pdf") {
        // The printer waits for every image before it prints, so the server has seen every
        // request it will ever see when the command ends.
        const QString pdf = dir.filePath(u"report.pdf"_s);
        const test::CommandRun exported =
            runQuorum(QStringList{u"export"_s, article, u"--pdf"_s, pdf} + flag);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(server.requests(), expected);
        return;
    }

    const QString html = dir.filePath(u"post.html"_s);
    const test::CommandRun rendered = runQuorum(
        QStringList{u"render"_s, article, u"--format"_s, u"page"_s, u"-o"_s, html} + flag);
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    // The file opened as a browser opens it; the page has finished loading only when the
    // image has loaded or failed.
    QWebEngineProfile profile;
    QWebEnginePage page(&profile);
    // As browsers do, and unlike Qt WebEngine's default, a file may show images from the web.
    page.settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
    page.load(QUrl::fromLocalFile(html));
    QVERIFY(loaded.wait(30000));
    const QString image = u"document.querySelector('img[alt=remote]')"_s;
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(&page, image + u".complete"_s).toBool(), 10000);
    QCOMPARE(evaluate(&page, image + u".naturalWidth"_s).toInt(), allowed ? 1 : 0);
    QCOMPARE(server.requests(), expected);
}

void TestExport::standalonePageReadsLikeThePreview()
{
    // An article with an image beside it: the page must carry the image inside itself.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"article/images"_s));
    QImage image(5, 2, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(u"article/images/chart.png"_s)));
    Article article = test::sampleArticle();
    article.sections[2].markdown += u"\n\n![chart](images/chart.png)"_s;
    // And a footnote, listed where the site lists it.
    article.sections[2].markdown += u"\n\nA claim[^1].\n\n[^1]: Its source."_s;
    const QString path = dir.filePath(u"article/a.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(article, path, &error));

    const QString html = dir.filePath(u"elsewhere/post.html"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"elsewhere"_s));
    const test::CommandRun rendered =
        runQuorum({u"render"_s, path, u"--format"_s, u"page"_s, u"-o"_s, html});
    QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.err));
    const QString page = QString::fromUtf8(test::readFile(html));
    QVERIFY(page.contains(u"<style>"_s));
    QVERIFY(page.contains(u"src=\"data:image/png;base64,"_s));
    QVERIFY(!page.contains(u"images/chart.png"_s));
    QVERIFY(page.contains(u"<ol class=\"wp-block-footnotes\"><li id="_s));

    // The preview of the same article.
    ArticleDocument document;
    PreviewView preview(&document);
    preview.resize(1000, 800);
    preview.show();
    QSignalSpy loaded(&preview, &PreviewView::pageLoaded);
    QVERIFY(document.load(path, &error));
    QVERIFY(loaded.wait(30000));

    // The exported file opened as a browser would open it, from disk.
    QWebEngineProfile profile;
    QWebEnginePage exported(&profile);
    QSignalSpy exportedLoaded(&exported, &QWebEnginePage::loadFinished);
    exported.load(QUrl::fromLocalFile(html));
    QVERIFY(exportedLoaded.wait(30000));
    QVERIFY(exportedLoaded.first().at(0).toBool());

    QCOMPARE(visibleText(&exported), visibleText(preview.page()));
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(&exported, u"document.querySelector('img[alt=chart]').naturalWidth"_s).toInt(), 5,
        10000);
}

void TestExport::markdownExport()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"report.md"_s);
    const test::CommandRun exported =
        runQuorum({u"export"_s, test::samplePath(), u"--markdown"_s, out});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString markdown = QString::fromUtf8(test::readFile(out));
    QVERIFY(markdown.startsWith(
        u"---\ntitle: \"Can a Small Country Build Its Own Language Model?\"\n"_s));
    QVERIFY(markdown.contains(
        u"\ntags: [\"language models\", \"libraries\", \"open data\", \"Norway\"]\n"_s));
    QVERIFY(markdown.contains(u"\nfocus_keyword: \"language model\"\n"_s));
    for (const Section &section : test::sampleArticle().sections)
        QVERIFY2(markdown.contains(u"\n## "_s + section.heading + u"\n"_s),
                 qPrintable(section.heading));
    QVERIFY(markdown.contains(u"**60% Skeptical, 40% Supportive**"_s));
    QVERIFY(markdown.contains(
        u"> — marit\\_h, [Nordic Dev Forum](<https://forum.example.org/t/national-library-llm/1182>) · 2026-10-15 · Supportive"_s));
    QVERIFY(!markdown.contains(u"Five voices is a thin base"_s)); // review comments stay private
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_export.moc"
