// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownsectioneditor.h"

#include "articledocument.h"
#include "markdownedit.h"
#include "undorouting.h"

#include <QScrollBar>
#include <QVBoxLayout>

namespace quorum {

MarkdownSectionEditor::MarkdownSectionEditor(ArticleDocument *document, QWidget *parent)
    : SectionEditor(document, parent)
    , m_edit(new MarkdownEdit(this))
{
    bodyLayout()->addWidget(m_edit, 1);
    routeUndoToDocument(m_edit, document);
    m_edit->setUndoStack(document->undoStack());
    connect(m_edit, &QPlainTextEdit::textChanged, this, &MarkdownSectionEditor::commitText);
    connect(document, &ArticleDocument::metaChanged, this, &MarkdownSectionEditor::followLanguage);
    connect(document, &ArticleDocument::articleReset, this, [this] {
        m_places.clear();
        followLanguage();
    });
    followLanguage();
}

bool MarkdownSectionEditor::revealText(const TextLocation &location)
{
    if (location.sectionId != sectionId() || location.field != TextField::Markdown)
        return SectionEditor::revealText(location);
    const int size = int(m_edit->document()->characterCount() - 1);
    QTextCursor cursor = m_edit->textCursor();
    if (location.start < 0) {
        cursor.select(QTextCursor::Document);
    } else {
        cursor.setPosition(std::min(int(location.start), size));
        cursor.setPosition(std::min(int(location.start + location.length), size),
                           QTextCursor::KeepAnchor);
    }
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

void MarkdownSectionEditor::refreshBody(const Section &shown)
{
    if (shown.id != m_shownId) {
        rememberPlace();
        m_shownId = shown.id;
        m_applying = true;
        m_edit->setPlainText(shown.markdown);
        m_applying = false;
        const Place place = m_places.value(shown.id);
        const int size = int(shown.markdown.size());
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(std::min(place.anchor, size));
        cursor.setPosition(std::min(place.cursor, size), QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
        m_edit->verticalScrollBar()->setValue(place.scroll);
        return;
    }

    const QString current = m_edit->markdown();
    const QString &wanted = shown.markdown;
    if (current == wanted)
        return;
    // The smallest replacement that turns the shown text into the section's: the rest of the
    // text, its layout and the scroll position stay as they are.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(current.size(), wanted.size());
    while (prefix < shorter && current.at(prefix) == wanted.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           current.at(current.size() - 1 - suffix) == wanted.at(wanted.size() - 1 - suffix))
        ++suffix;
    const QString inserted = wanted.mid(prefix, wanted.size() - suffix - prefix);

    QTextCursor cursor(m_edit->document());
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(current.size() - suffix), QTextCursor::KeepAnchor);
    m_applying = true;
    cursor.insertText(inserted);
    m_applying = false;
    // The cursor goes where the text changed: after what came back, where something went.
    cursor.setPosition(int(prefix + inserted.size()));
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
}

void MarkdownSectionEditor::clearBody()
{
    rememberPlace();
    m_shownId.clear();
    m_applying = true;
    m_edit->clear();
    m_applying = false;
}

void MarkdownSectionEditor::commitText()
{
    const Section *shown = section();
    if (m_applying || !shown)
        return;
    Section edited = *shown;
    edited.markdown = m_edit->markdown();
    commit(edited, /*mergeable=*/true);
}

void MarkdownSectionEditor::followLanguage()
{
    m_edit->setLanguage(document()->article().meta.language);
}

void MarkdownSectionEditor::rememberPlace()
{
    if (m_shownId.isEmpty() || !document()->section(m_shownId))
        return;
    const QTextCursor cursor = m_edit->textCursor();
    m_places.insert(m_shownId,
                    {cursor.position(), cursor.anchor(), m_edit->verticalScrollBar()->value()});
}

} // namespace quorum
