// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

class Hunspell;

namespace quorum {

/// One loaded Hunspell dictionary (an .aff and .dic pair). Hunspell takes and gives words in
/// the dictionary's own encoding (UTF-8, ISO-8859-1 and others, as its .aff file says); this
/// converts, and remembers what it checked, since a highlighter asks about the same words on
/// every keystroke.
class HunspellDictionary
{
public:
    /// Loads the dictionary `affPath` and `dicPath` describe, or returns nullptr and says why
    /// in `error`.
    static std::unique_ptr<HunspellDictionary> load(const QString &affPath, const QString &dicPath,
                                                    QString *error);
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    /// The dictionary's name, such as "en_US".
    QString name() const { return m_name; }
    /// The encoding its .aff file declares.
    QString encoding() const { return m_encodingName; }

    /// False when Hunspell does not know `word`; true also for a word the encoding cannot
    /// hold, since Hunspell cannot judge it.
    bool isCorrect(const QString &word);
    QStringList suggestions(const QString &word, int limit);
    /// Accepts `word` (and the forms Hunspell derives for its case) from now on.
    void addWord(const QString &word);

private:
    HunspellDictionary() = default;
    class Codec;

    std::optional<std::string> encode(const QString &word) const;
    QString decode(const std::string &word) const;

    QString m_name;
    QString m_encodingName;
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<Codec> m_codec;
    QHash<QString, bool> m_checked;
    QSet<QString> m_added;
};

} // namespace quorum
