// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "plainsectioneditor.h"

#include "articledocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

PlainSectionEditor::PlainSectionEditor(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_kindLabel(new QLabel(this))
    , m_heading(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_voices(new QLabel(this))
{
    m_heading->setAccessibleName(tr("Section heading"));
    m_text->setAccessibleName(tr("Section text"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_voices->setWordWrap(true);
    m_voices->setTextFormat(Qt::PlainText);
    QFont kindFont = m_kindLabel->font();
    kindFont.setBold(true);
    m_kindLabel->setFont(kindFont);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kindLabel);
    auto *form = new QFormLayout;
    form->addRow(tr("&Heading:"), m_heading);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_voices);

    connect(m_heading, &QLineEdit::textEdited, this, &PlainSectionEditor::commit);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PlainSectionEditor::commit);
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

void PlainSectionEditor::showSection(const QString &id)
{
    m_sectionId = m_document->section(id) ? id : QString();
    refresh();
}

QString PlainSectionEditor::textOf(const Section &section)
{
    switch (section.kind) {
    case SectionKind::TlDr:
        return section.bullets.join(u'\n');
    case SectionKind::Verdict: {
        QStringList lines;
        for (const Stance &stance : section.stances)
            lines.append(u"%1: %2"_s.arg(stance.label, QString::number(stance.percent)));
        return lines.join(u'\n');
    }
    default:
        return section.markdown;
    }
}

void PlainSectionEditor::applyText(Section *section, const QString &text)
{
    switch (section->kind) {
    case SectionKind::TlDr:
        section->bullets = text.split(u'\n');
        break;
    case SectionKind::Verdict: {
        static const QRegularExpression line(u"^(.*?)\\s*:\\s*(\\d{1,3})\\s*%?\\s*$"_s);
        QList<Stance> stances;
        for (const QString &row : text.split(u'\n', Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch match = line.match(row);
            Stance stance;
            stance.label = match.hasMatch() ? match.captured(1) : row.trimmed();
            stance.percent = match.hasMatch() ? qMin(100, match.captured(2).toInt()) : 0;
            // Keep what a newer Quorum stored with a stance of the same label.
            for (const Stance &old : std::as_const(section->stances)) {
                if (old.label == stance.label)
                    stance.extra = old.extra;
            }
            stances.append(stance);
        }
        section->stances = stances;
        break;
    }
    default:
        section->markdown = text;
        break;
    }
}

void PlainSectionEditor::refresh()
{
    const Section *section = m_document->section(m_sectionId);
    setEnabled(section != nullptr);
    const QSignalBlocker headingBlocker(m_heading);
    const QSignalBlocker textBlocker(m_text);
    if (!section) {
        m_kindLabel->clear();
        m_heading->clear();
        m_text->clear();
        m_hint->clear();
        m_voices->clear();
        return;
    }
    m_kindLabel->setText(defaultSectionHeading(section->kind));
    if (m_heading->text() != section->heading)
        m_heading->setText(section->heading);
    const QString text = textOf(*section);
    if (m_text->toPlainText() != text) {
        const int position = m_text->textCursor().position();
        m_text->setPlainText(text);
        QTextCursor cursor = m_text->textCursor();
        cursor.setPosition(qMin(position, int(text.size())));
        m_text->setTextCursor(cursor);
    }
    switch (section->kind) {
    case SectionKind::TlDr:
        m_hint->setText(tr("One bullet per line."));
        break;
    case SectionKind::Verdict:
        m_hint->setText(section->stancesFromVoices
                            ? tr("The split is computed from the forum voices' stances.")
                            : tr("One stance per line, such as “Skeptical: 60”."));
        break;
    case SectionKind::ForumVoices:
        m_hint->setText(tr("The lead sentence, in Markdown. The voices follow it."));
        break;
    default:
        m_hint->setText(tr("Markdown: **bold**, *italic*, [links](https://example.org), lists "
                           "and tables."));
        break;
    }
    QStringList voices;
    for (const Voice &voice : section->voices)
        voices.append(u"“%1” — %2, %3"_s.arg(voice.quote.simplified(), voice.author, voice.forum));
    m_voices->setText(voices.join(u'\n'));
    m_voices->setVisible(!voices.isEmpty());
}

void PlainSectionEditor::commit()
{
    const Section *current = m_document->section(m_sectionId);
    if (!current)
        return;
    Section edited = *current;
    edited.heading = m_heading->text();
    applyText(&edited, m_text->toPlainText());
    m_committing = true;
    m_document->setSection(edited, /*mergeable=*/true);
    m_committing = false;
}

} // namespace quorum
