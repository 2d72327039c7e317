// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QObject>
#include <QSet>
#include <QString>

namespace quorum {

/// The words the writer added to the spelling dictionary, for every language: a UTF-8 file
/// with one word per line. One list is shared by every SpellChecker; it tells them when a word
/// is added, so that every editor stops underlining it.
class PersonalWordList : public QObject
{
    Q_OBJECT

public:
    /// Reads the list from `path` (an absent file is an empty list).
    explicit PersonalWordList(const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    const QSet<QString> &words() const { return m_words; }
    bool contains(const QString &word) const { return m_words.contains(word); }

    /// Adds `word` and saves the list, keeping words another Quorum added to the file
    /// meanwhile. The word is in the list even when saving fails (then false and `error`).
    bool add(const QString &word, QString *error);

signals:
    /// `word` was added (by any editor).
    void wordAdded(const QString &word);

private:
    static QSet<QString> read(const QString &path);

    QString m_path;
    QSet<QString> m_words;
};

} // namespace quorum
