// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "commandrun.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The real quorum binary against the fixture's WordPress, with its password in a real
// keychain (with-keyring gives the suite, and so every quorum it starts, a private D-Bus
// session with GNOME Keyring and private XDG directories).
class TestPublishCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sites();
    void siteTimeout();
    void publishTwice();
    void dryRunChangesNothing();
    void pullRoundTrip();
    void conflict();
    void imagesUploadedOnceAcrossFailures();
    void passwordNowhere();

private:
    test::CommandRun quorum(const QStringList &arguments, const QByteArray &input = {});
    QString writeArticle(const QString &name);
    int countPosts(const QString &search);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
    QTemporaryDir m_folder;
    QStringList m_output; ///< everything every run printed
};

void TestPublishCli::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
    const test::CommandRun added =
        quorum({u"sites"_s, u"add"_s, u"fixture"_s, u"--url"_s, m_wordpress.site().toString(),
                u"--user"_s, m_wordpress.editor().name},
               m_wordpress.editor().password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestPublishCli::cleanupTestCase()
{
    if (m_admin)
        quorum({u"sites"_s, u"remove"_s, u"fixture"_s});
}

test::CommandRun TestPublishCli::quorum(const QStringList &arguments, const QByteArray &input)
{
    const test::CommandRun run =
        test::runCommand(QStringLiteral(QUORUM_BINARY), arguments, input, 60'000);
    m_output << run.out << run.err;
    return run;
}

QString TestPublishCli::writeArticle(const QString &name)
{
    Article article = test::sampleArticle();
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.meta.categories = {u"CLI "_s + token};
    article.meta.tags = {u"cli "_s + token};
    article.remote = {};
    const QString path = m_folder.filePath(token + u".quorum"_s);
    QString error;
    if (!ArticleFile::save(article, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

int TestPublishCli::countPosts(const QString &search)
{
    return int(test::call(m_admin->get(u"wp/v2/posts"_s, {{u"search"_s, search},
                                                          {u"status"_s, u"any"_s},
                                                          {u"_fields"_s, u"id"_s}}))
                   .toArray()
                   .size());
}

void TestPublishCli::sites()
{
    test::CommandRun list = quorum({u"sites"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"fixture\t"_s + m_wordpress.site().toString()));

    const test::CommandRun test = quorum({u"sites"_s, u"test"_s, u"fixture"_s});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    QVERIFY(test.out.contains(u"may publish"_s));
    // The Quorum plugin for WordPress, where an installed Quorum has it.
    QVERIFY2(test.out.contains(u"The site stores the focus keyword"_s) ||
                 test.out.contains(u"share/quorum/wordpress-plugins/quorum;"_s),
             qPrintable(test.out));
    QVERIFY(!test.out.contains(u"packaging/"_s));

    // A contributor is told that they may only submit for review.
    const test::CommandRun added =
        quorum({u"sites"_s, u"add"_s, u"contrib"_s, u"--url"_s, m_wordpress.site().toString(),
                u"--user"_s, m_wordpress.contributor().name},
               m_wordpress.contributor().password.toUtf8() + '\n');
    QCOMPARE(added.exitCode, 0);
    const test::CommandRun contributor = quorum({u"sites"_s, u"test"_s, u"contrib"_s});
    QCOMPARE(contributor.exitCode, 0);
    QVERIFY(contributor.out.contains(u"Pending"_s));
    QCOMPARE(quorum({u"sites"_s, u"remove"_s, u"contrib"_s}).exitCode, 0);
    list = quorum({u"sites"_s, u"list"_s});
    QVERIFY(!list.out.contains(u"contrib"_s));
    QCOMPARE(quorum({u"sites"_s, u"test"_s, u"contrib"_s}).exitCode, 2);

    // No password on standard input: refused; never as an argument.
    QCOMPARE(quorum({u"sites"_s, u"add"_s, u"nopass"_s, u"--url"_s, m_wordpress.site().toString(),
                     u"--user"_s, u"x"_s})
                 .exitCode,
             2);
    QCOMPARE(quorum({u"sites"_s, u"add"_s, u"pw"_s, u"--url"_s, m_wordpress.site().toString(),
                     u"--user"_s, u"x"_s, u"--password"_s, u"secret"_s})
                 .exitCode,
             2);
    QVERIFY(!quorum({u"sites"_s, u"list"_s}).out.contains(u"nopass"_s));

    // A wrong password.
    QCOMPARE(quorum({u"sites"_s, u"add"_s, u"wrong"_s, u"--url"_s, m_wordpress.site().toString(),
                     u"--user"_s, m_wordpress.editor().name},
                    "abcd efgh ijkl mnop qrst uvwx\n")
                 .exitCode,
             0);
    const test::CommandRun wrong = quorum({u"sites"_s, u"test"_s, u"wrong"_s});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY(wrong.err.contains(u"application password"_s));
    QCOMPARE(quorum({u"sites"_s, u"remove"_s, u"wrong"_s}).exitCode, 0);
}

void TestPublishCli::siteTimeout()
{
    // A site that takes the connection and never answers: the kernel accepts it for a
    // listening socket even though this test never calls accept().
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1/"_s.arg(silent.serverPort());
    const auto add = [&](const QString &timeout) {
        return quorum({u"sites"_s, u"add"_s, u"slow"_s, u"--url"_s, url, u"--user"_s, u"kari"_s,
                       u"--timeout"_s, timeout},
                      "abcd efgh ijkl mnop qrst uvwx\n");
    };
    for (const QString &wrong : {u"0"_s, u"601"_s, u"soon"_s}) {
        const test::CommandRun refused = add(wrong);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--timeout"_s), qPrintable(refused.err));
    }
    QVERIFY(!quorum({u"sites"_s, u"list"_s}).out.contains(u"slow"_s));

    QCOMPARE(add(u"1"_s).exitCode, 0);
    QVERIFY(quorum({u"sites"_s, u"list"_s})
                .out.contains(u"slow\t"_s + url + u"\tkari\tdraft\ttimeout=1\n"_s));
    QElapsedTimer clock;
    clock.start();
    const test::CommandRun test = quorum({u"sites"_s, u"test"_s, u"slow"_s});
    QCOMPARE(test.exitCode, 2);
    QVERIFY2(test.err.contains(u"did not answer within 1 second"_s), qPrintable(test.err));
    QVERIFY2(clock.elapsed() < 20'000, "the site's own timeout was not used");
    QCOMPARE(quorum({u"sites"_s, u"remove"_s, u"slow"_s}).exitCode, 0);
}

void TestPublishCli::publishTwice()
{
    const QString path = writeArticle(u"cli-twice"_s);
    const test::CommandRun first = quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const Article published = ArticleFile::load(path).article;
    QVERIFY(published.remote.postId > 0);
    QCOMPARE(published.remote.status, u"draft"_s);
    QCOMPARE(published.remote.site, m_wordpress.site().toString());
    QVERIFY(!published.remote.modifiedGmt.isEmpty());
    QVERIFY(first.out.contains(QString::number(published.remote.postId)));
    QVERIFY(first.out.contains(published.remote.link));
    // The site runs no Quorum plugin: said once for the site, not at every publish.
    QVERIFY2(first.err.contains(u"note: The Quorum plugin for WordPress would keep"_s),
             qPrintable(first.err));

    const test::CommandRun second =
        quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s, u"--status"_s, u"publish"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const Article again = ArticleFile::load(path).article;
    QCOMPARE(again.remote.postId, published.remote.postId);
    QCOMPARE(again.remote.status, u"publish"_s);
    QCOMPARE(countPosts(published.meta.slug), 1);
    QVERIFY(!second.err.contains(u"Quorum plugin for WordPress would"_s));

    // Everything else in the file is as it was.
    Article expected = published;
    expected.remote = again.remote;
    QCOMPARE(again, expected);
}

void TestPublishCli::dryRunChangesNothing()
{
    const QString path = writeArticle(u"cli-dry"_s);
    const QByteArray before = test::readFile(path);
    const Article article = ArticleFile::load(path).article;
    const test::CommandRun dry =
        quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    QVERIFY(dry.out.contains(u"new post"_s));
    QVERIFY(dry.out.contains(article.meta.categories.first()));
    QVERIFY(dry.out.contains(article.meta.tags.first()));
    QCOMPARE(test::readFile(path), before);
    QCOMPARE(countPosts(article.meta.slug), 0);
    const QJsonArray terms =
        test::call(m_admin->get(u"wp/v2/categories"_s, {{u"search"_s, article.meta.slug}}))
            .toArray();
    QCOMPARE(terms.size(), 0);

    // Once published, a dry run plans an update and still changes nothing.
    QCOMPARE(quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s}).exitCode, 0);
    const QByteArray bound = test::readFile(path);
    const qint64 id = ArticleFile::load(path).article.remote.postId;
    const test::CommandRun update =
        quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s, u"--dry-run"_s});
    QCOMPARE(update.exitCode, 0);
    QVERIFY(update.out.contains(u"update post %1"_s.arg(id)));
    QCOMPARE(test::readFile(path), bound);
}

void TestPublishCli::pullRoundTrip()
{
    const QString path = writeArticle(u"cli-pull"_s);
    QCOMPARE(quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s}).exitCode, 0);
    const Article published = ArticleFile::load(path).article;
    const QString pulledPath = m_folder.filePath(u"pulled.quorum"_s);
    const test::CommandRun pull =
        quorum({u"pull"_s, u"--site"_s, u"fixture"_s, u"--post"_s,
                QString::number(published.remote.postId), u"-o"_s, pulledPath});
    QVERIFY2(pull.exitCode == 0, qPrintable(pull.err));
    const Article pulled = ArticleFile::load(pulledPath).article;
    QCOMPARE(pulled.meta.title, published.meta.title);
    QCOMPARE(pulled.remote.postId, published.remote.postId);
    QCOMPARE(pulled.remote.modifiedGmt, published.remote.modifiedGmt);
    QCOMPARE(pulled.sections.size(), published.sections.size());
    for (qsizetype i = 0; i < pulled.sections.size(); ++i) {
        QCOMPARE(pulled.sections.at(i).id, published.sections.at(i).id);
        QCOMPARE(pulled.sections.at(i).voices, published.sections.at(i).voices);
    }
    // The same content renders from it.
    const test::CommandRun a = quorum({u"render"_s, path});
    const test::CommandRun b = quorum({u"render"_s, pulledPath});
    QCOMPARE(b.out, a.out);
    // And it publishes back to the same post.
    QCOMPARE(quorum({u"publish"_s, pulledPath, u"--site"_s, u"fixture"_s}).exitCode, 0);
    QCOMPARE(ArticleFile::load(pulledPath).article.remote.postId, published.remote.postId);
}

