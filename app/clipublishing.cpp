// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

namespace quorum::cli {

// Site profiles, publishing and pulling from the command line are not built yet.

int sites(const QStringList &arguments)
{
    return usageError(tr("“%1” is not available yet").arg(arguments.value(1)));
}

int publish(const QStringList &arguments)
{
    return sites(arguments);
}

int pull(const QStringList &arguments)
{
    return sites(arguments);
}

} // namespace quorum::cli
