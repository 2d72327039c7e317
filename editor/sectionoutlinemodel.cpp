// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectionoutlinemodel.h"

#include "articledocument.h"
#include "sectionkinds.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
QString labelFor(const Section &section)
{
    return section.heading.trimmed().isEmpty() ? defaultSectionHeading(section.kind)
                                               : section.heading;
}
} // namespace

SectionOutlineModel::SectionOutlineModel(ArticleDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(document, &ArticleDocument::articleReset, this, [this, reset] {
        m_badges.clear();
        reset();
    });
    connect(document, &ArticleDocument::structureChanged, this, reset);
    connect(document, &ArticleDocument::sectionChanged, this, &SectionOutlineModel::sectionChanged);
}

QString SectionOutlineModel::mimeType()
{
    return u"application/x-quorum-section-id"_s;
}

QString SectionOutlineModel::sectionId(int row) const
{
    const QList<Section> &sections = m_document->article().sections;
    return row >= 1 && row <= sections.size() ? sections.at(row - 1).id : QString();
}

int SectionOutlineModel::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return 0;
    const qsizetype index = m_document->article().indexOfSection(id);
    return index < 0 ? -1 : int(index) + 1;
}

void SectionOutlineModel::setBadge(const QString &id, int count)
{
    if (m_badges.value(id) == count)
        return;
    if (count > 0)
        m_badges.insert(id, count);
    else
        m_badges.remove(id);
    const int row = rowOf(id);
    if (row > 0)
        emit dataChanged(index(row), index(row), {BadgeRole, Qt::AccessibleTextRole});
}

int SectionOutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->article().sections.size()) + 1;
}

QVariant SectionOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return tr("Article details");
        case Qt::ToolTipRole:
            return tr("Title, slug, excerpt, keyword, categories, tags, image, language, author "
                      "and date");
        case Qt::DecorationRole:
            return articleDetailsIcon();
        case SectionIdRole:
            return QString();
        case BadgeRole:
            return 0;
        case IsSectionRole:
            return false;
        default:
            return {};
        }
    }
    const Section &section = m_document->article().sections.at(index.row() - 1);
    switch (role) {
    case Qt::DisplayRole:
        return labelFor(section);
    case Qt::EditRole:
        return section.heading;
    case Qt::ToolTipRole:
        return sectionKindName(section.kind);
    case Qt::AccessibleTextRole: {
        // What a screen reader says: the kind, the heading, and the comments when there are.
        const QString text = tr("%1: %2").arg(sectionKindName(section.kind), labelFor(section));
        const int badge = m_badges.value(section.id);
        return badge > 0 ? tr("%1 (%n comments)", nullptr, badge).arg(text) : text;
    }
    case Qt::DecorationRole:
        return sectionKindIcon(section.kind);
    case SectionIdRole:
        return section.id;
    case BadgeRole:
        return m_badges.value(section.id);
    case IsSectionRole:
        return true;
    default:
        return {};
    }
}

Qt::ItemFlags SectionOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.row() > 0)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return flags;
}

bool SectionOutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() == 0)
        return false;
    const Section *section = m_document->section(sectionId(index.row()));
    if (!section)
        return false;
    Section renamed = *section;
    renamed.heading = value.toString().trimmed();
    if (renamed.heading.isEmpty())
        renamed.heading = defaultSectionHeading(section->kind);
    if (renamed.heading == section->heading)
        return false;
    m_document->setSection(renamed); // one undo step; sectionChanged updates the row
    return true;
}

QStringList SectionOutlineModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *SectionOutlineModel::mimeData(const QModelIndexList &indexes) const
{
    // One section moves at a time: the outline selects one row.
    for (const QModelIndex &index : indexes) {
        const QString id = sectionId(index.row());
        if (!id.isEmpty()) {
            auto *data = new QMimeData;
            data->setData(mimeType(), id.toUtf8());
            return data;
        }
    }
    return nullptr;
}

QString SectionOutlineModel::draggedId(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QString id = QString::fromUtf8(data->data(mimeType()));
    // A section of another window's article is not ours to move.
    return m_document->section(id) ? id : QString();
}

bool SectionOutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &) const
{
    return action == Qt::MoveAction && !draggedId(data).isEmpty();
}

bool SectionOutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = draggedId(data);
    const qsizetype count = m_document->article().sections.size();
    if (parent.isValid())
        row = parent.row(); // dropped onto a row: it goes before that row
    // Row 0 is the article details: a drop above it puts the section first.
    const qsizetype before = row < 0 ? count : qBound<qsizetype>(0, qsizetype(row) - 1, count);
    const qsizetype from = m_document->article().indexOfSection(id);
    const qsizetype to = before > from ? before - 1 : before;
    if (to == from)
        return false;
    m_document->moveSection(id, to);
    return true;
}

void SectionOutlineModel::sectionChanged(const QString &id)
{
    const int row = rowOf(id);
    if (row > 0)
        emit dataChanged(index(row), index(row));
}

} // namespace quorum
