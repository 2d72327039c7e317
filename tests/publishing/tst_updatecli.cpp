// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "commandrun.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Two people at two computers (two HOME folders, each with its own site profile) and the real
// quorum binary: publish, pull, update, and the conflicts in between, through the fixture's
// WordPress with the Quorum plugin. One keychain serves both (with-keyring), under two profile
// names.
class TestUpdateCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void colleaguesChangesMergeIn();
    void conflictChangesNothingUntilSettled();
    void withoutThePluginNothingIsMerged();

private:
    struct Desk
    {
        QString home;
        QString site; ///< the profile's name
    };
    test::CommandRun quorum(const Desk &desk, const QStringList &arguments,
                            const QByteArray &input = {});
    // The writer publishes a new article; the editor pulls it. Their two files.
    std::pair<QString, QString> publishedAndPulled(const QString &name);
    static void edit(const QString &path, SectionKind kind, const QString &markdown);
    static QString text(const QString &path, SectionKind kind);

    test::WordPressFixture m_wordpress;
    QTemporaryDir m_folder;
    Desk m_writer;
    Desk m_editor;
    bool m_ready = false;
};

void TestUpdateCli::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    QVERIFY(m_folder.isValid());
    m_writer = {m_folder.filePath(u"writer"_s), u"writer"_s};
    m_editor = {m_folder.filePath(u"editor"_s), u"editor"_s};
    const std::pair<Desk, test::WordPressUser> desks[] = {{m_writer, m_wordpress.editor()},
                                                          {m_editor, m_wordpress.admin()}};
    for (const auto &[desk, user] : desks) {
        QVERIFY(QDir().mkpath(desk.home));
        const test::CommandRun added =
            quorum(desk,
                   {u"sites"_s, u"add"_s, desk.site, u"--url"_s, m_wordpress.site().toString(),
                    u"--user"_s, user.name},
                   user.password.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    m_ready = true;
}

void TestUpdateCli::cleanupTestCase()
{
    if (m_ready)
        QVERIFY(m_wordpress.setQuorumPlugin(false));
}

test::CommandRun TestUpdateCli::quorum(const Desk &desk, const QStringList &arguments,
                                       const QByteArray &input)
{
    // Each desk's settings (its site profiles) are its own; the keychain is the session's.
    const QByteArray home = qgetenv("HOME");
    const QByteArray config = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", desk.home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (desk.home + u"/config"_s).toUtf8());
    const test::CommandRun run =
        test::runCommand(QStringLiteral(QUORUM_BINARY), arguments, input, 60'000);
    qputenv("HOME", home);
    qputenv("XDG_CONFIG_HOME", config);
    return run;
}

void TestUpdateCli::edit(const QString &path, SectionKind kind, const QString &markdown)
{
    Article article = ArticleFile::load(path).article;
    article.sections[test::indexOfKind(article, kind)].markdown = markdown;
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
}

QString TestUpdateCli::text(const QString &path, SectionKind kind)
{
    const Article article = ArticleFile::load(path).article;
    return article.sections.value(test::indexOfKind(article, kind)).markdown;
}

std::pair<QString, QString> TestUpdateCli::publishedAndPulled(const QString &name)
{
    Article article = test::sampleArticle();
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.remote = {};
    const QString mine = m_writer.home + u'/' + token + u".quorum"_s;
    const QString theirs = m_editor.home + u'/' + token + u".quorum"_s;
    if (!ArticleFile::save(article, mine, nullptr))
        return {};
    const test::CommandRun published = quorum(
        m_writer, {u"publish"_s, mine, u"--site"_s, m_writer.site, u"--status"_s, u"pending"_s});
    if (published.exitCode != 0) {
        qWarning("%s", qPrintable(published.err));
        return {};
    }
    const qint64 id = ArticleFile::load(mine).article.remote.postId;
    const test::CommandRun pulled =
        quorum(m_editor, {u"pull"_s, u"--site"_s, m_editor.site, u"--post"_s, QString::number(id),
                          u"-o"_s, theirs});
    if (pulled.exitCode != 0) {
        qWarning("%s", qPrintable(pulled.err));
        return {};
    }
    return {mine, theirs};
}

void TestUpdateCli::colleaguesChangesMergeIn()
{
    const auto [mine, theirs] = publishedAndPulled(u"update-merge"_s);
    QVERIFY(!mine.isEmpty());
    // The editor pulled the whole article: the comments came along.
    QCOMPARE(ArticleFile::load(theirs).article.comments, ArticleFile::load(mine).article.comments);
    edit(theirs, SectionKind::Introduction, u"The editor's introduction."_s);
    QCOMPARE(quorum(m_editor, {u"publish"_s, theirs, u"--site"_s, m_editor.site}).exitCode, 0);

    edit(mine, SectionKind::Conclusion, u"The writer's conclusion."_s);
    const test::CommandRun refused =
        quorum(m_writer, {u"publish"_s, mine, u"--site"_s, m_writer.site});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"quorum update"_s), qPrintable(refused.err));

    const test::CommandRun updated =
        quorum(m_writer, {u"update"_s, mine, u"--site"_s, m_writer.site});
    QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
    QVERIFY2(updated.out.contains(u"1 change"_s), qPrintable(updated.out));
    QCOMPARE(text(mine, SectionKind::Introduction), u"The editor's introduction."_s);
    QCOMPARE(text(mine, SectionKind::Conclusion), u"The writer's conclusion."_s);
    const test::CommandRun published =
        quorum(m_writer, {u"publish"_s, mine, u"--site"_s, m_writer.site});
    QVERIFY2(published.exitCode == 0, qPrintable(published.err));
}

