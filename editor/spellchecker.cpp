// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "spellchecker.h"

#include "datafolder.h"
#include "hunspelldictionary.h"
#include "personalwordlist.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

Q_LOGGING_CATEGORY(lcSpelling, "quorum.spelling")

// What SpellCheckers share while at least one of them uses it: loaded dictionaries (by the
// path of their .dic file) and the personal word list.
struct SharedSpelling
{
    QHash<QString, std::weak_ptr<HunspellDictionary>> dictionaries;
    std::weak_ptr<PersonalWordList> personal;
};

SharedSpelling &shared()
{
    static SharedSpelling spelling;
    return spelling;
}

std::shared_ptr<PersonalWordList> sharedPersonalWordList()
{
    const QString path = SpellChecker::personalWordListPath();
    std::shared_ptr<PersonalWordList> list = shared().personal.lock();
    if (!list || list->path() != path) {
        list = std::make_shared<PersonalWordList>(path);
        shared().personal = list;
    }
    return list;
}

// The dictionary names that serve `language`, best first: "en-GB" gives en_GB, then the
// language's usual region ("en" gives en_US, "nb" and "no" nb_NO), then the language alone.
QStringList dictionaryNames(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(u'-', u'_');
    const QStringList parts = tag.split(u'_', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QStringList names;
    if (parts.size() >= 2)
        names.append(parts.at(0).toLower() + u'_' + parts.at(1).toUpper());
    if (const QLocale locale(tag); locale.language() != QLocale::C)
        names.append(locale.name());
    names.append(parts.at(0).toLower());
    names.removeDuplicates();
    return names;
}

} // namespace

SpellChecker::SpellChecker(QObject *parent)
    : QObject(parent)
    , m_personal(sharedPersonalWordList())
{
    connect(m_personal.get(), &PersonalWordList::wordAdded, this, [this](const QString &word) {
        if (m_dictionary)
            m_dictionary->addWord(word);
        emit dictionaryChanged();
    });
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && (m_dictionary || !m_unavailableReason.isEmpty()))
        return;
    m_language = language;
    m_dictionary.reset();
    m_unavailableReason.clear();

    const QStringList names = dictionaryNames(language);
    const QStringList directories = dictionaryDirectories();
    QString aff;
    QString dic;
    for (const QString &directory : directories) {
        for (const QString &name : names) {
            const QDir dir(directory);
            if (dir.exists(name + u".aff"_s) && dir.exists(name + u".dic"_s)) {
                aff = dir.filePath(name + u".aff"_s);
                dic = dir.filePath(name + u".dic"_s);
                break;
            }
        }
        if (!dic.isEmpty())
            break;
    }

    if (names.isEmpty()) {
        m_unavailableReason = tr("The article has no language, so its spelling is not checked.");
    } else if (dic.isEmpty()) {
        m_unavailableReason =
            tr("No spelling dictionary for the article's language (%1) is installed, so its "
               "spelling is not checked.")
                .arg(language);
        qCInfo(lcSpelling) << "no dictionary" << names << "in" << directories;
    } else if ((m_dictionary = shared().dictionaries.value(dic).lock())) {
        // Already loaded for another editor.
    } else {
        QString error;
        std::shared_ptr<HunspellDictionary> loaded = HunspellDictionary::load(aff, dic, &error);
        if (loaded) {
            for (const QString &word : m_personal->words())
                loaded->addWord(word);
            shared().dictionaries.insert(dic, loaded);
            m_dictionary = std::move(loaded);
        } else {
            m_unavailableReason = error;
        }
    }
    emit dictionaryChanged();
}

QString SpellChecker::dictionaryName() const
{
    return m_dictionary ? m_dictionary->name() : QString();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    return !m_dictionary || m_personal->contains(word) || m_dictionary->isCorrect(word);
}

QStringList SpellChecker::suggestions(const QString &word, int limit) const
{
    return m_dictionary ? m_dictionary->suggestions(word, limit) : QStringList();
}

bool SpellChecker::addToDictionary(const QString &word, QString *error)
{
    QString reason;
    if (m_personal->add(word, &reason))
        return true;
    qCWarning(lcSpelling) << reason;
    if (error)
        *error = reason;
    return false;
}

QString SpellChecker::personalWordListPath()
{
    return dataFolder() + u"/personal-words.txt"_s;
}

QStringList SpellChecker::dictionaryDirectories()
{
    QStringList directories =
        qEnvironmentVariable("DICPATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    directories += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"hunspell"_s,
                                             QStandardPaths::LocateDirectory);
    directories += {u"/usr/share/hunspell"_s, u"/usr/local/share/hunspell"_s,
                    u"/usr/share/myspell"_s, u"/usr/share/myspell/dicts"_s};
    directories.removeDuplicates();
    return directories;
}

} // namespace quorum
