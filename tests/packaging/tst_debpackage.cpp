// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commandrun.h"
#include "golden.h"
#include "testarticles.h"
#include "testmain.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The Debian package, built by CPack from the build tree into a throwaway folder and unpacked
// into a throwaway root (dpkg -x): its dependencies are computed from the binary, it holds what
// `cmake --install` places with the licence and changelog Debian asks for, lintian finds no
// error or warning in it, and the binary in it runs from there on the system's libraries.
class TestDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dependenciesAreComputed();
    void holdsTheDesktopFiles();
    void carriesCopyrightAndChangelog();
    void lintianFindsNothing();
    void unpackedBinaryRuns();
    void unpackedBinaryRendersTheSample();
    void unpackedBinarySpeaksNorwegian();

private:
    test::CommandRun run(const QString &tool, const QStringList &arguments);
    QString unpacked(const QString &path) const { return m_root + u"/usr/"_s + path; }

    QTemporaryDir m_dir;
    QString m_package;
    QString m_root;
};

test::CommandRun TestDebPackage::run(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {-1, {}, tool + u" is not installed; scripts/deps installs it"_s};
    return test::runCommand(program, arguments);
}

void TestDebPackage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Only the system's libraries, as on a machine the package is installed on.
    qunsetenv("LD_LIBRARY_PATH");

    const QString build = QStringLiteral(QUORUM_BUILD_DIR);
    const test::CommandRun built =
        test::runCommand(QStringLiteral(QUORUM_CMAKE), {u"--build"_s, build, u"--target"_s,
                                                        u"quorum"_s, u"quorum_desktop_files"_s});
    QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));

    const QString output = m_dir.filePath(u"package"_s);
    const test::CommandRun cpack = test::runCommand(
        QStringLiteral(QUORUM_CPACK),
        {u"-G"_s, u"DEB"_s, u"-B"_s, output, u"--config"_s, build + u"/CPackConfig.cmake"_s});
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(output).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_package = QDir(output).filePath(debs.constFirst());
    QVERIFY2(m_package.endsWith(u"quorum_%1_amd64.deb"_s.arg(QStringLiteral(QUORUM_VERSION))),
             qPrintable(m_package));

    m_root = m_dir.filePath(u"root"_s);
    const test::CommandRun extract = run(u"dpkg"_s, {u"-x"_s, m_package, m_root});
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
}

void TestDebPackage::dependenciesAreComputed()
{
    const test::CommandRun fields = run(u"dpkg-deb"_s, {u"-f"_s, m_package, u"Depends"_s});
    QCOMPARE(fields.exitCode, 0);
    const QStringList depends = fields.out.trimmed().split(u", "_s);
    // dpkg-shlibdeps found the libraries the binary links, with their minimum versions.
    for (const QString &library :
         {u"libc6"_s, u"libqt6core6"_s, u"libqt6widgets6"_s, u"libqt6webenginewidgets6"_s,
          u"libqt6keychain1"_s, u"libgumbo1"_s}) {
        const auto found = std::find_if(depends.cbegin(), depends.cend(), [&](const QString &d) {
            return d.startsWith(library + u" (>= "_s);
        });
        QVERIFY2(found != depends.cend(), qPrintable(library + u" in "_s + fields.out));
    }
    // What the binary loads at run time, which no linker sees.
    QVERIFY(depends.contains(u"qt6-qpa-plugins"_s));
}

