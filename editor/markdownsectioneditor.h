// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "sectioneditor.h"

#include <QHash>

namespace quorum {

/// The editor of Introduction, Text and Conclusion sections: the heading, then the section's
/// Markdown in a MarkdownEdit. Every keystroke goes to the document as a mergeable edit (word-
/// sized undo steps); Undo and Redo in the text undo the article. A change made elsewhere
/// (undo, redo, replace) is applied as the smallest edit, keeping the scroll position, and
/// the cursor goes to where the text changed, as in a text editor. The spelling dictionary
/// follows the article's language. Each section keeps its cursor and scroll position while
/// another one is shown.
class MarkdownSectionEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit MarkdownSectionEditor(ArticleDocument *document, QWidget *parent = nullptr);

    MarkdownEdit *markdownEdit() const override { return m_edit; }
    /// Handles TextField::Markdown of the shown section; the base handles the heading.
    bool revealText(const TextLocation &location) override;

protected:
    void refreshBody(const Section &section) override;
    void clearBody() override;

private:
    struct Place
    {
        int cursor = 0;
        int anchor = 0;
        int scroll = 0;
    };

    void commitText();
    void followLanguage();
    void rememberPlace();

    MarkdownEdit *m_edit;
    QString m_shownId; ///< the section the text belongs to
    QHash<QString, Place> m_places;
    bool m_applying = false; ///< the text is being set from the document, not typed
};

} // namespace quorum
