// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QHash>
#include <QStackedWidget>

namespace quorum {

class ArticleDocument;
class MarkdownEdit;
class SectionEditor;

/// Shows the editor made for the kind of the section being edited. One editor per kind is
/// made the first time it is needed and kept, so switching sections only refills it.
class SectionEditorStack : public QStackedWidget
{
    Q_OBJECT

public:
    explicit SectionEditorStack(ArticleDocument *document, QWidget *parent = nullptr);

    /// Shows the editor of the section with `id` (no editor for an unknown id).
    void showSection(const QString &id);
    /// The editor shown now, or nullptr.
    SectionEditor *currentEditor() const;
    /// The editor for `kind`, made when first asked for.
    SectionEditor *editorFor(SectionKind kind);

signals:
    /// The Markdown editor `edit` of the shown section moved its cursor (the preview follows).
    void markdownCursorMoved(const QString &sectionId, MarkdownEdit *edit);
    /// The shown editor's spelling dictionary changed (the article's language did) and there is
    /// none for the new language: `reason` says so, for the window to show.
    void spellingUnavailable(const QString &reason);

private:
    ArticleDocument *m_document;
    QHash<int, SectionEditor *> m_editors; ///< by SectionKind; kinds may share one editor
    bool m_switching = false;
};

} // namespace quorum
