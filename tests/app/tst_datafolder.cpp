// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"
#include "autosave.h"
#include "datafolder.h"
#include "personalwordlist.h"
#include "spellchecker.h"
#include "testarticles.h"
#include "testmain.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The data folder moves at start from where Quorum 0.1 kept it (~/.local/share/Quorum/Quorum)
// one level up, with everything in it, and the window finds the recovery copies and the
// personal word list there; nothing is overwritten or lost, and a Quorum still running from
// the old folder keeps it in use.
class TestDataFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void oldFolderMovesOnStart();
    void secondStartMovesNothing();
    void mergesWithoutOverwriting();
    void runningQuorumKeepsTheOldFolder();

private:
    QString oldFolder() const { return m_data.filePath(u"Quorum/Quorum"_s); }
    QString newFolder() const { return m_data.filePath(u"Quorum"_s); }
    /// A recovery copy as Quorum 0.1 left it after a crash, in `folder`/recovery.
    void writeRecoveryCopy(const QString &folder, const QString &id, const QString &title);
    /// Every file under `folder` with its contents, by path relative to `folder`.
    static QMap<QString, QByteArray> files(const QString &folder);

    QTemporaryDir m_data;
};

void TestDataFolder::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    // As the window names itself.
    QCoreApplication::setOrganizationName(u"Quorum"_s);
    QCoreApplication::setApplicationName(u"Quorum"_s);
}

void TestDataFolder::init()
{
    QVERIFY(QDir(m_data.path()).removeRecursively());
    QVERIFY(QDir().mkpath(m_data.path()));
    QCOMPARE(moveOldDataFolder().outcome, DataFolderMove::NothingToMove);
}

void TestDataFolder::writeRecoveryCopy(const QString &folder, const QString &id,
                                       const QString &title)
{
    Article article = test::sampleArticle();
    article.meta.title = title;
    const QString recovery = folder + u"/recovery/"_s;
    QVERIFY(QDir().mkpath(recovery));
    QVERIFY(test::writeFile(recovery + id + u".quorum"_s, ArticleFile::serialize(article)));
    const QJsonObject info{
        {u"file"_s, QString()}, {u"title"_s, title}, {u"written"_s, u"2026-11-30T10:00:00Z"_s}};
    QVERIFY(test::writeFile(recovery + id + u".json"_s, QJsonDocument(info).toJson()));
}

QMap<QString, QByteArray> TestDataFolder::files(const QString &folder)
{
    QMap<QString, QByteArray> found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        found.insert(QDir(folder).relativeFilePath(path), test::readFile(path));
    }
    return found;
}

void TestDataFolder::oldFolderMovesOnStart()
{
    writeRecoveryCopy(oldFolder(), u"0b5e"_s, u"Unsaved before the upgrade"_s);
    QVERIFY(test::writeFile(oldFolder() + u"/personal-words.txt"_s, "fjordkraft\nBokmål\n"));
    // Whatever else was kept there travels too.
    QVERIFY(QDir().mkpath(oldFolder() + u"/cache/pages"_s));
    QVERIFY(test::writeFile(oldFolder() + u"/cache/pages/one.html"_s, "<p>kept</p>"));

    const DataFolderMove move = moveOldDataFolder();
    QCOMPARE(move.outcome, DataFolderMove::Moved);
    QCOMPARE(move.notes, QStringList());
    QVERIFY(!QFileInfo::exists(oldFolder()));
    QCOMPARE(dataFolder(), newFolder());

    // The window finds the work a crash left behind, and the writer's words.
    const QList<RecoveryEntry> abandoned = Autosave::abandoned();
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.first().title, u"Unsaved before the upgrade"_s);
    QVERIFY(abandoned.first().copyPath.startsWith(newFolder() + u"/recovery/"_s));
    Article restored;
    QString error;
    QVERIFY2(Autosave::read(abandoned.first(), &restored, &error), qPrintable(error));
    QCOMPARE(restored.meta.title, u"Unsaved before the upgrade"_s);
    QCOMPARE(SpellChecker::personalWordListPath(), newFolder() + u"/personal-words.txt"_s);
    const PersonalWordList words(SpellChecker::personalWordListPath());
    QVERIFY(words.contains(u"fjordkraft"_s));
    QVERIFY(words.contains(u"Bokmål"_s));
    QCOMPARE(test::readFile(newFolder() + u"/cache/pages/one.html"_s), "<p>kept</p>");
}

