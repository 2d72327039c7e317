// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownedit.h"

namespace quorum {

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setAccessibleName(tr("Section text"));
    setTabChangesFocus(true);
}

void MarkdownEdit::setLanguage(const QString &language)
{
    m_language = language;
}

} // namespace quorum
