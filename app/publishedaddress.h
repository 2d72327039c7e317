// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

class QWidget;

namespace quorum {

class ArticleDocument;
class SlugField;

/// Makes `field` ask the writer, in a message box over `window`, before the slug of a
/// published post changes: links to the post point at its address. Keeping it is the default.
void askBeforeMovingPublishedPosts(SlugField *field, const ArticleDocument *document,
                                   QWidget *window);

} // namespace quorum
