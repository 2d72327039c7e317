// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringList>

namespace quorum {

/// The folder for what Quorum keeps for the writer outside the articles (recovery copies, the
/// personal word list): the user's data folder named after the application, such as
/// ~/.local/share/Quorum beside the settings in ~/.config/Quorum. Quorum 0.1 used a level
/// more (~/.local/share/Quorum/Quorum, Qt's AppDataLocation with an organisation name); when
/// moving that folder failed, this is that old folder for the rest of the run.
QString dataFolder();

/// What moveOldDataFolder() did.
struct DataFolderMove
{
    enum Outcome
    {
        NothingToMove, ///< no old folder: the usual start
        Moved,         ///< the old folder's contents are in dataFolder() now
        Kept,          ///< the old folder could not be moved and stays in use for this run
    };

    Outcome outcome = NothingToMove;
    /// Why the folder was kept, or which files stayed behind because the new folder has a
    /// different file of the same name; each is also logged.
    QStringList notes;
};

/// Moves everything in Quorum 0.1's data folder into dataFolder(), once, at start, before
/// anything reads it. It merges into what the new folder already holds and never
/// overwrites: of two different files with one name, the old one stays where it is. When a
/// running Quorum still holds a lock in the old folder, or a move fails, what was moved goes
/// back and the old folder stays in use; nothing is ever deleted but a copy identical to
/// one already in the new folder.
DataFolderMove moveOldDataFolder();

} // namespace quorum