void TestUpdateCli::conflictChangesNothingUntilSettled()
{
    const auto [mine, theirs] = publishedAndPulled(u"update-conflict"_s);
    QVERIFY(!mine.isEmpty());
    edit(theirs, SectionKind::Introduction, u"Editor, second pass."_s);
    QCOMPARE(quorum(m_editor, {u"publish"_s, theirs, u"--site"_s, m_editor.site}).exitCode, 0);
    edit(mine, SectionKind::Introduction, u"Writer, second pass."_s);
    const QByteArray before = test::readFile(mine);

    const test::CommandRun conflict =
        quorum(m_writer, {u"update"_s, mine, u"--site"_s, m_writer.site});
    QCOMPARE(conflict.exitCode, 1);
    const QString heading =
        ArticleFile::load(mine)
            .article.sections
            .at(test::indexOfKind(ArticleFile::load(mine).article, SectionKind::Introduction))
            .heading;
    QVERIFY2(conflict.err.contains(u"“%1”: changed here and on the site"_s.arg(heading)),
             qPrintable(conflict.err));
    QVERIFY(conflict.err.contains(u"--take mine|site"_s));
    QCOMPARE(test::readFile(mine), before);

    const test::CommandRun settled =
        quorum(m_writer, {u"update"_s, mine, u"--site"_s, m_writer.site, u"--take"_s, u"site"_s});
    QVERIFY2(settled.exitCode == 0, qPrintable(settled.err));
    QVERIFY2(settled.out.contains(u"1 conflict settled with the site's version"_s),
             qPrintable(settled.out));
    QCOMPARE(text(mine, SectionKind::Introduction), u"Editor, second pass."_s);
    QCOMPARE(quorum(m_writer, {u"publish"_s, mine, u"--site"_s, m_writer.site}).exitCode, 0);
}

void TestUpdateCli::withoutThePluginNothingIsMerged()
{
    const auto [mine, theirs] = publishedAndPulled(u"update-plain"_s);
    QVERIFY(!mine.isEmpty());
    QVERIFY(m_wordpress.setQuorumPlugin(false));
    edit(theirs, SectionKind::Introduction, u"Changed without the plugin."_s);
    const int published =
        quorum(m_editor, {u"publish"_s, theirs, u"--site"_s, m_editor.site}).exitCode;
    const QByteArray before = test::readFile(mine);
    const test::CommandRun refused =
        quorum(m_writer, {u"update"_s, mine, u"--site"_s, m_writer.site});
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    QCOMPARE(published, 0);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"Quorum plugin"_s), qPrintable(refused.err));
    QCOMPARE(test::readFile(mine), before);
}

QUORUM_TEST_GUILESS_MAIN(TestUpdateCli)
#include "tst_updatecli.moc"
