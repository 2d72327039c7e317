// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// Where the build embeds the compiled catalogues (resources/translations/CMakeLists.txt).
QString catalogueDirectory()
{
    return u":/quorum/i18n"_s;
}

/// The translators installTranslators() installed last, removed when it is called again so that
/// the language it chooses is the only one asked.
QList<QTranslator *> g_installed;

// Installs the catalogue `name` (with the usual fallbacks: quorum_nb_NO, then quorum_nb) from
// `directory`, owned by the application; false when there is none.
bool install(const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(name, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_installed.append(translator);
    return true;
}

void removeInstalled()
{
    for (QTranslator *translator : std::as_const(g_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    g_installed.clear();
}

// English is the language of the source, but a message that counts ("%n words") has one
// plural-only text there: its English forms ("1 word", "2 words") come from this catalogue.
QString installEnglish()
{
    install(u"quorum_en"_s, catalogueDirectory());
    return {};
}

/// What installTranslators() chose, for the article language of new articles.
QString g_interfaceLanguage;

} // namespace

QString takeLanguageOption(QStringList *arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == u"--")
            break;
        if (argument.startsWith(u"--lang=")) {
            language = argument.mid(7);
            arguments->removeAt(i--);
        } else if (argument == u"--lang" && i + 1 < arguments->size()) {
            language = arguments->at(i + 1);
            arguments->remove(i--, 2);
        }
    }
    return language;
}

QString installTranslators(const QString &language)
{
    removeInstalled();
    g_interfaceLanguage.clear();
    QStringList candidates;
    if (language.isEmpty()) {
        candidates = QLocale::system().uiLanguages();
    } else {
        QLocale::setDefault(QLocale(language));
        candidates = {language};
    }
    for (const QString &candidate : std::as_const(candidates)) {
        const QLocale locale(candidate);
        // English is the source: an English speaker who also reads Norwegian gets English.
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return installEnglish();
        if (!install(u"quorum_"_s + locale.name(), catalogueDirectory()))
            continue;
        // Qt's strings (standard buttons, context menus, command line errors): Quorum's few
        // first, so that Qt's own catalogue, asked first because it is installed last, wins
        // where the system has one. Qt 6.4 has none for Norwegian Bokmål.
        install(u"quorum_qt_"_s + locale.name(), catalogueDirectory());
        install(u"qtbase_"_s + locale.name(), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        g_interfaceLanguage = locale.bcp47Name();
        return g_interfaceLanguage;
    }
    // No catalogue for any of them: the interface is English.
    return installEnglish();
}

QString interfaceLanguage()
{
    return g_interfaceLanguage;
}

} // namespace quorum
