// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "windowloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace quorum {

WindowModuleEntry loadWindowModule(const char *name, QString *error)
{
    // No application object exists yet (the module creates its own), so the executable's
    // folder comes from the kernel; it resolves the symbolic links on the way.
    const QString folder = QFileInfo(u"/proc/self/exe"_s).canonicalPath();
    QLibrary module(QDir(folder).filePath(QStringLiteral(QUORUM_WINDOW_MODULE)));
    if (!module.load()) {
        *error = module.errorString();
        return nullptr;
    }
    // The module stays loaded for the life of the process: QLibrary unloads only when asked.
    const auto entry = reinterpret_cast<WindowModuleEntry>(module.resolve(name));
    if (!entry)
        *error = module.errorString();
    return entry;
}

} // namespace quorum
