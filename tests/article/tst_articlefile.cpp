// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "testarticles.h"
#include "testmain.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestArticleFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void unchangedSaveWritesIdenticalBytes();
    void unknownMembersAreWrittenBack();
    void newerFormatIsRefused();
    void badContent_data();
    void badContent();
    void badFiles_data();
    void badFiles();
    void failedSaveKeepsTheFile();
};

void TestArticleFile::roundTrip_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("every field") << test::fullArticle();
    QTest::newRow("sample") << test::sampleArticle();
    QTest::newRow("empty") << Article{};
    // A section read from the site keeps the blocks it was read from, exactly.
    Article pulled;
    Section section = Section::create(SectionKind::Introduction);
    section.heading.clear();
    section.headless = true;
    section.markdown = u"One\n\n<!-- quorum:kept k1 core/columns \"Two\" -->"_s;
    section.source.blocks = {
        {u"One"_s, u"<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->"_s, u"\n\n"_s, {}},
        {u"<!-- quorum:kept k1 core/columns \"Two\" -->"_s,
         u"<!-- wp:columns -->\n<div>Two \u00e9 --></div>\n<!-- /wp:columns -->"_s,
         u"\n \r\n"_s,
         {}}};
    Section titled = Section::create(SectionKind::Text);
    titled.heading = u"Old"_s;
    titled.source.heading = {u"Old"_s,
                             u"<!-- wp:heading {\"level\":1} -->\n<h1>Old</h1>\n"
                             "<!-- /wp:heading -->"_s,
                             u"\n"_s,
                             {}};
    // Its footnotes: one the Markdown refers to, one only kept markup does.
    titled.markdown = u"Cone 6[^1].\n\n[^1]: About 1,220 \u00b0C."_s;
    titled.source.footnotes = {
        {u"5f0e2c1a-8b7d-4e3f-9a6b-2c1d0e9f8a7b"_s,
         u"1"_s,
         u"[^1]: About 1,220 \u00b0C."_s,
         u"About 1,220&nbsp;\u00b0C."_s,
         {{u"newer"_s, u"kept"_s}}},
        {u"aaaaaaaa-0000-4000-8000-000000000001"_s, QString(), QString(), u"<em>Kept</em>"_s, {}}};
    Section summary = Section::create(SectionKind::TlDr);
    summary.bullets = {u"A"_s};
    summary.markdown = u"Below the bullets"_s;
    pulled.sections = {section, titled, summary};
    QTest::newRow("read from the site") << pulled;
}

void TestArticleFile::roundTrip()
{
    QFETCH(Article, article);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
    const ArticleFile::LoadResult loaded = ArticleFile::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    QCOMPARE(loaded.article, article);
    QCOMPARE(ArticleFile::serialize(loaded.article), test::readFile(path));
}

void TestArticleFile::unchangedSaveWritesIdenticalBytes()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.quorum"_s);
    const QString second = dir.filePath(u"second.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(test::fullArticle(), first, &error));
    QVERIFY(ArticleFile::save(ArticleFile::load(first).article, second, &error));
    QCOMPARE(test::readFile(second), test::readFile(first));
}

void TestArticleFile::unknownMembersAreWrittenBack()
{
    const QByteArray newer = R"({
        "format": 1, "futureTopLevel": {"x": [1, 2]},
        "meta": {"title": "T", "subtitle": "kept"},
        "sections": [{"id": "a", "kind": "forum-voices", "mood": "calm",
                      "voices": [{"quote": "q", "likes": 3}]},
                     {"id": "b", "kind": "text", "bullets": ["not a text field"]}],
        "remote": {"postId": 5, "media": {"h": 1}}
    })";
    const ArticleFile::LoadResult loaded = ArticleFile::parse(newer);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    const QJsonObject written =
        QJsonDocument::fromJson(ArticleFile::serialize(loaded.article)).object();
    QCOMPARE(written[u"futureTopLevel"_s].toObject()[u"x"_s].toArray().size(), 2);
    QCOMPARE(written[u"meta"_s].toObject()[u"subtitle"_s].toString(), u"kept"_s);
    const QJsonArray sections = written[u"sections"_s].toArray();
    QCOMPARE(sections[0].toObject()[u"mood"_s].toString(), u"calm"_s);
    QCOMPARE(sections[0].toObject()[u"voices"_s].toArray()[0].toObject()[u"likes"_s].toInt(), 3);
    // A member that belongs to another kind of section is not this kind's: it is kept as is.
    QCOMPARE(sections[1].toObject()[u"bullets"_s].toArray()[0].toString(), u"not a text field"_s);
    QCOMPARE(written[u"remote"_s].toObject()[u"media"_s].toObject()[u"h"_s].toInt(), 1);
}

void TestArticleFile::newerFormatIsRefused()
{
    const ArticleFile::LoadResult loaded = ArticleFile::parse(R"({"format": 2, "sections": []})");
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains(u"newer Quorum (format 2)"_s), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(u"update Quorum"_s));
}

