// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QListWidget>

namespace quorum {

class ArticleDocument;

/// The article's parts in order: "Article details" first, then every section by heading.
/// Follows the document's changes and reports which part the user picked.
class SectionOutline : public QListWidget
{
    Q_OBJECT

public:
    explicit SectionOutline(ArticleDocument *document, QWidget *parent = nullptr);

    /// The id of the selected section; empty when the article details (or nothing) is selected.
    QString currentSectionId() const;
    /// Selects the section with `id`, or the article details for an empty id.
    void selectSection(const QString &id);

signals:
    /// The user picked a section (`id`), or the article details (empty `id`).
    void sectionSelected(const QString &id);

private:
    void rebuild();
    void updateSection(const QString &id);

    ArticleDocument *m_document;
};

} // namespace quorum
