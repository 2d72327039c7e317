// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

class QMainWindow;

namespace quorum {

class ArticleDocument;

/// What File ▸ Export writes.
enum class ExportKind
{
    Page,
    Pdf,
    Markdown
};

/// File ▸ Export: asks where, then writes the article of `document` as a standalone web page,
/// a PDF or Markdown beside its file. Success shows in the status bar of `window`, a failure
/// in a message box. A PDF is printed in the background; the window stays usable meanwhile.
void exportArticle(QMainWindow *window, const ArticleDocument *document, ExportKind kind);

} // namespace quorum
