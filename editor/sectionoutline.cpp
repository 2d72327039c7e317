// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectionoutline.h"

#include "articledocument.h"

#include <QSignalBlocker>

namespace quorum {

namespace {
constexpr int kSectionIdRole = Qt::UserRole;

QString labelFor(const Section &section)
{
    return section.heading.trimmed().isEmpty() ? defaultSectionHeading(section.kind)
                                               : section.heading;
}
} // namespace

SectionOutline::SectionOutline(ArticleDocument *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setAccessibleName(tr("Outline"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(document, &ArticleDocument::articleReset, this, &SectionOutline::rebuild);
    connect(document, &ArticleDocument::structureChanged, this, &SectionOutline::rebuild);
    connect(document, &ArticleDocument::sectionChanged, this, &SectionOutline::updateSection);
    connect(this, &QListWidget::currentRowChanged, this,
            [this] { emit sectionSelected(currentSectionId()); });
    rebuild();
}

QString SectionOutline::currentSectionId() const
{
    const QListWidgetItem *item = currentItem();
    return item ? item->data(kSectionIdRole).toString() : QString();
}

void SectionOutline::selectSection(const QString &id)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kSectionIdRole).toString() == id) {
            setCurrentRow(row);
            return;
        }
    }
}

void SectionOutline::rebuild()
{
    const QString selected = currentSectionId();
    {
        const QSignalBlocker blocker(this);
        clear();
        auto *details = new QListWidgetItem(tr("Article details"), this);
        QFont font = details->font();
        font.setItalic(true);
        details->setFont(font);
        for (const Section &section : m_document->article().sections) {
            auto *item = new QListWidgetItem(labelFor(section), this);
            item->setData(kSectionIdRole, section.id);
            item->setToolTip(defaultSectionHeading(section.kind));
        }
    }
    // Keep the selection where the section still exists; otherwise show the details.
    const bool stillThere = m_document->section(selected) != nullptr;
    selectSection(stillThere ? selected : QString());
    if (!stillThere || currentRow() < 0)
        setCurrentRow(0);
}

void SectionOutline::updateSection(const QString &id)
{
    const Section *section = m_document->section(id);
    for (int row = 0; section && row < count(); ++row) {
        if (item(row)->data(kSectionIdRole).toString() == id)
            item(row)->setText(labelFor(*section));
    }
}

} // namespace quorum
