// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QPlainTextEdit>

namespace quorum {

/// The Markdown text editor used wherever an article holds Markdown.
class MarkdownEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEdit(QWidget *parent = nullptr);

    /// The article language (BCP 47, "en", "nb"): chooses the spelling dictionary.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

private:
    QString m_language;
};

} // namespace quorum
