// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commandrun.h"
#include "testarticles.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// What `cmake --install` places, checked in a throwaway prefix: the validators of the desktop
// entry and the AppStream metainfo find nothing at all, .quorum files get their MIME type, its
// icon and Quorum as their application, the icons come in every size, and the man page is
// clean and documents every option of the command line.
class TestInstalledFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void binaryRuns();
    void desktopEntryIsValid();
    void metainfoIsValid();
    void metainfoDescribesThisRelease();
    void quorumFilesOpenInQuorum();
    void iconsInEverySize_data();
    void iconsInEverySize();
    void iconsResolveFromTheTheme();
    void manPageIsClean();
    void manPageDocumentsEveryOption();

private:
    QString installed(const QString &path) const { return m_prefix + u'/' + path; }
    /// Runs a tool found on PATH; fails the test when it is missing.
    test::CommandRun runTool(const QString &tool, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_prefix;
};

namespace {

const QString kAppId = u"org.quorum.Quorum"_s;
const QString kMimeType = u"application/x-quorum"_s;

// The values of the metainfo's elements named `name` (with no xml:lang), in document order.
QStringList metainfoValues(const QByteArray &xml, const QString &name,
                           const QString &attribute = {}, const QString &attributeValue = {})
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != name)
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.hasAttribute(u"xml:lang"_s))
            continue;
        if (!attribute.isEmpty() && attributes.value(attribute) != attributeValue)
            continue;
        values.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    }
    return values;
}

} // namespace

test::CommandRun TestInstalledFiles::runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {-1, {}, tool + u" is not installed; scripts/deps installs it"_s};
    return test::runCommand(program, arguments);
}

void TestInstalledFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_prefix = m_dir.filePath(u"prefix"_s);
    const test::CommandRun install = test::runCommand(
        QStringLiteral(QUORUM_CMAKE),
        {u"--install"_s, QStringLiteral(QUORUM_BUILD_DIR), u"--prefix"_s, m_prefix});
    QVERIFY2(install.exitCode == 0, qPrintable(install.out + install.err));

    // What a package manager's triggers do after installing.
    const test::CommandRun mime = runTool(u"update-mime-database"_s, {installed(u"share/mime"_s)});
    QVERIFY2(mime.exitCode == 0, qPrintable(mime.err));
    QVERIFY2(!mime.err.contains(u"warning"_s, Qt::CaseInsensitive), qPrintable(mime.err));
    QVERIFY(QFile::exists(installed(u"share/mime/mime.cache"_s)));
    QCOMPARE(runTool(u"update-desktop-database"_s, {u"-q"_s, installed(u"share/applications"_s)})
                 .exitCode,
             0);
}

void TestInstalledFiles::binaryRuns()
{
    const test::CommandRun run = test::runCommand(installed(u"bin/quorum"_s), {u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"quorum %1\n"_s.arg(QStringLiteral(QUORUM_VERSION)));
}

void TestInstalledFiles::desktopEntryIsValid()
{
    const QString entry = installed(u"share/applications/%1.desktop"_s.arg(kAppId));
    const test::CommandRun run = runTool(u"desktop-file-validate"_s, {entry});
    // It exits 0 on warnings and hints: any output at all is a finding.
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out + run.err, QString());

    const QString text = QString::fromUtf8(test::readFile(entry));
    QVERIFY(text.contains(u"\nExec=quorum %f\n"_s));
    QVERIFY(text.contains(u"\nIcon=%1\n"_s.arg(kAppId)));
    QVERIFY(text.contains(u"\nMimeType=%1;\n"_s.arg(kMimeType)));
}

void TestInstalledFiles::metainfoIsValid()
{
    const QString metainfo = installed(u"share/metainfo/%1.metainfo.xml"_s.arg(kAppId));
    QVERIFY(QFile::exists(metainfo));
    // --strict fails on anything above a pedantic hint: errors, warnings and infos.
    const test::CommandRun file =
        runTool(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--strict"_s, metainfo});
    QVERIFY2(file.exitCode == 0, qPrintable(file.out + file.err));
    // The installed tree as a whole: the metainfo with the desktop entry it launches.
    const test::CommandRun tree =
        runTool(u"appstreamcli"_s, {u"validate-tree"_s, u"--no-net"_s, u"--strict"_s, m_prefix});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.out + tree.err));
    const QRegularExpression finding(u"^[EWI]: "_s, QRegularExpression::MultilineOption);
    QVERIFY2(!finding.match(file.out + tree.out).hasMatch(), qPrintable(file.out + tree.out));
}

