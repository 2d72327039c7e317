// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "modules.h"

#include "clicommands.h"
#include "clisupport.h"

int quorumRunPublishingCommand(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"sites")
        return quorum::cli::sites(arguments);
    if (command == u"publish")
        return quorum::cli::publish(arguments);
    if (command == u"pull")
        return quorum::cli::pull(arguments);
    if (command == u"update")
        return quorum::cli::update(arguments);
    return quorum::cli::ExitUsage; // cli.cpp sends nothing else here
}
