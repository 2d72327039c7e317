// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "autosave.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "messageboxanswer.h"
#include "previewscheme.h"
#include "recoveryprompt.h"
#include "sectionoutline.h"
#include "testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::answerNextMessageBox;

// Never lose a word: recovery copies while editing, and after a crash.
class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstKeystrokeOfANewArticleIsKeptSafe();
    void savingAndDiscardingRemoveTheCopy();
    void aRunningWindowsCopyIsNotOfferedElsewhere();
    void killedProcessIsRestored();
    void discardedRecoveryIsGoneForGood();

private:
    /// A new article in a window, with the cursor at the end of its introduction.
    QPlainTextEdit *startTyping(MainWindow *window);

    QTemporaryDir m_data;
    std::unique_ptr<MainWindow> m_window;
};

void TestRecovery::initTestCase()
{
    QVERIFY(m_data.isValid());
    // Recovery copies go to the user's data folder: this test's own, shared with the child.
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QVERIFY(Autosave::directory().startsWith(m_data.path()));
}

void TestRecovery::init()
{
    QDir(Autosave::directory()).removeRecursively();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestRecovery::cleanup()
{
    if (m_window)
        m_window->document()->reset({}); // nothing unsaved: closes without asking
    m_window.reset();
}

QPlainTextEdit *TestRecovery::startTyping(MainWindow *window)
{
    window->newArticle();
    for (const Section &section : window->document()->article().sections) {
        if (section.kind == SectionKind::Introduction)
            window->outline()->selectSection(section.id);
    }
    QPlainTextEdit *edit = window->currentMarkdownEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    return edit;
}

void TestRecovery::firstKeystrokeOfANewArticleIsKeptSafe()
{
    QPlainTextEdit *edit = startTyping(m_window.get());
    const QString copy = m_window->autosave()->copyPath();
    QVERIFY(!QFile::exists(copy));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClicks(edit, u"W"_s);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(copy), 2000);
    QVERIFY2(clock.elapsed() <= 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!copy.startsWith(QDir::currentPath()));
    Article saved;
    QString error;
    QVERIFY2(Autosave::read({u"x"_s, {}, {}, {}, copy}, &saved, &error), qPrintable(error));
    QCOMPARE(saved, m_window->document()->article());
}

void TestRecovery::savingAndDiscardingRemoveTheCopy()
{
    QPlainTextEdit *edit = startTyping(m_window.get());
    QSignalSpy written(m_window->autosave(), &Autosave::written);
    QTest::keyClicks(edit, u"Words"_s);
    QVERIFY(written.wait(3000));
    const QString copy = m_window->autosave()->copyPath();
    QVERIFY(QFile::exists(copy));

    const QString path = m_data.filePath(u"saved.quorum"_s);
    QString error;
    QVERIFY(m_window->document()->save(&error, path));
    QVERIFY(!QFile::exists(copy));

    QTest::keyClicks(edit, u" more"_s);
    QVERIFY(written.wait(3000));
    QVERIFY(QFile::exists(copy));
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QVERIFY(!QFile::exists(copy));
    QVERIFY(Autosave::abandoned().isEmpty());
    m_window.reset();
}

void TestRecovery::aRunningWindowsCopyIsNotOfferedElsewhere()
{
    QPlainTextEdit *edit = startTyping(m_window.get());
    QSignalSpy written(m_window->autosave(), &Autosave::written);
    QTest::keyClicks(edit, u"Busy"_s);
    QVERIFY(written.wait(3000));
    QVERIFY(QFile::exists(m_window->autosave()->copyPath()));
    QVERIFY(Autosave::abandoned().isEmpty());
}

void TestRecovery::killedProcessIsRestored()
{
    struct Typed
    {
        qint64 at;
        QString text;
    };
    QList<Typed> typed;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&child, &QProcess::readyReadStandardOutput, this, [&] {
        while (child.canReadLine()) {
            const QList<QByteArray> parts = child.readLine().trimmed().split('\t');
            if (parts.size() == 2)
                typed.append({parts.at(0).toLongLong(),
                              QJsonDocument::fromJson(parts.at(1)).array().at(0).toString()});
        }
    });
    child.start(QStringLiteral(QUORUM_RECOVERY_CHILD), {});
    QVERIFY(child.waitForStarted());
    // Let it type for three seconds, then kill it without warning.
    QTRY_VERIFY_WITH_TIMEOUT(!typed.isEmpty(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(typed.last().at - typed.first().at >= 3000, 20000);
    child.kill(); // SIGKILL
    const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QString required; // everything typed two seconds or more before the kill
    for (const Typed &step : std::as_const(typed)) {
        if (step.at <= killedAt - 2000)
            required = step.text;
    }
    QVERIFY(!required.isEmpty());

    const QList<RecoveryEntry> entries = Autosave::abandoned();
    QCOMPARE(entries.size(), 1);
    answerNextMessageBox(u"Restore"_s);
    QCOMPARE(offerRecovery(m_window.get()), 1);
    QString restored;
    for (const Section &section : m_window->document()->article().sections) {
        if (section.kind == SectionKind::Introduction)
            restored = section.markdown;
    }
    QVERIFY2(restored.startsWith(required), qPrintable(restored + u" / "_s + required));
    QVERIFY(typed.last().text.startsWith(restored));
    QVERIFY(m_window->document()->isModified());
    QVERIFY(m_window->isWindowModified());
    // The restored work is safe again under this process, and offered to nobody else.
    QVERIFY(QFile::exists(m_window->autosave()->copyPath()));
    QVERIFY(!QFile::exists(entries.first().copyPath));
    QVERIFY(Autosave::abandoned().isEmpty());
}

void TestRecovery::discardedRecoveryIsGoneForGood()
{
    // A window that ends without its destructor's chance to discard: its copy is abandoned.
    {
        auto window = std::make_unique<MainWindow>();
        QPlainTextEdit *edit = startTyping(window.get());
        QSignalSpy written(window->autosave(), &Autosave::written);
        QTest::keyClicks(edit, u"Lost"_s);
        QVERIFY(written.wait(3000));
        window->autosave()->setParent(nullptr); // keep the copy as a crash would
        delete window->autosave();
        window->document()->reset({});
    }
    QCOMPARE(Autosave::abandoned().size(), 1);
    answerNextMessageBox(u"Discard"_s);
    QCOMPARE(offerRecovery(m_window.get()), 0);
    QVERIFY(Autosave::abandoned().isEmpty());
    QVERIFY(QDir(Autosave::directory()).entryList({u"*.quorum"_s}).isEmpty());
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Quorum"_s);
    QApplication::setApplicationName(u"Quorum"_s);
    TestRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
