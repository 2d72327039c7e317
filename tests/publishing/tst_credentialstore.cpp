// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "credentialstore.h"
#include "siteprofile.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using Status = CredentialJob::Status;

namespace {

QStringList g_log;

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

} // namespace

// Application passwords in a real Secret Service: run through tests/publishing/with-keyring
// (a private D-Bus session with GNOME Keyring), which ctest does for the label "keyring".
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void writeReadRemove();
    void missing();
    void profiles();
    void passwordNowhereElse();

private:
    static std::unique_ptr<CredentialJob> finish(CredentialJob *job);
};

void TestCredentialStore::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QStandardPaths::setTestModeEnabled(true);
    qInstallMessageHandler(collectLog);
}

void TestCredentialStore::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

std::unique_ptr<CredentialJob> TestCredentialStore::finish(CredentialJob *job)
{
    QSignalSpy finished(job, &CredentialJob::finished);
    // Never before the call returned: connecting afterwards is safe.
    if (!job->isFinished())
        finished.wait(10'000);
    return std::unique_ptr<CredentialJob>(job);
}

void TestCredentialStore::writeReadRemove()
{
    const QString password = u"abcd EFGH 1234 ijkl 5678 mnop"_s;
    auto written = finish(CredentialStore::write(u"blog"_s, password));
    QVERIFY2(written->isOk(), qPrintable(written->message()));
    auto read = finish(CredentialStore::read(u"blog"_s));
    QVERIFY2(read->isOk(), qPrintable(read->message()));
    QCOMPARE(read->password(), password);

    // Replaced, not added to.
    auto rewritten = finish(CredentialStore::write(u"blog"_s, u"second"_s));
    QVERIFY(rewritten->isOk());
    QCOMPARE(finish(CredentialStore::read(u"blog"_s))->password(), u"second"_s);

    auto removed = finish(CredentialStore::remove(u"blog"_s));
    QVERIFY2(removed->isOk(), qPrintable(removed->message()));
    auto gone = finish(CredentialStore::read(u"blog"_s));
    QCOMPARE(gone->status(), Status::NotFound);
    QVERIFY(gone->password().isEmpty());
}

void TestCredentialStore::missing()
{
    auto read = finish(CredentialStore::read(u"never saved"_s));
    QCOMPARE(read->status(), Status::NotFound);
    QVERIFY(read->message().contains(u"never saved"_s));
    // Deleting what is not there is no failure.
    QVERIFY(finish(CredentialStore::remove(u"never saved"_s))->isOk());
}

void TestCredentialStore::profiles()
{
    SiteProfile profile{u"News site"_s, u"https://news.example.org/"_s, u"kari"_s, u"pending"_s,
                        false};
    SiteProfile other{u"Another"_s, u"http://192.0.2.1/"_s, u"ola"_s, u"draft"_s, true, 90};
    SiteProfiles::save(profile);
    SiteProfiles::save(other);
    QCOMPARE(SiteProfiles::find(u"News site"_s), profile);
    QCOMPARE(profile.timeoutSeconds, SiteProfile::kDefaultTimeoutSeconds);
    QCOMPARE(SiteProfiles::find(u"Another"_s)->timeoutSeconds, 90);
    QCOMPARE(SiteProfiles::all(), (QList<SiteProfile>{other, profile}));
    profile.user = u"ingrid"_s;
    SiteProfiles::save(profile);
    QCOMPARE(SiteProfiles::find(u"News site"_s)->user, u"ingrid"_s);
    SiteProfiles::remove(u"Another"_s);
    QCOMPARE(SiteProfiles::all(), QList<SiteProfile>{profile});
    QVERIFY(!SiteProfiles::find(u"a/b"_s));
    QVERIFY(!SiteProfiles::isValidName(u" padded"_s));
    SiteProfiles::remove(u"News site"_s);
}

void TestCredentialStore::passwordNowhereElse()
{
    const QString password = u"zq7K Lm2P 9xWv Rt4Y 8nBc Hd3F"_s;
    SiteProfiles::save(
        {u"Scanned"_s, u"https://scanned.example.org/"_s, u"kari"_s, u"draft"_s, false});
    auto written = finish(CredentialStore::write(u"Scanned"_s, password));
    QVERIFY2(written->isOk(), qPrintable(written->message()));
    QCOMPARE(finish(CredentialStore::read(u"Scanned"_s))->password(), password);

    // The settings and data directories of the test, and the keyring's own files (which
    // hold it encrypted): the password in plain text is in none of them.
    const QStringList roots = {
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
        qEnvironmentVariable("HOME"),
    };
    const QByteArray needle = password.toUtf8();
    const QByteArray base64 = needle.toBase64();
    bool sawProfile = false;
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++files;
            sawProfile = sawProfile || bytes.contains("https://scanned.example.org/");
            QVERIFY2(!bytes.contains(needle) && !bytes.contains(base64),
                     qPrintable(file.fileName()));
        }
    }
    QVERIFY(files > 0);
    QVERIFY(sawProfile); // the scan did look where the profile lives
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(password), qPrintable(line));
    QVERIFY(finish(CredentialStore::remove(u"Scanned"_s))->isOk());
    SiteProfiles::remove(u"Scanned"_s);
}

QUORUM_TEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
