// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

Q_LOGGING_CATEGORY(lcDataFolder, "quorum.datafolder")

// Set when the old folder could not be moved: it stays the data folder until the next start.
QString &keptOldFolder()
{
    static QString folder;
    return folder;
}

QString newFolder()
{
    const QString application = QCoreApplication::applicationName();
    if (application.isEmpty())
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           application;
}

// Qt's AppDataLocation puts the organisation's name above the application's, which gave
// ~/.local/share/Quorum/Quorum. Empty when there is no such level.
QString oldFolder()
{
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return old == newFolder() ? QString() : old;
}

bool sameContents(const QString &a, const QString &b)
{
    QFile first(a);
    QFile second(b);
    if (!first.open(QIODevice::ReadOnly) || !second.open(QIODevice::ReadOnly) ||
        first.size() != second.size())
        return false;
    return first.readAll() == second.readAll();
}

// Renames the entries of `from` into `to` one by one, descending into folders both have.
// Each rename is recorded in `moved` so that a failure can take them all back.
class Merge
{
public:
    explicit Merge(QString oldRoot)
        : m_oldRoot(std::move(oldRoot))
    {}

    bool run(const QString &from, const QString &to)
    {
        const QFileInfoList entries = QDir(from).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        for (const QFileInfo &entry : entries) {
            const QString source = entry.filePath();
            const QString target = QDir(to).filePath(entry.fileName());
            const QFileInfo existing(target);
            if (target == m_oldRoot) {
                // The old folder lies inside the new one: its namesake in it has no place.
                conflicts.append(source);
            } else if (!existing.exists() && !existing.isSymLink()) {
                if (!QDir().rename(source, target)) {
                    error = u"Cannot move %1 to %2."_s.arg(source, target);
                    return false;
                }
                moved.append({source, target});
            } else if (entry.isDir() && !entry.isSymLink() && existing.isDir() &&
                       !existing.isSymLink()) {
                if (!run(source, target))
                    return false;
            } else if (entry.isFile() && existing.isFile() && sameContents(source, target)) {
                duplicates.append(source);
            } else {
                conflicts.append(source);
            }
        }
        return true;
    }

    /// Puts back what run() moved, newest first; false when something could not go back.
    bool undo()
    {
        bool all = true;
        for (auto it = moved.crbegin(); it != moved.crend(); ++it) {
            if (!QDir().rename(it->second, it->first)) {
                qCWarning(lcDataFolder) << "Could not move" << it->second << "back to" << it->first;
                all = false;
            }
        }
        return all;
    }

    QList<std::pair<QString, QString>> moved;
    QStringList duplicates;
    QStringList conflicts;
    QString error;

private:
    QString m_oldRoot;
};

// A lock file in the old folder that a running process holds (an earlier Quorum's recovery
// copy being written): moving would take the file from under it. Stale locks are removed.
QString heldLock(const QString &folder)
{
    QDirIterator it(folder, {u"*.lock"_s}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QLockFile lock(path);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            return path;
        lock.unlock();
    }
    return {};
}

// Removes the folders the merge emptied, deepest first; rmdir() leaves any that are not empty.
void removeEmptyFolders(const QString &root)
{
    QStringList folders;
    QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        folders.append(it.next());
    std::sort(folders.begin(), folders.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(folders))
        QDir().rmdir(folder);
    QDir().rmdir(root);
}

DataFolderMove kept(const QString &old, const QString &why)
{
    keptOldFolder() = old;
    qCWarning(lcDataFolder).noquote() << "Keeping the data folder" << old << "for now:" << why;
    return {DataFolderMove::Kept, {why}};
}

} // namespace

QString dataFolder()
{
    const QString &kept = keptOldFolder();
    return kept.isEmpty() ? newFolder() : kept;
}

DataFolderMove moveOldDataFolder()
{
    keptOldFolder().clear();
    const QString old = oldFolder();
    if (old.isEmpty() || !QFileInfo(old).isDir())
        return {};

    const QString target = newFolder();
    if (!QDir().mkpath(target))
        return kept(old, u"Cannot create the folder %1."_s.arg(target));
    // Two Quorums starting at once must not move the same files.
    QLockFile moving(target + u"/.moving.lock"_s);
    if (!moving.tryLock(10000))
        return kept(old, u"Another Quorum is moving the folder."_s);
    if (!QFileInfo(old).isDir())
        return {}; // the other one did it
    const QString held = heldLock(old);
    if (!held.isEmpty())
        return kept(old, u"A Quorum that is still running uses %1."_s.arg(held));

    Merge merge(old);
    if (!merge.run(old, target)) {
        const QString why = merge.undo()
                                ? merge.error
                                : merge.error + u' ' + u"Some files stayed in %1."_s.arg(target);
        return kept(old, why);
    }
    for (const QString &duplicate : std::as_const(merge.duplicates))
        QFile::remove(duplicate);
    removeEmptyFolders(old);

    DataFolderMove result{DataFolderMove::Moved, {}};
    for (const QString &conflict : std::as_const(merge.conflicts)) {
        result.notes.append(
            u"%1 stays where it is: %2 has a different file of that name."_s.arg(conflict, target));
        qCWarning(lcDataFolder).noquote() << result.notes.constLast();
    }
    qCInfo(lcDataFolder).noquote() << "Moved the data folder" << old << "to" << target;
    return result;
}

} // namespace quorum
