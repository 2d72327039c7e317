// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QMenu>

namespace quorum {

class ArticleDocument;

/// The Publish menu of the window: everything about sites and publishing the open article.
/// The window only adds it to its menu bar.
class PublishingMenu : public QMenu
{
    Q_OBJECT

public:
    PublishingMenu(ArticleDocument *document, QWidget *parent);

private:
    ArticleDocument *m_document;
};

} // namespace quorum