void TestDataFolder::secondStartMovesNothing()
{
    writeRecoveryCopy(oldFolder(), u"0b5e"_s, u"Moved once"_s);
    QCOMPARE(moveOldDataFolder().outcome, DataFolderMove::Moved);
    const QMap<QString, QByteArray> afterFirst = files(m_data.path());
    QCOMPARE(afterFirst.keys(),
             QStringList({u"Quorum/recovery/0b5e.json"_s, u"Quorum/recovery/0b5e.quorum"_s}));

    const DataFolderMove second = moveOldDataFolder();
    QCOMPARE(second.outcome, DataFolderMove::NothingToMove);
    QCOMPARE(files(m_data.path()), afterFirst);
    QCOMPARE(dataFolder(), newFolder());
}

void TestDataFolder::mergesWithoutOverwriting()
{
    // An earlier Quorum ran again after the move and made the old folder anew.
    writeRecoveryCopy(newFolder(), u"aaaa"_s, u"Already here"_s);
    QVERIFY(test::writeFile(newFolder() + u"/personal-words.txt"_s, "newer\n"));
    QVERIFY(test::writeFile(newFolder() + u"/notes.txt"_s, "same"));
    writeRecoveryCopy(oldFolder(), u"bbbb"_s, u"From the old folder"_s);
    QVERIFY(test::writeFile(oldFolder() + u"/personal-words.txt"_s, "older\n"));
    QVERIFY(test::writeFile(oldFolder() + u"/notes.txt"_s, "same"));

    const DataFolderMove move = moveOldDataFolder();
    QCOMPARE(move.outcome, DataFolderMove::Moved);
    QCOMPARE(dataFolder(), newFolder());

    QStringList titles;
    for (const RecoveryEntry &entry : Autosave::abandoned())
        titles.append(entry.title);
    titles.sort();
    QCOMPARE(titles, QStringList({u"Already here"_s, u"From the old folder"_s}));
    // The new folder's list is not overwritten; the old one is kept where it was, and said so.
    QCOMPARE(test::readFile(newFolder() + u"/personal-words.txt"_s), "newer\n");
    QCOMPARE(files(oldFolder()), (QMap<QString, QByteArray>{{u"personal-words.txt"_s, "older\n"}}));
    QCOMPARE(move.notes.size(), 1);
    QVERIFY2(move.notes.first().contains(oldFolder() + u"/personal-words.txt"_s),
             qPrintable(move.notes.first()));
    // A copy the same as the new folder's is not kept twice.
    QCOMPARE(test::readFile(newFolder() + u"/notes.txt"_s), "same");
}

void TestDataFolder::runningQuorumKeepsTheOldFolder()
{
    writeRecoveryCopy(oldFolder(), u"busy"_s, u"Being edited by a running Quorum"_s);
    writeRecoveryCopy(oldFolder(), u"left"_s, u"Left by a crash"_s);
    QVERIFY(test::writeFile(oldFolder() + u"/personal-words.txt"_s, "fjordkraft\n"));
    const QMap<QString, QByteArray> before = files(oldFolder());
    auto running = std::make_unique<QLockFile>(oldFolder() + u"/recovery/busy.lock"_s);
    QVERIFY(running->tryLock(0));

    const DataFolderMove move = moveOldDataFolder();
    QCOMPARE(move.outcome, DataFolderMove::Kept);
    QCOMPARE(move.notes.size(), 1);
    QVERIFY2(move.notes.first().contains(u"busy.lock"_s), qPrintable(move.notes.first()));
    // Nothing moved, and this run reads and writes the old folder.
    QStringList expected = before.keys();
    expected.append(u"recovery/busy.lock"_s);
    expected.sort();
    QCOMPARE(files(oldFolder()).keys(), expected);
    QCOMPARE(dataFolder(), oldFolder());
    const QList<RecoveryEntry> abandoned = Autosave::abandoned();
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.first().title, u"Left by a crash"_s);
    QVERIFY(PersonalWordList(SpellChecker::personalWordListPath()).contains(u"fjordkraft"_s));

    // Once that Quorum has ended, the next start moves it all.
    running.reset();
    QCOMPARE(moveOldDataFolder().outcome, DataFolderMove::Moved);
    QCOMPARE(dataFolder(), newFolder());
    QCOMPARE(Autosave::abandoned().size(), 2);
}

QUORUM_TEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
