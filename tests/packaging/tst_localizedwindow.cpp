// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mainwindow.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "sectionoutline.h"
#include "translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The texts of a menu's entries, separators left out.
QStringList entries(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts.append(action->text());
    }
    return texts;
}

QMenu *menuNamed(const QMainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

// Quorum started as on a Norwegian desktop: ctest runs this suite with LANGUAGE=nb and the
// offscreen platform, and it starts the way main() does (translators for the system's
// languages, then the window).
class TestLocalizedWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainMenuIsNorwegian();
    void menusAreNorwegian();
    void windowIsNorwegian();
    void cleanupTestCase();

private:
    std::unique_ptr<MainWindow> m_window;
};

void TestLocalizedWindow::initTestCase()
{
    QCOMPARE(qgetenv("LANGUAGE"), QByteArray("nb"));
    QCOMPARE(installTranslators(QString()), u"nb"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->newArticle();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLocalizedWindow::mainMenuIsNorwegian()
{
    QStringList titles;
    for (const QAction *action : m_window->menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles,
             (QStringList{u"&Fil"_s, u"&Rediger"_s, u"&Vis"_s, u"&Publiser"_s, u"&Seksjon"_s}));
}

void TestLocalizedWindow::menusAreNorwegian()
{
    QMenu *file = menuNamed(*m_window, u"&Fil"_s);
    QVERIFY(file);
    QCOMPARE(entries(file), (QStringList{u"&Ny"_s, u"&Åpne…"_s, u"&Lagre"_s, u"Lagre &som…"_s,
                                         u"&Eksporter"_s, u"&Avslutt"_s}));
    QMenu *publish = menuNamed(*m_window, u"&Publiser"_s);
    QVERIFY(publish);
    QCOMPARE(entries(publish),
             (QStringList{u"&Publiser…"_s, u"Publiser &til…"_s, u"&Åpne fra nettsted…"_s,
                          u"&Administrer nettsteder…"_s}));
    QMenu *section = menuNamed(*m_window, u"&Seksjon"_s);
    QVERIFY(section);
    QMenu *add = section->actions().constFirst()->menu();
    QVERIFY(add);
    QCOMPARE(section->actions().constFirst()->text(), u"&Legg til seksjon"_s);
    QCOMPARE(entries(add),
             (QStringList{u"Kort oppsummert"_s, u"Nettets dom"_s, u"Innledning"_s,
                          u"Stemmer fra forumene"_s, u"Ny seksjon"_s, u"Konklusjon"_s}));
    QVERIFY(entries(menuNamed(*m_window, u"&Vis"_s)).contains(u"Zoom &inn"_s));
}

void TestLocalizedWindow::windowIsNorwegian()
{
    QVERIFY(m_window->windowTitle().startsWith(u"Uten navn"_s));
    QCOMPARE(m_window->outline()->model()->index(0, 0).data().toString(), u"Artikkeldetaljer"_s);
}

void TestLocalizedWindow::cleanupTestCase()
{
    m_window.reset();
}

int main(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestLocalizedWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localizedwindow.moc"
