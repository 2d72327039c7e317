// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "contentrenderer.h"

#include <QList>
#include <QString>

namespace quorum {

enum class PreviewTheme
{
    System,
    Light,
    Dark
};

struct PreviewPageOptions
{
    PreviewTheme theme = PreviewTheme::System;
    /// Whether images from other hosts may load; local images always do.
    bool remoteImages = true;
    /// Rewrites the featured image's address (the content's images are rewritten by the
    /// renderer that made the sections).
    MarkdownRenderer::ImageResolver images;
};

/// The page around the post content: what a clean WordPress theme shows around a post (title,
/// author, date, categories, featured image) and the theme CSS. Each section's markup, exactly
/// as ContentRenderer made it, sits in a `<div class="quorum-section" data-section-id="…">`,
/// so that one section can be replaced on its own; sections out of view skip layout and
/// paint (`content-visibility: auto`). The page allows no script (its Content-Security-Policy has
/// no script source).
QString previewPageHtml(const Article &article,
                        const QList<ContentRenderer::RenderedSection> &sections,
                        const PreviewPageOptions &options = {});

/// The header of the page alone, to replace it when the metadata changes.
QString previewHeaderHtml(const Article &article, const PreviewPageOptions &options = {});

/// One section's wrapper with its markup.
QString previewSectionHtml(const ContentRenderer::RenderedSection &section);

/// The page's name for a theme ("light", "dark"); empty for System, which the page resolves
/// with prefers-color-scheme.
QString previewThemeName(PreviewTheme theme);

/// The theme stylesheet the page embeds.
QString previewStyleSheet();

} // namespace quorum
