// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "sectionoutline.h"
#include "testmain.h"
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

// The key of a text's mnemonic ("&Fil" → "f"), or an empty string when it has none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// The entries of `actions` that share a mnemonic with an earlier one, as "menu: a / b", and
// the same for every submenu.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList found;
    QHash<QString, QString> taken;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString key = mnemonic(action->text());
        if (!key.isEmpty()) {
            if (taken.contains(key))
                found.append(where + u": "_s + taken.value(key) + u" / "_s + action->text());
            taken.insert(key, action->text());
        }
        if (action->menu())
            found += clashes(where + u" > "_s + action->text(), action->menu()->actions());
    }
    return found;
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
    void sectionMenuOffersTheKindsInNorwegian();
    void mnemonicsDifferWithinEachMenu();
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
    QCOMPARE(titles, (QStringList{u"&Fil"_s, u"&Rediger"_s, u"&Vis"_s, u"&Publiser"_s,
                                  u"&Seksjon"_s, u"&Gjennomgang"_s, u"F&ormat"_s}));
}

void TestLocalizedWindow::menusAreNorwegian()
{
    QMenu *file = menuNamed(*m_window, u"&Fil"_s);
    QVERIFY(file);
    QCOMPARE(entries(file),
             (QStringList{u"&Ny"_s, u"&Åpne…"_s, u"Åpne nylig &brukte"_s, u"&Lagre"_s,
                          u"Lagre &som…"_s, u"&Gå tilbake til lagret versjon"_s, u"&Eksporter"_s,
                          u"Lu&kk vinduet"_s, u"&Avslutt"_s}));
    QMenu *edit = menuNamed(*m_window, u"&Rediger"_s);
    QVERIFY(edit);
    QCOMPARE(entries(edit),
             (QStringList{u"&Angre"_s, u"&Gjør om"_s, u"&Finn…"_s, u"&Erstatt…"_s, u"Finn &neste"_s,
                          u"Finn f&orrige"_s, u"&Innstillinger…"_s}));
    QVERIFY(entries(menuNamed(*m_window, u"&Vis"_s)).contains(u"Zoom &inn"_s));
    QMenu *publish = menuNamed(*m_window, u"&Publiser"_s);
    QVERIFY(publish);
    QCOMPARE(entries(publish),
             (QStringList{u"&Publiser…"_s, u"Publiser &til…"_s, u"&Oppdater fra nettsted"_s,
                          u"&Åpne fra nettsted…"_s, u"&Administrer nettsteder…"_s}));
    QMenu *section = menuNamed(*m_window, u"&Seksjon"_s);
    QVERIFY(section);
    QCOMPARE(entries(section), (QStringList{u"&Legg til seksjon"_s, u"&Endre navn på seksjon"_s,
                                            u"&Dupliser seksjon"_s, u"&Slett seksjon"_s,
                                            u"Flytt seksjon &opp"_s, u"Flytt seksjon &ned"_s}));
    QMenu *review = menuNamed(*m_window, u"&Gjennomgang"_s);
    QVERIFY(review);
    // After these come the docks' own entries, titled "Kontroller (2)" and so on.
    QCOMPARE(
        entries(review).mid(0, 5),
        (QStringList{u"&Status"_s, u"Legg til &kommentar…"_s, u"Lagre &revisjon…"_s,
                     u"Sammenlign med &lagret versjon"_s, u"Sammenlign med &publisert versjon"_s}));
    QMenu *status = review->actions().constFirst()->menu();
    QVERIFY(status);
    QCOMPARE(entries(status), (QStringList{u"Utkast"_s, u"Til gjennomgang"_s, u"Endringer ønsket"_s,
                                           u"Godkjent"_s, u"Publisert"_s, u"&Historikk"_s}));
    QMenu *format = menuNamed(*m_window, u"F&ormat"_s);
    QVERIFY(format);
    QCOMPARE(entries(format), (QStringList{u"&Fet"_s, u"&Kursiv"_s, u"&Lenke"_s}));
}

void TestLocalizedWindow::sectionMenuOffersTheKindsInNorwegian()
{
    // The Section menu is the outline's: its first entry adds a section of the kind chosen
    // from its submenu, which names the kinds in the interface's language, each with a key.
    QMenu *section = menuNamed(*m_window, u"&Seksjon"_s);
    QVERIFY(section);
    QCOMPARE(section->actions(), m_window->outline()->sectionActions());
    QAction *add = section->actions().constFirst();
    QCOMPARE(add->text(), u"&Legg til seksjon"_s);
    QVERIFY(add->menu());
    QStringList names;
    QStringList keys;
    for (const QString &entry : entries(add->menu())) {
        keys.append(mnemonic(entry));
        names.append(QString(entry).remove(u'&'));
    }
    QCOMPARE(names, (QStringList{u"Kort oppsummert"_s, u"Dom"_s, u"Innledning"_s,
                                 u"Stemmer fra forumene"_s, u"Tekst"_s, u"Konklusjon"_s}));
    QVERIFY2(!keys.contains(QString()), qPrintable(keys.join(u' ')));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());

    // Choosing a kind adds a section of it, headed in the article's language: a new article
    // speaks the interface's.
    ArticleDocument *document = m_window->document();
    QCOMPARE(document->article().meta.language, u"nb"_s);
    const QList<Section> before = document->article().sections;
    add->menu()->actions().at(4)->trigger();
    QCOMPARE(document->article().sections.size(), before.size() + 1);
    const auto added = std::find_if(
        document->article().sections.cbegin(), document->article().sections.cend(),
        [&before](const Section &section) {
            return std::none_of(before.cbegin(), before.cend(),
                                [&section](const Section &old) { return old.id == section.id; });
        });
    QVERIFY(added != document->article().sections.cend());
    QCOMPARE(added->kind, SectionKind::Text);
    QCOMPARE(added->heading, u"Ny seksjon"_s);
    document->undoStack()->undo();
    QCOMPARE(document->article().sections, before);
}

void TestLocalizedWindow::mnemonicsDifferWithinEachMenu()
{
    const QStringList found = clashes(u"menu bar"_s, m_window->menuBar()->actions());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
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

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestLocalizedWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_localizedwindow.moc"
