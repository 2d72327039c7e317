// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "commandrun.h"
#include "testarticles.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The quorum binary renders an article in the article's language whatever language the
// interface speaks: a Norwegian article written on an English desktop previews (the page) and
// publishes (the post content) in Norwegian, and an English one stays English on a Norwegian
// desktop.
class TestArticleLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void norwegianArticle_data();
    void norwegianArticle();
    void englishArticleOnANorwegianDesktop();

private:
    // The sample in `language`, its introduction's heading left empty, updated on the site a
    // week after it was published.
    QString writeSample(const QString &language);
    test::CommandRun render(const QStringList &arguments);

    QTemporaryDir m_dir;
};

QString TestArticleLanguage::writeSample(const QString &language)
{
    Article article = test::sampleArticle();
    article.meta.language = language;
    article.sections[2].heading.clear();
    article.remote.modifiedGmt = u"2026-10-21T10:00:00"_s;
    const QString path = m_dir.filePath(language + u".quorum"_s);
    QString error;
    if (!ArticleFile::save(article, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

test::CommandRun TestArticleLanguage::render(const QStringList &arguments)
{
    return test::runCommand(QStringLiteral(QUORUM_BINARY), QStringList{u"render"_s} + arguments);
}

void TestArticleLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(test::sampleArticle().sections.at(2).kind, SectionKind::Introduction);
}

void TestArticleLanguage::cleanup()
{
    qunsetenv("LANGUAGE");
}

void TestArticleLanguage::norwegianArticle_data()
{
    QTest::addColumn<QByteArray>("desktop");  // LANGUAGE
    QTest::addColumn<QStringList>("options"); // before the file
    QTest::newRow("English desktop") << QByteArray("en") << QStringList();
    QTest::newRow("desktop without a language") << QByteArray() << QStringList();
    QTest::newRow("English chosen with --lang")
        << QByteArray("nb") << QStringList{u"--lang"_s, u"en"_s};
    QTest::newRow("Norwegian desktop") << QByteArray("nb") << QStringList();
}

void TestArticleLanguage::norwegianArticle()
{
    QFETCH(QByteArray, desktop);
    QFETCH(QStringList, options);
    if (!desktop.isEmpty())
        qputenv("LANGUAGE", desktop);
    const QString path = writeSample(u"nb"_s);

    const test::CommandRun page = render(options + QStringList{path, u"--format"_s, u"page"_s});
    QCOMPARE(page.exitCode, 0);
    QVERIFY(page.out.contains(u"<html lang=\"nb\""_s));
    QVERIFY2(
        page.out.contains(u"<time datetime=\"2026-10-14T08:00:00Z\">14. oktober 2026</time>"_s),
        qPrintable(page.out.left(4000)));
    QVERIFY(page.out.contains(u">Oppdatert <time datetime=\"2026-10-21T10:00:00Z\">21. oktober "
                              "2026</time>"_s));
    QVERIFY(page.out.contains(u"<span class=\"author\">Av ingrid.solberg</span>"_s));
    QVERIFY(page.out.contains(u">Innledning</h2>"_s));
    for (const QString &english : {u"October"_s, u"By ingrid"_s, u"Updated"_s, u"Introduction"_s})
        QVERIFY2(!page.out.contains(english), qPrintable(english));

    // What publishing sends is the same content.
    const test::CommandRun blocks = render(options + QStringList{path});
    QCOMPARE(blocks.exitCode, 0);
    QVERIFY(blocks.out.contains(u">Innledning</h2>"_s));
}

void TestArticleLanguage::englishArticleOnANorwegianDesktop()
{
    qputenv("LANGUAGE", "nb");
    const test::CommandRun page =
        render({writeSample(u"en"_s), u"--format"_s, u"page"_s, u"--lang"_s, u"nb"_s});
    QCOMPARE(page.exitCode, 0);
    QVERIFY(page.out.contains(u">October 14, 2026</time>"_s));
    QVERIFY(page.out.contains(u">Updated <time datetime=\"2026-10-21T10:00:00Z\">October 21, "
                              "2026</time>"_s));
    QVERIFY(page.out.contains(u"<span class=\"author\">By ingrid.solberg</span>"_s));
    QVERIFY(page.out.contains(u">Introduction</h2>"_s));
    QVERIFY(!page.out.contains(u"oktober"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestArticleLanguage)
#include "tst_articlelanguage.moc"