void TestArticleFile::badContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QByteArray sample = test::readFile(test::samplePath());
    QTest::newRow("truncated") << sample.left(sample.size() / 2) << u"the file ends too early"_s;
    QByteArray invalidUtf8 = R"({"format": 1, "sections": [], "meta": {"title": "caf)";
    invalidUtf8 += "\xe9\"}}";
    QTest::newRow("invalid UTF-8")
        << invalidUtf8 << u"line 1, column 53 (byte 52): the text is not valid UTF-8"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"binary data"_s;
    QTest::newRow("empty") << QByteArray("  \n") << u"the file is empty"_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"is a JSON object"_s;
    QTest::newRow("no format") << QByteArray(R"({"sections": []})") << u"no 'format' member"_s;
    QTest::newRow("format not a number")
        << QByteArray("{\n  \"format\": \"1\",\n  \"sections\": []\n}")
        << u"line 2, column 13 (byte 14): 'format' must be a whole number"_s;
    QTest::newRow("voices not a list")
        << QByteArray("{\n\"format\": 1,\n\"sections\": [\n  {\"id\": \"a\", \"kind\": \"text\"},\n"
                      "  {\"id\": \"b\", \"kind\": \"forum-voices\",\n   \"voices\": {\"quote\": "
                      "\"x\"}}\n]}")
        << u"line 6, column 14 (byte 111): 'voices' must be a list"_s;
    QTest::newRow("voice not an object")
        << QByteArray(
               R"({"format": 1, "sections": [{"id": "a", "kind": "forum-voices", "voices": [1]}]})")
        << u"byte 74): each entry of 'voices' must be an object"_s;
    QTest::newRow("unknown kind")
        << QByteArray(R"({"format": 1, "sections": [{"id": "a", "kind": "poem"}]})")
        << u"'poem' is not a section kind"_s;
    QTest::newRow("missing id") << QByteArray(R"({"format": 1, "sections": [{"kind": "text"}]})")
                                << u"'id' is missing"_s;
    QTest::newRow("duplicate id")
        << QByteArray(
               R"({"format": 1, "sections": [{"id": "a", "kind": "text"}, {"id": "a", "kind": "conclusion"}]})")
        << u"section id 'a' is used twice"_s;
    QTest::newRow("percent too large")
        << QByteArray(
               R"({"format": 1, "sections": [{"id": "v", "kind": "verdict", "stances": [{"label": "Yes", "percent": 140}]}]})")
        << u"'percent' must be a whole number from 0 to 100"_s;
    QTest::newRow("bad date")
        << QByteArray(R"({"format": 1, "sections": [], "meta": {"published": "yesterday"}})")
        << u"'published' must be a date and time"_s;
    QTest::newRow("tags not texts")
        << QByteArray(R"({"format": 1, "sections": [], "meta": {"tags": ["a", 2]}})")
        << u"'tags' must be a list of texts"_s;
    QTest::newRow("source block not an object")
        << QByteArray(
               R"({"format": 1, "sections": [{"id": "a", "kind": "text", "source": {"blocks": ["x"]}}]})")
        << u"each entry of 'blocks' must be an object"_s;
    QTest::newRow("source markup not text")
        << QByteArray(
               R"({"format": 1, "sections": [{"id": "a", "kind": "text", "source": {"blocks": [{"markup": 1}]}}]})")
        << u"'markup' must be text"_s;
    QTest::newRow("unknown review status")
        << QByteArray(R"({"format": 1, "sections": [], "meta": {"reviewStatus": "done"}})")
        << u"'done' is not a review status"_s;
}

void TestArticleFile::badContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const ArticleFile::LoadResult loaded = ArticleFile::parse(bytes);
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
}

void TestArticleFile::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << u"missing.quorum"_s << u"there is no such file"_s;
    QTest::newRow("directory") << u"folder.quorum"_s << u"this is a folder"_s;
    QTest::newRow("200 MB") << u"huge.quorum"_s << u"the file is 200.00 MiB, far larger"_s;
    // Reading a pipe with no writer would wait forever; a device may never end (/dev/zero).
    QTest::newRow("named pipe") << u"pipe.quorum"_s << u"this is a device or a pipe"_s;
    QTest::newRow("device") << u"null.quorum"_s << u"this is a device or a pipe"_s;
}

void TestArticleFile::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.quorum"_s));
    {
        // A sparse file: 200 MB on paper, nothing on disk.
        QFile huge(dir.filePath(u"huge.quorum"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(200LL * 1024 * 1024));
    }
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.quorum"_s)).constData(), 0600), 0);
    QVERIFY(QFile::link(u"/dev/null"_s, dir.filePath(u"null.quorum"_s)));
    const QFileInfo before(dir.filePath(name));
    const ArticleFile::LoadResult loaded = ArticleFile::load(dir.filePath(name));
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
    const QFileInfo after(dir.filePath(name));
    QCOMPARE(after.exists(), before.exists());
    QCOMPARE(after.size(), before.size());
}

void TestArticleFile::failedSaveKeepsTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.quorum"_s);
    QString error;
    Article small;
    small.meta.title = u"Small"_s;
    QVERIFY(ArticleFile::save(small, path, &error));
    const QByteArray original = test::readFile(path);

    // A disk that fills up mid-save: the file size limit makes every write past 512 bytes
    // fail, the way a full disk does.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit limited = old;
    limited.rlim_cur = 512;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const bool saved = ArticleFile::save(test::fullArticle(), path, &error);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);

    QVERIFY(!saved);
    QVERIFY2(error.contains(u"left as it was"_s), qPrintable(error));
    QCOMPARE(test::readFile(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"article.quorum"_s});

    QVERIFY(!ArticleFile::save(small, dir.filePath(u"no/such/folder/a.quorum"_s), &error));
    QVERIFY2(error.contains(u"cannot write"_s), qPrintable(error));
}

QUORUM_TEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"
