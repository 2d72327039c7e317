// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commandrun.h"
#include "credentialstore.h"
#include "publisherror.h"
#include "testarticles.h"
#include "testmain.h"
#include "translations.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The interface's language: the system's (LANGUAGE and the locale variables) unless --lang
// says otherwise, English when the first language the user reads is English, and the catalogues
// inside the binary. Messages are looked up under the contexts lupdate filed them in.
class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void takeLanguageOption_data();
    void takeLanguageOption();
    void cataloguesAreEmbedded();
    void commandLineFollowsTheSystem_data();
    void commandLineFollowsTheSystem();
    void qtsOwnStringsToo();
    void englishHasPluralsOnly_data();
    void englishHasPluralsOnly();
    void norwegianInProcess();
    void aLaterChoiceReplacesAnEarlierOne();

private:
    test::CommandRun runQuorum(const QByteArray &language, const QStringList &arguments);
};

test::CommandRun TestInterfaceLanguage::runQuorum(const QByteArray &language,
                                                  const QStringList &arguments)
{
    if (language.isNull())
        qunsetenv("LANGUAGE");
    else
        qputenv("LANGUAGE", language);
    return test::runCommand(QStringLiteral(QUORUM_BINARY), arguments);
}

void TestInterfaceLanguage::cleanup()
{
    qunsetenv("LANGUAGE");
}

void TestInterfaceLanguage::takeLanguageOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("rest");
    const QString q = u"quorum"_s;
    QTest::newRow("none") << QStringList{q, u"check"_s, u"a.quorum"_s} << QString()
                          << QStringList{q, u"check"_s, u"a.quorum"_s};
    QTest::newRow("before the command")
        << QStringList{q, u"--lang"_s, u"nb"_s, u"check"_s, u"a.quorum"_s} << u"nb"_s
        << QStringList{q, u"check"_s, u"a.quorum"_s};
    QTest::newRow("after the command")
        << QStringList{q, u"check"_s, u"a.quorum"_s, u"--lang=nb_NO"_s} << u"nb_NO"_s
        << QStringList{q, u"check"_s, u"a.quorum"_s};
    QTest::newRow("opening a file") << QStringList{q, u"--lang"_s, u"en"_s, u"a.quorum"_s}
                                    << u"en"_s << QStringList{q, u"a.quorum"_s};
    QTest::newRow("the last one counts")
        << QStringList{q, u"--lang"_s, u"en"_s, u"--lang"_s, u"nb"_s} << u"nb"_s << QStringList{q};
    QTest::newRow("after --, a file name")
        << QStringList{q, u"--"_s, u"--lang"_s, u"nb"_s} << QString()
        << QStringList{q, u"--"_s, u"--lang"_s, u"nb"_s};
    QTest::newRow("without a value")
        << QStringList{q, u"--lang"_s} << QString() << QStringList{q, u"--lang"_s};
}

void TestInterfaceLanguage::takeLanguageOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QStringList, rest);
    QCOMPARE(quorum::takeLanguageOption(&arguments), language);
    QCOMPARE(arguments, rest);
}

void TestInterfaceLanguage::cataloguesAreEmbedded()
{
    QVERIFY(QFile::exists(u":/quorum/i18n/quorum_nb.qm"_s));
    QVERIFY(QFile::exists(u":/quorum/i18n/quorum_en.qm"_s));
    QVERIFY(QFile::exists(u":/quorum/i18n/quorum_qt_nb.qm"_s));
}

void TestInterfaceLanguage::commandLineFollowsTheSystem_data()
{
    QTest::addColumn<QByteArray>("language"); // LANGUAGE; null for unset (LC_ALL=C.UTF-8)
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("norwegian");
    QTest::newRow("C locale") << QByteArray() << QStringList() << false;
    QTest::newRow("Norwegian Bokmål") << QByteArray("nb") << QStringList() << true;
    QTest::newRow("Bokmål in Norway") << QByteArray("nb_NO") << QStringList() << true;
    QTest::newRow("Norwegian") << QByteArray("no") << QStringList() << true;
    QTest::newRow("Nynorsk, then Bokmål") << QByteArray("nn:nb") << QStringList() << true;
    QTest::newRow("English, then Bokmål") << QByteArray("en:nb") << QStringList() << false;
    QTest::newRow("--lang nb on an English system")
        << QByteArray("en") << QStringList{u"--lang"_s, u"nb"_s} << true;
    QTest::newRow("--lang en on a Norwegian system")
        << QByteArray("nb") << QStringList{u"--lang"_s, u"en"_s} << false;
}

