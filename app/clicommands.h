// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QStringList>

// The subcommands, one function each, taking the whole argv and returning the exit code.
// cli.cpp dispatches to them.
namespace quorum::cli {

// cliarticle.cpp
int render(const QStringList &arguments);
int check(const QStringList &arguments);

// cliexport.cpp
int exportArticle(const QStringList &arguments);
/// True when `arguments` parse as an export that writes a PDF (`--pdf OUT`, `--pdf=OUT`, and
/// the other spellings the parser takes), which needs Qt WebEngine.
bool exportWritesPdf(const QStringList &arguments);

// clipublishing.cpp
int sites(const QStringList &arguments);
int publish(const QStringList &arguments);
int pull(const QStringList &arguments);

} // namespace quorum::cli
