// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectioneditorstack.h"

#include "articledocument.h"
#include "markdownedit.h"
#include "markdownsectioneditor.h"
#include "spellchecker.h"
#include "tldreditor.h"
#include "verdicteditor.h"
#include "voiceseditor.h"

namespace quorum {

SectionEditorStack::SectionEditorStack(ArticleDocument *document, QWidget *parent)
    : QStackedWidget(parent)
    , m_document(document)
{}

SectionEditor *SectionEditorStack::editorFor(SectionKind kind)
{
    if (SectionEditor *editor = m_editors.value(int(kind)))
        return editor;
    SectionEditor *editor = nullptr;
    switch (kind) {
    case SectionKind::TlDr:
        editor = new TlDrEditor(m_document, this);
        break;
    case SectionKind::Verdict:
        editor = new VerdictEditor(m_document, this);
        break;
    case SectionKind::ForumVoices:
        editor = new VoicesEditor(m_document, this);
        break;
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        // The three prose kinds share one editor: the same widget, the same highlighter.
        for (SectionKind prose :
             {SectionKind::Introduction, SectionKind::Text, SectionKind::Conclusion}) {
            if ((editor = m_editors.value(int(prose))))
                break;
        }
        if (!editor)
            editor = new MarkdownSectionEditor(m_document, this);
        break;
    }
    if (indexOf(editor) < 0) {
        addWidget(editor);
        if (MarkdownEdit *edit = editor->markdownEdit()) {
            connect(edit, &QPlainTextEdit::cursorPositionChanged, this, [this, editor, edit] {
                // Refilling the editor on a switch moves the cursor too: the window shows the
                // section's start then, not where the cursor was left.
                if (currentWidget() == editor && !m_switching)
                    emit markdownCursorMoved(editor->sectionId(), edit);
            });
            SpellChecker *spelling = edit->spellChecker();
            connect(spelling, &SpellChecker::dictionaryChanged, this, [this, editor, spelling] {
                if (currentWidget() == editor && !spelling->isAvailable())
                    emit spellingUnavailable(spelling->unavailableReason());
            });
        }
    }
    m_editors.insert(int(kind), editor);
    return editor;
}

void SectionEditorStack::showSection(const QString &id)
{
    const Section *section = m_document->section(id);
    if (!section) {
        if (SectionEditor *editor = currentEditor())
            editor->showSection({});
        return;
    }
    SectionEditor *editor = editorFor(section->kind);
    m_switching = true;
    editor->showSection(id);
    setCurrentWidget(editor);
    m_switching = false;
}

SectionEditor *SectionEditorStack::currentEditor() const
{
    return qobject_cast<SectionEditor *>(currentWidget());
}

} // namespace quorum
