// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QMap>

namespace quorum::test {

/// The sample article shipped in resources/samples/.
QString samplePath();
Article sampleArticle();

/// An article with every field of the model set, including members a newer Quorum might
/// write (kept in `extra`), for round-trip tests.
Article fullArticle();

/// A section of `kind` with a fixed id, so that rendered output is stable.
Section fixedSection(SectionKind kind, const QString &id);

/// fullArticle() without a binding and with what only the article kept on the site carries:
/// a comment (id "c1") with a reply, a review status with its history, a coding on each voice.
Article reviewedArticle();

/// A Text section with `id`, `heading` and `markdown`.
Section textSection(const QString &id, const QString &heading, const QString &markdown);

/// An article of two Text sections, "sa" (one paragraph) and "sb" (two).
Article twoTextSections();

/// Text that tries every way out of its place: script tags, handler attributes, javascript:
/// links, a comment closer, block delimiters of WordPress's own.
QString hostileText();
/// The sample article with hostileText() in every text field of the model.
Article hostileArticle();

/// Markdown that uses every feature the renderer knows, and some hostile text.
QString markdownFeatures();

/// Lists whose items hold what a list item of the block editor cannot: tables, code, quotes,
/// a separator, at the top level, nested and inside a quote, in ordered and bullet lists.
QString listBlocksMarkdown();

/// Posts as the block editor saves them, one file per core block (tests/fixtures/blockeditor),
/// by file name without its extension.
QMap<QString, QString> blockEditorPosts();
/// All of them in one post, in file name order.
QString allBlockEditorPosts();

/// The index of the first section of `kind` in `article`, or -1.
qsizetype indexOfKind(const Article &article, SectionKind kind);

/// Writes `bytes` to `path`; false when it could not.
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

} // namespace quorum::test
