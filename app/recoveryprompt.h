// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

namespace quorum {

class MainWindow;

/// At start: for each recovery copy a Quorum left behind when it ended without saving, asks
/// whether to restore it (into `window` first, then into windows of their own), throw it away,
/// or keep it for later. Returns how many were restored.
int offerRecovery(MainWindow *window);

} // namespace quorum
