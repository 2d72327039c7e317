// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace quorum {

class ArticleDocument;

/// The article's metadata as a form: title, slug, author, excerpt, focus keyword, categories,
/// tags and language. Edits go to the document as undo steps; undo shows up here.
class ArticleDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleDetailsForm(ArticleDocument *document, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }

private:
    void refresh();
    void commit();

    ArticleDocument *m_document;
    QLineEdit *m_title;
    QLineEdit *m_slug;
    QLineEdit *m_author;
    QPlainTextEdit *m_excerpt;
    QLineEdit *m_focusKeyword;
    QLineEdit *m_categories;
    QLineEdit *m_tags;
    QLineEdit *m_language;
    bool m_committing = false;
};

} // namespace quorum
