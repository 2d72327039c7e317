// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishingmenu.h"

namespace quorum {

PublishingMenu::PublishingMenu(ArticleDocument *document, QWidget *parent)
    : QMenu(tr("&Publish"), parent)
    , m_document(document)
{
    QAction *publish = addAction(tr("&Publish…"));
    publish->setEnabled(false);
    publish->setToolTip(tr("Publishing from the window is not available yet"));
}

} // namespace quorum
