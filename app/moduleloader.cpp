// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "modules.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace quorum {

QFunctionPointer loadModuleEntry(Module module, const char *name, QString *error)
{
    // The window module creates the application object itself, so the executable's folder
    // comes from the kernel; it resolves the symbolic links on the way.
    const QString folder = QFileInfo(u"/proc/self/exe"_s).canonicalPath();
    const QString file = module == Module::Window ? QStringLiteral(QUORUM_WINDOW_MODULE)
                                                  : QStringLiteral(QUORUM_PUBLISHING_MODULE);
    // QLibrary unloads only when asked to, so the module outlives this object.
    QLibrary library(QDir(folder).filePath(file));
    if (!library.load()) {
        *error = library.errorString();
        return nullptr;
    }
    const QFunctionPointer entry = library.resolve(name);
    if (!entry)
        *error = library.errorString();
    return entry;
}

} // namespace quorum
