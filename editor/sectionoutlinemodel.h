// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QAbstractListModel>
#include <QHash>

namespace quorum {

class ArticleDocument;

/// The rows of the outline: "Article details" first, then every section of the document in
/// order. Renaming a row (setData) and dropping a dragged row (dropMimeData) are edits of
/// the document, each one undo step; the model follows the document's changes, and resets
/// when the order of sections changes.
class SectionOutlineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        SectionIdRole = Qt::UserRole, ///< QString; empty for the article details
        BadgeRole,                    ///< int: the count shown at the right, 0 for none
        IsSectionRole,                ///< bool
    };

    explicit SectionOutlineModel(ArticleDocument *document, QObject *parent = nullptr);

    /// The MIME type a dragged row carries: the section id as UTF-8.
    static QString mimeType();

    /// The section id of `row`; empty for the article details or a row out of range.
    QString sectionId(int row) const;
    /// The row of the section with `id`; 0 (the article details) for an empty id; -1 when
    /// there is no such section.
    int rowOf(const QString &id) const;

    /// Shows `count` at the right of the section's row (a review-comment count); 0 hides it.
    void setBadge(const QString &id, int count);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Qt::EditRole on a section row renames it; an empty name gives the kind's default.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged section so that it lands before `row` (after the last row for -1).
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    QString draggedId(const QMimeData *data) const;
    void sectionChanged(const QString &id);

    ArticleDocument *m_document;
    QHash<QString, int> m_badges;
};

} // namespace quorum
