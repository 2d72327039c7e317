// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

namespace quorum {

class HunspellDictionary;
class PersonalWordList;

/// Spelling of one article language through Hunspell. The dictionary is chosen by the
/// language (BCP 47: "en" reads en_US, "nb" nb_NO, "en-GB" en_GB) from $DICPATH and the
/// system's hunspell folders; a loaded dictionary is shared by every SpellChecker of that
/// language while one of them lives, because loading one is slow. A personal word list, one
/// file for every language in the application's data directory, holds the words the writer
/// added. Without a dictionary nothing is misspelled and unavailableReason() says why.
class SpellChecker : public QObject
{
    Q_OBJECT

public:
    explicit SpellChecker(QObject *parent = nullptr);
    ~SpellChecker() override;

    /// Chooses the dictionary for `language` and loads it unless another SpellChecker has.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    /// True when a dictionary for the language is loaded.
    bool isAvailable() const { return m_dictionary != nullptr; }
    /// Why words are not checked (no language, no dictionary installed, an encoding Quorum
    /// cannot convert to), in words for the writer; empty when isAvailable().
    QString unavailableReason() const { return m_unavailableReason; }
    /// The dictionary in use, such as "en_US"; empty when none.
    QString dictionaryName() const;

    /// False when `word` is misspelled. A word in the personal word list is correct, and so
    /// is every word when no dictionary is available or the dictionary cannot spell it (its
    /// letters do not exist in the dictionary's encoding).
    bool isCorrect(const QString &word) const;
    /// Corrections for `word`, best first, at most `limit` of them.
    QStringList suggestions(const QString &word, int limit = 7) const;
    /// Adds `word` to the personal word list for every language and saves the list. The word
    /// counts as correct from now on even when saving fails (then `error` says why and this
    /// returns false).
    bool addToDictionary(const QString &word, QString *error = nullptr);

    /// The personal word list: personal-words.txt in dataFolder(), UTF-8,
    /// one word per line.
    static QString personalWordListPath();
    /// Where dictionaries are looked for, in order: $DICPATH, then the system's folders.
    static QStringList dictionaryDirectories();

signals:
    /// What isCorrect() answers may have changed: the language changed, or a word was added
    /// to the personal word list (through any SpellChecker). Highlighters check again.
    void dictionaryChanged();

private:
    QString m_language;
    QString m_unavailableReason;
    std::shared_ptr<HunspellDictionary> m_dictionary;
    std::shared_ptr<PersonalWordList> m_personal;
};

} // namespace quorum
