// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "commandrun.h"
#include "sitenotes.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// `quorum publish` and `quorum pull` with review comments, the Quorum plugin active: where the
// site keeps Notes the file records the ids of the comments' notes, so that publishing it again
// makes none twice; where it has none (6.1), the file and the site get nothing of them.
class TestNotesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void publishRecordsNotesInTheFile();

private:
    test::CommandRun quorum(const QStringList &arguments, const QByteArray &input = {});
    int countNotes(qint64 postId);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
    QTemporaryDir m_folder;
};

void TestNotesCli::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    const test::CommandRun added =
        quorum({u"sites"_s, u"add"_s, u"notes"_s, u"--url"_s, m_wordpress.site().toString(),
                u"--user"_s, m_wordpress.editor().name},
               m_wordpress.editor().password.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestNotesCli::cleanupTestCase()
{
    if (!m_admin)
        return;
    quorum({u"sites"_s, u"remove"_s, u"notes"_s});
    QVERIFY(m_wordpress.setQuorumPlugin(false));
}

test::CommandRun TestNotesCli::quorum(const QStringList &arguments, const QByteArray &input)
{
    return test::runCommand(QStringLiteral(QUORUM_BINARY), arguments, input, 60'000);
}

int TestNotesCli::countNotes(qint64 postId)
{
    return int(test::call(m_admin->get(u"wp/v2/comments"_s, SiteNotes::listQuery(postId, 1)))
                   .toArray()
                   .size());
}

void TestNotesCli::publishRecordsNotesInTheFile()
{
    const bool siteHasNotes = SiteNotes::support(test::call(m_admin->get(QString())).toObject()) !=
                              SiteNotes::Support::None;
    Article article;
    article.meta.title = u"Notes from the command line"_s;
    article.meta.slug = test::unique(u"notes-cli"_s);
    Section section = Section::create(SectionKind::Text);
    section.heading = u"Only section"_s;
    section.markdown = u"Text."_s;
    article.sections = {section};
    ReviewComment comment;
    comment.id = newId(u'c');
    comment.sectionId = section.id;
    comment.author = u"Ann"_s;
    comment.created = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    comment.text = u"Cite the source."_s;
    comment.replies = {{u"Bo"_s, comment.created.addSecs(60), u"Done."_s, {}}};
    article.comments = {comment};
    const QString path = m_folder.filePath(u"notes.quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));

    test::CommandRun run = quorum({u"publish"_s, path, u"--site"_s, u"notes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"warning"_s), qPrintable(run.err));
    Article saved = ArticleFile::load(path).article;
    const qint64 postId = saved.remote.postId;
    QVERIFY(postId > 0);
    const qint64 thread = SiteNotes::idIn(saved.comments.value(0).extra);
    const qint64 reply = SiteNotes::idIn(saved.comments.value(0).replies.value(0).extra);
    if (!siteHasNotes) {
        QCOMPARE(thread, 0);
        QCOMPARE(reply, 0);
        QCOMPARE(countNotes(postId), 0);
        return;
    }
    QVERIFY(thread > 0 && reply > 0);
    QCOMPARE(countNotes(postId), 2);

    // Again: the same notes; and the post pulled into another file has the same comments.
    run = quorum({u"publish"_s, path, u"--site"_s, u"notes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(countNotes(postId), 2);
    QCOMPARE(ArticleFile::load(path).article.comments, saved.comments);
    const QString pulled = m_folder.filePath(u"pulled.quorum"_s);
    run = quorum({u"pull"_s, u"--site"_s, u"notes"_s, u"--post"_s, QString::number(postId), u"-o"_s,
                  pulled});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(ArticleFile::load(pulled).article.comments, saved.comments);
}

QUORUM_TEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"
