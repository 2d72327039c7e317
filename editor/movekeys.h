// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QKeyEvent>

namespace quorum {

/// The modifiers of a key press without Qt::KeypadModifier, which the arrow keys of a
/// keypad add: Alt+Up there is Alt+Up.
inline Qt::KeyboardModifiers plainModifiers(const QKeyEvent *event)
{
    return event->modifiers() & ~Qt::KeypadModifier;
}

/// Alt+Up or Alt+Down: the editors' key for moving a row (a bullet, a stance, a kept line)
/// up or down.
inline bool isMoveKey(const QKeyEvent *event)
{
    return plainModifiers(event) == Qt::AltModifier &&
           (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down);
}

} // namespace quorum
