// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
constexpr int kMaxRecentFiles = 10;
const auto kRecentKey = u"files/recent"_s;
} // namespace

RecentFilesMenu::RecentFilesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    // Built when shown, so that a file opened in another window appears here too.
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

QStringList RecentFilesMenu::files()
{
    return QSettings().value(kRecentKey).toStringList();
}

void RecentFilesMenu::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        const bool exists = QFileInfo::exists(path);
        // &1 … &9, then 1&0: every entry has a mnemonic for keyboard users.
        const QString mnemonic = number < 10 ? u"&%1"_s.arg(number) : u"1&0"_s;
        QAction *action = addAction(u"%1  %2"_s.arg(mnemonic, QDir::toNativeSeparators(path)), this,
                                    [this, path] { emit fileChosen(path); });
        action->setEnabled(exists);
        if (!exists)
            action->setToolTip(tr("This file no longer exists."));
        ++number;
    }
    if (list.isEmpty()) {
        addAction(tr("No recent articles"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [] { QSettings().remove(kRecentKey); });
}

} // namespace quorum