void TestDebPackage::holdsTheDesktopFiles()
{
    for (const QString &path : {u"bin/quorum"_s, u"share/applications/org.quorum.Quorum.desktop"_s,
                                u"share/metainfo/org.quorum.Quorum.metainfo.xml"_s,
                                u"share/mime/packages/org.quorum.Quorum.xml"_s,
                                u"share/icons/hicolor/scalable/apps/org.quorum.Quorum.svg"_s,
                                u"share/icons/hicolor/48x48/apps/org.quorum.Quorum.png"_s,
                                u"share/icons/hicolor/48x48/mimetypes/application-x-quorum.png"_s,
                                u"share/man/man1/quorum.1.gz"_s}) {
        QVERIFY2(QFileInfo::exists(unpacked(path)), qPrintable(path));
    }
    // The package leaves the MIME and desktop caches to the system's triggers.
    QVERIFY(!QFileInfo::exists(unpacked(u"share/mime/mime.cache"_s)));
    const test::CommandRun tree = run(
        u"appstreamcli"_s, {u"validate-tree"_s, u"--no-net"_s, u"--strict"_s, m_root + u"/usr"_s});
    QVERIFY2(tree.exitCode == 0, qPrintable(tree.out + tree.err));
}

void TestDebPackage::carriesCopyrightAndChangelog()
{
    // Debian's policy: the licence in the machine-readable format, and the history of a native
    // package (a version without a Debian revision) as changelog.gz.
    const QByteArray copyright = test::readFile(unpacked(u"share/doc/quorum/copyright"_s));
    QVERIFY(copyright.startsWith(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"));
    QVERIFY(copyright.contains("\nLicense: GPL-3.0-or-later\n"));

    const test::CommandRun changelog =
        run(u"gzip"_s, {u"-dc"_s, unpacked(u"share/doc/quorum/changelog.gz"_s)});
    QCOMPARE(changelog.exitCode, 0);
    QVERIFY2(changelog.out.startsWith(u"quorum (%1) "_s.arg(QStringLiteral(QUORUM_VERSION))),
             qPrintable(changelog.out.section(u'\n', 0, 0)));
    // Its latest entry is signed by the package's maintainer, a real address.
    const QString maintainer =
        run(u"dpkg-deb"_s, {u"-f"_s, m_package, u"Maintainer"_s}).out.trimmed();
    QVERIFY(changelog.out.contains(u"\n -- %1  "_s.arg(maintainer)));
    QVERIFY2(!maintainer.contains(u"example."_s) && !maintainer.contains(u"noreply"_s),
             qPrintable(maintainer));
}

void TestDebPackage::lintianFindsNothing()
{
    const test::CommandRun lintian = run(u"lintian"_s, {m_package});
    QVERIFY2(lintian.exitCode != -1, qPrintable(lintian.err));
    // Errors and warnings both: the package has none of either.
    const QStringList findings = lintian.out.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &finding : findings)
        QVERIFY2(!finding.startsWith(u"E: "_s) && !finding.startsWith(u"W: "_s),
                 qPrintable(lintian.out));
}

void TestDebPackage::unpackedBinaryRuns()
{
    const test::CommandRun version = test::runCommand(unpacked(u"bin/quorum"_s), {u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, u"quorum %1\n"_s.arg(QStringLiteral(QUORUM_VERSION)));
}

void TestDebPackage::unpackedBinaryRendersTheSample()
{
    const test::CommandRun blocks =
        test::runCommand(unpacked(u"bin/quorum"_s), {u"render"_s, test::samplePath()});
    QCOMPARE(blocks.exitCode, 0);
    QCOMPARE(blocks.err, QString());
    QCOMPARE(blocks.out, test::goldenText(u"sample.blocks.html"_s));

    const test::CommandRun page = test::runCommand(
        unpacked(u"bin/quorum"_s), {u"render"_s, test::samplePath(), u"--format"_s, u"page"_s});
    QCOMPARE(page.exitCode, 0);
    QVERIFY(page.out.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(page.out.contains(u"Can a Small Country Build Its Own Language Model?"_s));
}

void TestDebPackage::unpackedBinarySpeaksNorwegian()
{
    // The catalogues are inside the binary, so the packaged one finds them too.
    const test::CommandRun help =
        test::runCommand(unpacked(u"bin/quorum"_s), {u"--lang"_s, u"nb"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Bruk:\n"_s), qPrintable(help.out));
}

QUORUM_TEST_GUILESS_MAIN(TestDebPackage)
#include "tst_debpackage.moc"
