// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textlocation.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace quorum {

class ArticleDocument;
class MarkdownEdit;
struct Section;

/// The editor of one kind of section: it shows the heading of the section it is given and
/// leaves the body to its subclass. Edits go to the document as undo commands (mergeable while
/// typing); changes made elsewhere (undo, redo, replace) come back through refreshBody().
class SectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SectionEditor(ArticleDocument *document, QWidget *parent = nullptr);

    /// Shows the section with `id`; an unknown id shows nothing and disables the editor.
    void showSection(const QString &id);
    QString sectionId() const { return m_sectionId; }
    QLineEdit *headingEdit() const { return m_heading; }

    /// The Markdown editor of this kind (the text of Introduction, Text and Conclusion, the
    /// lead of Verdict and Forum Voices), or nullptr. The window follows its cursor.
    virtual MarkdownEdit *markdownEdit() const { return nullptr; }

    /// Brings `location` (in the shown section) into view, selects it and gives it focus.
    /// Returns false when this editor has no such field. The base handles the heading.
    virtual bool revealText(const TextLocation &location);

protected:
    ArticleDocument *document() const { return m_document; }
    /// The shown section, or nullptr.
    const Section *section() const;
    /// Where the subclass puts its widgets, below the heading.
    QVBoxLayout *bodyLayout() const { return m_body; }

    /// Shows `section` in the body; called by showSection() and whenever the section changes
    /// other than through this editor's own commit().
    virtual void refreshBody(const Section &section) = 0;
    /// Empties the body when no section is shown.
    virtual void clearBody() {}

    /// Sends `edited` (the shown section, changed) to the document. `mergeable` for typing,
    /// so that keystrokes merge into word-sized undo steps.
    void commit(const Section &edited, bool mergeable);

private:
    void refresh();

    ArticleDocument *m_document;
    QString m_sectionId;
    QLabel *m_kindLabel;
    QLineEdit *m_heading;
    QVBoxLayout *m_body;
    bool m_committing = false;
};

} // namespace quorum
