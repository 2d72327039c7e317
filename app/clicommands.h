// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QPageSize>
#include <QStringList>

// The subcommands, one function each, taking the whole argv and returning the exit code.
// cli.cpp dispatches to them.
namespace quorum::cli {

// cliarticle.cpp
int render(const QStringList &arguments);
int check(const QStringList &arguments);

// cliexport.cpp
int exportArticle(const QStringList &arguments);
/// Prints `article` (its images relative to `folder`) as a PDF to `pdfPath`, with or without
/// images from other hosts; returns the reason it failed, or an empty string.
using PdfPrinter = QString (*)(const Article &article, const QString &folder,
                               const QString &pdfPath, QPageSize::PageSizeId pageSize,
                               bool remoteImages);
/// What `export --pdf` prints with. The executable has none, as it has no Qt WebEngine: main()
/// hands such an export to the window module, which sets its printer first.
void setPdfPrinter(PdfPrinter printer);
/// True when `arguments` parse as an export that writes a PDF (`--pdf OUT`, `--pdf=OUT`, and
/// the other spellings the parser takes), which needs Qt WebEngine.
bool exportWritesPdf(const QStringList &arguments);

// cliplugin.cpp
int plugin(const QStringList &arguments);

// clipublishing.cpp, in the publishing module (modules.h), which cli.cpp loads to run them
int sites(const QStringList &arguments);
int publish(const QStringList &arguments);
int pull(const QStringList &arguments);
int update(const QStringList &arguments);

} // namespace quorum::cli
