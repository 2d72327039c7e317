// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "badarticlefiles.h"
#include "commandrun.h"
#include "testarticles.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

test::CommandRun runQuorum(const QStringList &arguments)
{
    return test::runCommand(QStringLiteral(QUORUM_BINARY), arguments);
}

QByteArray sourceFile(const QString &name)
{
    return test::readFile(QStringLiteral(QUORUM_SOURCE_DIR) + u"/packaging/wordpress/quorum/"_s +
                          name);
}

// Every entry of the zip at `path` and its bytes, read with libzip as an unzipper would;
// empty with `error` set when it is not a zip that reads back whole.
QMap<QString, QByteArray> readZip(const QString &path, QString *error)
{
    int code = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive) {
        zip_error_t status;
        zip_error_init_with_code(&status, code);
        *error = QString::fromUtf8(zip_error_strerror(&status));
        zip_error_fini(&status);
        return {};
    }
    QMap<QString, QByteArray> entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_file_t *file = nullptr;
        if (zip_stat_index(archive, i, 0, &stat) < 0 || !(file = zip_fopen_index(archive, i, 0))) {
            *error = QString::fromUtf8(zip_strerror(archive));
            entries.clear();
            break;
        }
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
        zip_fclose(file);
        if (read != zip_int64_t(stat.size)) {
            *error = u"%1 is cut short"_s.arg(QString::fromUtf8(stat.name));
            entries.clear();
            break;
        }
        entries.insert(QString::fromUtf8(stat.name), bytes);
    }
    zip_discard(archive);
    return entries;
}

} // namespace

// `quorum plugin --zip OUT`: the Quorum plugin for WordPress as the zip a site administrator
// uploads under Plugins ▸ Add New ▸ Upload Plugin.
class TestCliPlugin : public QObject
{
    Q_OBJECT

private slots:
    void zipHoldsThePlugin();
    void replacesOnlyWhenForced();
    void unwritableOutput_data();
    void unwritableOutput();
    void badUsage_data();
    void badUsage();
};

void TestCliPlugin::zipHoldsThePlugin()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"quorum.zip"_s);
    const test::CommandRun run = runQuorum({u"plugin"_s, u"--zip"_s, out});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, QString());

    QString error;
    const QMap<QString, QByteArray> entries = readZip(out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The folder name makes the plugin id quorum/quorum, which Quorum asks the site about.
    QCOMPARE(entries.keys(), (QStringList{u"quorum/quorum.php"_s, u"quorum/readme.txt"_s}));
    QCOMPARE(entries.value(u"quorum/quorum.php"_s), sourceFile(u"quorum.php"_s));
    QCOMPARE(entries.value(u"quorum/readme.txt"_s), sourceFile(u"readme.txt"_s));
    QVERIFY(entries.value(u"quorum/quorum.php"_s).contains("\n * Version: 1.1.0\n"));
}

void TestCliPlugin::replacesOnlyWhenForced()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"quorum.zip"_s);
    QVERIFY(test::writeFile(out, "someone else's file"));
    const test::CommandRun refused = runQuorum({u"plugin"_s, u"--zip"_s, out});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.startsWith(u"quorum: %1: "_s.arg(out)), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--force"_s), qPrintable(refused.err));
    QCOMPARE(test::readFile(out), "someone else's file");

    const test::CommandRun forced = runQuorum({u"plugin"_s, u"--zip"_s, out, u"--force"_s});
    QCOMPARE(forced.exitCode, 0);
    QString error;
    QCOMPARE(readZip(out, &error).size(), 2);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCliPlugin::unwritableOutput_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("a folder that does not exist") << u"missing-folder/quorum.zip"_s;
    QTest::newRow("a folder in its place, with --force") << u"folder"_s;
}

void TestCliPlugin::unwritableOutput()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QStringList before = test::diskState(dir.path());
    const QString out = dir.filePath(name);
    const test::CommandRun run = runQuorum({u"plugin"_s, u"--zip"_s, out, u"--force"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"quorum: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(out), qPrintable(run.err));
    QCOMPARE(test::diskState(dir.path()), before);
}

void TestCliPlugin::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --zip") << QStringList{u"plugin"_s} << u"plugin needs --zip OUT.zip"_s;
    QTest::newRow("--zip without a name")
        << QStringList{u"plugin"_s, u"--zip"_s} << u"Missing value after '--zip'"_s;
    QTest::newRow("a file") << QStringList{u"plugin"_s, u"a.zip"_s}
                            << u"plugin takes no file; name the zip with --zip OUT.zip"_s;
    QTest::newRow("unknown option")
        << QStringList{u"plugin"_s, u"--zip=a.zip"_s, u"--tar"_s} << u"Unknown option 'tar'"_s;
}

void TestCliPlugin::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CommandRun run = runQuorum(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"quorum --help"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestCliPlugin)
#include "tst_cliplugin.moc"
