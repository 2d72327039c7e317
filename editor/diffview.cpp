// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "diffview.h"

#include "reviewcolors.h"

#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace quorum {

DiffView::DiffView(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(u"diffView"_s);
    setAccessibleName(tr("Differences"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        const QString id = currentSectionId();
        if (id != m_current) {
            m_current = id;
            emit currentSectionChanged(id);
        }
    });
}

void DiffView::setDiff(const ArticleDiff &diff)
{
    m_diff = diff;
    render();
}

void DiffView::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    m_showUnchanged = show;
    render();
}

QString DiffView::sectionAt(int position) const
{
    for (const Range &range : m_ranges) {
        if (position >= range.start && position < range.end)
            return range.sectionId;
    }
    return {};
}

QString DiffView::currentSectionId() const
{
    return sectionAt(textCursor().position());
}

void DiffView::showSection(const QString &id)
{
    for (const Range &range : std::as_const(m_ranges)) {
        if (range.sectionId == id) {
            QTextCursor cursor(document());
            cursor.setPosition(range.start);
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
}

void DiffView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // the highlight colours come from the palette
}

void DiffView::render()
{
    const QString keep = m_current;
    {
        const QSignalBlocker blocker(this);
        renderDocument();
        setTextCursor(QTextCursor(document())); // the top, unless the same section is there
        if (!keep.isEmpty())
            showSection(keep);
    }
    m_current = currentSectionId();
    if (m_current != keep)
        emit currentSectionChanged(m_current);
}

void DiffView::renderDocument()
{
    clear();
    m_ranges.clear();
    QTextCursor cursor(document());
    const QPalette &colours = palette();

    QTextCharFormat plain;
    plain.setForeground(colours.color(QPalette::Text));
    QTextCharFormat inserted = plain;
    inserted.setBackground(diffInsertBackground(colours));
    QTextCharFormat deleted = plain;
    deleted.setBackground(diffDeleteBackground(colours));
    deleted.setFontStrikeOut(true);
    QTextCharFormat heading = plain;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(font().pointSizeF() * 1.15);
    QTextCharFormat note = plain;
    note.setForeground(colours.color(QPalette::PlaceholderText));
    note.setFontItalic(true);

    bool first = true;
    auto block = [&] {
        if (!first)
            cursor.insertBlock();
        first = false;
    };
    auto spans = [&](const QList<DiffSpan> &list) {
        block();
        for (const DiffSpan &span : list) {
            const QTextCharFormat &format = span.op == DiffSpan::Op::Insert   ? inserted
                                            : span.op == DiffSpan::Op::Delete ? deleted
                                                                              : plain;
            cursor.insertText(span.text, format);
        }
    };

    if (m_diff.isEmpty()) {
        block();
        cursor.insertText(tr("No differences."), note);
    }
    if (m_diff.metaChanged) {
        block();
        cursor.insertText(tr("Article details"), heading);
        spans(m_diff.meta);
    }
    for (const SectionDiff &section : std::as_const(m_diff.sections)) {
        const bool unchanged = section.change == SectionDiff::Change::Unchanged;
        if (unchanged && !section.moved && !m_showUnchanged) {
            // One quiet line, so that the changed sections keep their context.
            block();
            const int start = cursor.position();
            cursor.insertText(tr("%1 (unchanged)").arg(section.heading), note);
            m_ranges.append({start, cursor.position() + 1, section.sectionId});
            continue;
        }
        block();
        const int start = cursor.position();
        QString status;
        switch (section.change) {
        case SectionDiff::Change::Unchanged:
            status = section.moved ? tr("moved") : tr("unchanged");
            break;
        case SectionDiff::Change::Added:
            status = tr("added");
            break;
        case SectionDiff::Change::Removed:
            status = tr("removed");
            break;
        case SectionDiff::Change::Changed:
            status = tr("+%1 −%2 words").arg(section.wordsInserted).arg(section.wordsDeleted);
            if (section.moved)
                status += tr(", moved");
            break;
        }
        cursor.insertText(section.heading, heading);
        cursor.insertText(u"  "_s + status, note);
        spans(section.spans);
        m_ranges.append({start, cursor.position() + 1, section.sectionId});
    }
}

} // namespace quorum
