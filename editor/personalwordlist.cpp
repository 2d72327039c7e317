// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "personalwordlist.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <algorithm>

namespace quorum {

PersonalWordList::PersonalWordList(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_words(read(path))
{}

QSet<QString> PersonalWordList::read(const QString &path)
{
    QSet<QString> words;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (const QString word = line.trimmed(); !word.isEmpty())
            words.insert(word);
    }
    return words;
}

bool PersonalWordList::add(const QString &word, QString *error)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n'))
        return true;
    const bool isNew = !m_words.contains(trimmed);
    m_words.insert(trimmed);
    if (isNew)
        emit wordAdded(trimmed);

    m_words.unite(read(m_path));
    QStringList sorted(m_words.cbegin(), m_words.cend());
    std::sort(sorted.begin(), sorted.end());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write((sorted.join(u'\n') + u'\n').toUtf8());
        if (file.commit())
            return true;
    }
    *error =
        tr("The personal word list %1 could not be saved: %2.").arg(m_path, file.errorString());
    return false;
}

} // namespace quorum