void TestInstalledFiles::metainfoDescribesThisRelease()
{
    const QByteArray xml =
        test::readFile(installed(u"share/metainfo/%1.metainfo.xml"_s.arg(kAppId)));
    QCOMPARE(metainfoValues(xml, u"launchable"_s), QStringList{kAppId + u".desktop"_s});
    QCOMPARE(metainfoValues(xml, u"mediatype"_s), QStringList{kMimeType});
    QCOMPARE(metainfoValues(xml, u"binary"_s), QStringList{u"quorum"_s});
    QCOMPARE(metainfoValues(xml, u"content_rating"_s, u"type"_s, u"oars-1.1"_s).size(), 1);
    QVERIFY(!metainfoValues(xml, u"description"_s).value(0).isEmpty());

    // The newest release is this version.
    QXmlStreamReader reader(xml);
    QString newest;
    while (!reader.atEnd() && newest.isEmpty()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"release")
            newest = reader.attributes().value(u"version"_s).toString();
    }
    QCOMPARE(newest, QStringLiteral(QUORUM_VERSION));

    // Screenshots are the repository's own, by their address on the project's site.
    const QStringList images = metainfoValues(xml, u"image"_s);
    QVERIFY(!images.isEmpty());
    for (const QString &image : images) {
        const QString prefix = u"https://github.com/quorum-app/quorum/raw/main/"_s;
        QVERIFY2(image.startsWith(prefix), qPrintable(image));
        QVERIFY2(QFile::exists(QStringLiteral(QUORUM_SOURCE_DIR) + u'/' + image.mid(prefix.size())),
                 qPrintable(image));
    }
}

void TestInstalledFiles::quorumFilesOpenInQuorum()
{
    // The MIME database as an application sees it with the prefix on XDG_DATA_DIRS.
    qputenv("XDG_DATA_DIRS", (installed(u"share"_s) + u":/usr/share"_s).toLocal8Bit());
    const QMimeType type =
        QMimeDatabase().mimeTypeForFile(u"report.quorum"_s, QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), kMimeType);
    QVERIFY(type.inherits(u"application/json"_s));
    QCOMPARE(type.iconName(), u"application-x-quorum"_s);
    QCOMPARE(type.comment(), u"Quorum article"_s);

    // The desktop database names Quorum for the type.
    const QString cache =
        QString::fromUtf8(test::readFile(installed(u"share/applications/mimeinfo.cache"_s)));
    QVERIFY2(cache.contains(u"\n%1=%2.desktop;"_s.arg(kMimeType, kAppId)), qPrintable(cache));
}

void TestInstalledFiles::iconsInEverySize_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    for (const QString &icon : {u"apps/org.quorum.Quorum"_s, u"mimetypes/application-x-quorum"_s}) {
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = u"share/icons/hicolor/%1x%1/%2.png"_s.arg(size).arg(icon);
            QTest::newRow(qPrintable(path)) << path << size;
        }
        const QString svg = u"share/icons/hicolor/scalable/%1.svg"_s.arg(icon);
        QTest::newRow(qPrintable(svg)) << svg << 0;
    }
}

void TestInstalledFiles::iconsInEverySize()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    if (size == 0) {
        QXmlStreamReader svg(test::readFile(installed(path)));
        QVERIFY(svg.readNextStartElement());
        QCOMPARE(svg.name(), u"svg"_s);
        return;
    }
    const QImage image(installed(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
}

void TestInstalledFiles::iconsResolveFromTheTheme()
{
    // Looked up by name as the desktop does: the prefix first, the system's hicolor after it.
    QIcon::setThemeSearchPaths({installed(u"share/icons"_s), u"/usr/share/icons"_s});
    QIcon::setThemeName(u"hicolor"_s);
    for (const QString &name : {kAppId, u"application-x-quorum"_s}) {
        QVERIFY2(QIcon::hasThemeIcon(name), qPrintable(name));
        QCOMPARE(QIcon::fromTheme(name).pixmap(48, 48).size(), QSize(48, 48));
    }
}

void TestInstalledFiles::manPageIsClean()
{
    const QString page = installed(u"share/man/man1/quorum.1.gz"_s);
    QVERIFY(QFile::exists(page));
    qputenv("MANWIDTH", "80");
    const test::CommandRun run =
        runTool(u"man"_s, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, page});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString()); // groff's warnings
    QVERIFY(run.out.contains(u"quorum - write consensus reports"_s));
}

void TestInstalledFiles::manPageDocumentsEveryOption()
{
    // Every option the command line parses, read from its sources, and --lang.
    QStringList options{u"lang"_s, u"version"_s, u"help"_s};
    const QRegularExpression declared(uR"re(QCommandLineOption\s+\w+\(\s*\{?u"([a-z-]+)"_s)re"_s);
    const QDir app(QStringLiteral(QUORUM_SOURCE_DIR) + u"/app"_s);
    for (const QString &file : app.entryList({u"cli*.cpp"_s})) {
        const QString source = QString::fromUtf8(test::readFile(app.filePath(file)));
        for (const QRegularExpressionMatch &match : declared.globalMatch(source))
            options.append(match.captured(1));
    }
    QVERIFY(options.contains(u"page-size"_s));
    const QString page = QString::fromUtf8(
        test::readFile(QStringLiteral(QUORUM_SOURCE_DIR) + u"/packaging/quorum.1"_s));
    for (const QString &option : std::as_const(options)) {
        QString escaped = option;
        escaped.replace(u'-', u"\\-"_s);
        QVERIFY2(page.contains(u"\\-\\-"_s + escaped), qPrintable(u"--"_s + option));
    }
}

QUORUM_TEST_MAIN(TestInstalledFiles)
#include "tst_installedfiles.moc"