void TestInterfaceLanguage::commandLineFollowsTheSystem()
{
    QFETCH(QByteArray, language);
    QFETCH(QStringList, options);
    QFETCH(bool, norwegian);

    // An error from the article library, one from the command line, and the hint after it.
    const test::CommandRun missing =
        runQuorum(language, options + QStringList{u"check"_s, u"/nonexistent/a.quorum"_s});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err, norwegian ? u"quorum: /nonexistent/a.quorum: filen finnes ikke\n"_s
                                    : u"quorum: /nonexistent/a.quorum: there is no such file\n"_s);
    const test::CommandRun format = runQuorum(
        language, options + QStringList{u"render"_s, test::samplePath(), u"--format"_s, u"x"_s});
    QCOMPARE(format.exitCode, 2);
    QCOMPARE(format.err, norwegian ? u"quorum: ukjent format «x»; bruk blocks, html eller page\n"
                                     "Kjør «quorum --help» for å se kommandoene og valgene.\n"_s
                                   : u"quorum: unknown format “x”; use blocks, html or page\n"
                                     "Run “quorum --help” for the commands and options.\n"_s);
    const test::CommandRun help = runQuorum(language, options + QStringList{u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(norwegian ? u"Bruk:\n"_s : u"Usage:\n"_s));
}

void TestInterfaceLanguage::qtsOwnStringsToo()
{
    // QCommandLineParser's own error, from the catalogue of Qt's strings Quorum carries.
    const test::CommandRun run =
        runQuorum("nb", {u"render"_s, test::samplePath(), u"--no-such-option"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"quorum: Ukjent valg «no-such-option».\n"_s), qPrintable(run.err));
}

void TestInterfaceLanguage::englishHasPluralsOnly_data()
{
    // Messages that count have one plural-only English source text; the English catalogue
    // gives them their singular.
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("english");
    const QByteArray words = "%1 words";
    QTest::newRow("1 word") << QByteArray("quorum::ArticleStatusWidget") << words << 1
                            << u"1 word"_s;
    QTest::newRow("2 words") << QByteArray("quorum::ArticleStatusWidget") << words << 2
                             << u"2 words"_s;
    QTest::newRow("0 words") << QByteArray("quorum::ArticleStatusWidget") << words << 0
                             << u"0 words"_s;
    QTest::newRow("1 match") << QByteArray("quorum::FindBar") << QByteArray("%n match(es)") << 1
                             << u"1 match"_s;
    QTest::newRow("3 matches") << QByteArray("quorum::FindBar") << QByteArray("%n match(es)") << 3
                               << u"3 matches"_s;
    QTest::newRow("1 comment") << QByteArray("quorum::SectionOutlineModel")
                               << QByteArray("%1 (%n comments)") << 1 << u"1 (1 comment)"_s;
    QTest::newRow("1 character") << QByteArray("quorum::ArticleDetailsForm")
                                 << QByteArray("%Ln characters") << 1 << u"1 character"_s;
}

void TestInterfaceLanguage::englishHasPluralsOnly()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, count);
    QFETCH(QString, english);
    QCOMPARE(installTranslators(u"en"_s), QString());
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(interfaceLanguage(), QString());
    // Everything else stays the source text.
    QCOMPARE(QCoreApplication::translate("quorum::MainWindow", "&File"), u"&File"_s);
    QString text =
        QCoreApplication::translate(context.constData(), source.constData(), nullptr, count);
    if (text.contains(u"%1"_s))
        text = text.arg(count);
    QCOMPARE(text, english);
}

void TestInterfaceLanguage::norwegianInProcess()
{
    QCOMPARE(installTranslators(u"nb"_s), u"nb"_s);
    QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);

    // Errors of the publishing library, under the contexts their sources give them.
    QCOMPARE(PublishError::timeout(5000).message, u"Nettstedet svarte ikke innen 5 sekunder."_s);
    QCOMPARE(PublishError::timeout(1000).message, u"Nettstedet svarte ikke innen 1 sekund."_s);
    const PublishError page = PublishError::fromHttpAnswer(200, "text/html", "<html></html>");
    QCOMPARE(
        page.message,
        u"Nettstedet svarte ikke som et WordPress REST API: det er slått av eller blokkert."_s);
    QCOMPARE(page.detail, u"HTTP 200, en nettside i stedet for JSON"_s);
    QCOMPARE(PublishError::canceled().message, u"Publiseringen ble avbrutt."_s);
    QCOMPARE(CredentialStore::tr("The system keychain failed."),
             u"Systemets nøkkelring sviktet."_s);

    // Qt's standard buttons.
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Discard |
                             QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text(), u"Lagre"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Discard)->text(), u"Forkast"_s);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), u"Avbryt"_s);
}

void TestInterfaceLanguage::aLaterChoiceReplacesAnEarlierOne()
{
    QCOMPARE(installTranslators(u"nb"_s), u"nb"_s);
    QCOMPARE(QCoreApplication::translate("quorum::MainWindow", "&File"), u"&Fil"_s);
    QCOMPARE(installTranslators(u"en"_s), QString());
    QCOMPARE(interfaceLanguage(), QString());
    QCOMPARE(QCoreApplication::translate("quorum::MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QCoreApplication::translate("quorum::FindBar", "%n match(es)", nullptr, 2),
             u"2 matches"_s);
}

QUORUM_TEST_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
