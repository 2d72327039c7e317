// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QMenu>

namespace quorum {

/// The "Open Recent" menu: the last articles opened or saved, newest first, shared by every
/// window and remembered across starts (QSettings "files/recent").
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QWidget *parent = nullptr);

    static QStringList files();
    /// Puts `path` first; every open menu updates.
    static void add(const QString &path);

signals:
    void fileChosen(const QString &path);

private:
    void rebuild();
};

} // namespace quorum