void TestPublishCli::conflict()
{
    const QString path = writeArticle(u"cli-conflict"_s);
    QCOMPARE(quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s}).exitCode, 0);
    const Article published = ArticleFile::load(path).article;
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s) >
                                 published.remote.modifiedGmt,
                             5'000);
    WordPressClient *other = m_wordpress.client(m_wordpress.otherClient(), this);
    test::call(other->post(u"wp/v2/posts/%1"_s.arg(published.remote.postId),
                           {{u"title"_s, u"Edited on the site"_s}}));
    const test::CommandRun conflict = quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s});
    QCOMPARE(conflict.exitCode, 1);
    QVERIFY(conflict.err.contains(u"--overwrite"_s));
    QVERIFY(conflict.err.contains(u"quorum pull"_s));
    QCOMPARE(quorum({u"publish"_s, path, u"--site"_s, u"fixture"_s, u"--overwrite"_s}).exitCode, 0);
}

void TestPublishCli::imagesUploadedOnceAcrossFailures()
{
    // A contributor who may upload: "publish" is refused after the image is on the site.
    QCOMPARE(quorum({u"sites"_s, u"add"_s, u"uploads"_s, u"--url"_s, m_wordpress.site().toString(),
                     u"--user"_s, m_wordpress.uploader().name},
                    m_wordpress.uploader().password.toUtf8() + '\n')
                 .exitCode,
             0);
    const QString path = writeArticle(u"cli-media"_s);
    Article article = ArticleFile::load(path).article;
    const QString token = test::unique(u"cli-cover"_s);
    QImage cover(4, 4, QImage::Format_RGB32);
    cover.fill(Qt::darkGreen);
    QVERIFY(cover.save(m_folder.filePath(token + u".png"_s)));
    article.meta.featuredImage = token + u".png"_s;
    article.meta.categories.clear(); // a contributor may not create them
    article.meta.tags.clear();
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
    const auto mediaOnSite = [&] {
        return test::call(m_admin->get(u"wp/v2/media"_s, {{u"search"_s, token}})).toArray().size();
    };
    const auto publish = [&](const QStringList &options) {
        return quorum(QStringList{u"publish"_s, path, u"--site"_s, u"uploads"_s} + options);
    };

    const test::CommandRun refused = publish({u"--status"_s, u"publish"_s});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(mediaOnSite(), 1);
    const Article afterRefusal = ArticleFile::load(path).article;
    QCOMPARE(afterRefusal.remote.postId, 0);
    QCOMPARE(afterRefusal.remote.extra.value(u"media"_s).toObject().size(), 1);

    const test::CommandRun pending = publish({u"--status"_s, u"pending"_s});
    QVERIFY2(pending.exitCode == 0, qPrintable(pending.err));
    QCOMPARE(mediaOnSite(), 1);
    const qint64 id = ArticleFile::load(path).article.remote.postId;
    QVERIFY(id > 0);

    // Deleted on the site and published as new: the image is still in the media library.
    test::call(m_admin->remove(u"wp/v2/posts/%1"_s.arg(id), {{u"force"_s, u"true"_s}}));
    QCOMPARE(publish({u"--status"_s, u"pending"_s}).exitCode, 2);
    const test::CommandRun asNew = publish({u"--status"_s, u"pending"_s, u"--as-new"_s});
    QVERIFY2(asNew.exitCode == 0, qPrintable(asNew.err));
    const Article published = ArticleFile::load(path).article;
    QVERIFY(published.remote.postId > 0 && published.remote.postId != id);
    QCOMPARE(mediaOnSite(), 1);
    QCOMPARE(published.remote.extra.value(u"media"_s), afterRefusal.remote.extra.value(u"media"_s));
    QCOMPARE(quorum({u"sites"_s, u"remove"_s, u"uploads"_s}).exitCode, 0);
}

void TestPublishCli::passwordNowhere()
{
    const QByteArray password = m_wordpress.editor().password.toUtf8();
    for (const QString &text : std::as_const(m_output))
        QVERIFY2(!text.toUtf8().contains(password), qPrintable(text));
    // with-keyring made HOME and the XDG directories private to this run.
    QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    bool sawSites = false;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        sawSites = sawSites || bytes.contains("fixture");
        QVERIFY2(!bytes.contains(password) && !bytes.contains(password.toBase64()),
                 qPrintable(file.fileName()));
    }
    QVERIFY(sawSites);
}

QUORUM_TEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
