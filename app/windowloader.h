// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "windowmodule.h"

namespace quorum {

/// Loads quorum-window.so from its place beside the executable (the same relative path in the
/// build tree as installed) and returns its entry `name` (kRunWindow, kRunPrintingCommand);
/// null with `error` set when either cannot be found.
WindowModuleEntry loadWindowModule(const char *name, QString *error);

} // namespace quorum
