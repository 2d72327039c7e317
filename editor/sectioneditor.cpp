// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectioneditor.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "sectionkinds.h"
#include "undorouting.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace quorum {

SectionEditor::SectionEditor(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kindLabel(new QLabel(this))
    , m_heading(new QLineEdit(this))
    , m_body(new QVBoxLayout)
{
    m_heading->setAccessibleName(tr("Section heading"));
    routeUndoToDocument(m_heading, document);
    QFont kindFont = m_kindLabel->font();
    kindFont.setBold(true);
    m_kindLabel->setFont(kindFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kindLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Heading:"), m_heading);
    layout->addLayout(form);
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);

    connect(m_heading, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (const Section *shown = section()) {
            Section edited = *shown;
            edited.heading = text;
            commit(edited, /*mergeable=*/true);
        }
    });
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        if (id == m_sectionId && !m_committing)
            refresh();
    });
    connect(document, &ArticleDocument::articleReset, this, [this] { showSection({}); });
    connect(document, &ArticleDocument::structureChanged, this, [this] {
        if (!m_document->section(m_sectionId))
            showSection({});
    });
    setEnabled(false);
}

void SectionEditor::showSection(const QString &id)
{
    m_sectionId = m_document->section(id) ? id : QString();
    refresh();
}

const Section *SectionEditor::section() const
{
    return m_document->section(m_sectionId);
}

bool SectionEditor::revealText(const TextLocation &location)
{
    if (location.sectionId != m_sectionId || location.field != TextField::Heading)
        return false;
    revealInLineEdit(m_heading, location.start, location.length);
    return true;
}

void SectionEditor::commit(const Section &edited, bool mergeable)
{
    m_committing = true;
    m_document->setSection(edited, mergeable);
    m_committing = false;
}

void SectionEditor::refresh()
{
    const Section *shown = section();
    setEnabled(shown != nullptr);
    if (!shown) {
        m_kindLabel->clear();
        m_heading->clear();
        clearBody();
        return;
    }
    m_kindLabel->setText(sectionKindName(shown->kind));
    if (m_heading->text() != shown->heading) {
        const QSignalBlocker blocker(m_heading);
        const int position = m_heading->cursorPosition();
        m_heading->setText(shown->heading);
        m_heading->setCursorPosition(position);
    }
    refreshBody(*shown);
}

} // namespace quorum
