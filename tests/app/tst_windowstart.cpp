// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testarticles.h"
#include "testmain.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The real binary started as the desktop starts it: it loads its window module and opens the
// window, whose first work is to move Quorum 0.1's data folder to where this Quorum keeps it.
class TestWindowStart : public QObject
{
    Q_OBJECT

private slots:
    void windowMovesTheOldDataFolder();
};

void TestWindowStart::windowMovesTheOldDataFolder()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString data = home.filePath(u"data"_s);
    const QString old = data + u"/Quorum/Quorum"_s;
    QVERIFY(QDir().mkpath(old));
    QVERIFY(test::writeFile(old + u"/personal-words.txt"_s, "fjordkraft\n"));

    QProcess quorum;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    quorum.setProcessEnvironment(environment);
    quorum.start(QStringLiteral(QUORUM_BINARY), {test::samplePath()});
    QVERIFY2(quorum.waitForStarted(), qPrintable(quorum.errorString()));

    // Qt WebEngine takes its time to start on a busy machine.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(data + u"/Quorum/personal-words.txt"_s), 60000);
    QVERIFY(!QFileInfo::exists(old));
    QCOMPARE(quorum.state(), QProcess::Running); // the window is open, waiting for the writer
    quorum.kill();
    QVERIFY(quorum.waitForFinished());
    QCOMPARE(test::readFile(data + u"/Quorum/personal-words.txt"_s), "fjordkraft\n");
}

QUORUM_TEST_GUILESS_MAIN(TestWindowStart)
#include "tst_windowstart.moc"
