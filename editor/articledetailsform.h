// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textlocation.h"

#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace quorum {

class ArticleDocument;
class FeaturedImageField;
class SlugField;
class TokenEdit;
struct ArticleMeta;

/// The article's metadata as a form: title, slug, excerpt, focus keyword, categories, tags,
/// featured image with its alt text, language, author and publication date. Every keystroke
/// is an edit of the document (merged into word-sized undo steps there); other changes are
/// one step each. Changes made elsewhere (undo, a pull from the site) show up here without
/// moving the cursor of the field being typed in.
///
/// While the slug follows the title (SlugField::followsTitle), typing a title sets both in
/// one edit. The slug of a published post is the exception to typing: it waits for Enter and
/// the writer's yes (SlugField).
class ArticleDetailsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleDetailsForm(ArticleDocument *document, QWidget *parent = nullptr);

    /// The excerpt lengths search results show in full; outside them the count says so.
    static constexpr int kExcerptShortest = 120;
    static constexpr int kExcerptLongest = 160;

    /// The line under the excerpt for a text of `characters` characters.
    static QString excerptCountText(int characters);

    /// Focuses the metadata field `location` names and selects its span; false for a section
    /// field.
    bool revealText(const TextLocation &location);

    QLineEdit *titleEdit() const { return m_title; }
    SlugField *slugField() const { return m_slugField; }
    QLineEdit *slugEdit() const;
    QAbstractButton *followTitleButton() const;
    QPlainTextEdit *excerptEdit() const { return m_excerpt; }
    QLabel *excerptCountLabel() const { return m_excerptCount; }
    QLineEdit *focusKeywordEdit() const { return m_focusKeyword; }
    TokenEdit *categoriesEdit() const { return m_categories; }
    TokenEdit *tagsEdit() const { return m_tags; }
    FeaturedImageField *featuredImageField() const { return m_image; }
    QLineEdit *featuredImageAltEdit() const { return m_imageAlt; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *authorEdit() const { return m_author; }
    QCheckBox *publicationDateBox() const { return m_hasDate; }
    QDateTimeEdit *publicationDateEdit() const { return m_date; }

private:
    void buildLayout();
    void connectFields();
    void refresh();
    void articleReplaced();
    /// Sends `meta` to the document; `typing` for keystrokes, which merge into word steps.
    void commit(const ArticleMeta &meta, bool typing);
    ArticleMeta meta() const;
    void titleEdited(const QString &title);
    void updateExcerptCount();
    void rememberArticleTerms();

    ArticleDocument *m_document;
    QLineEdit *m_title;
    SlugField *m_slugField;
    QPlainTextEdit *m_excerpt;
    QLabel *m_excerptCount;
    QLineEdit *m_focusKeyword;
    TokenEdit *m_categories;
    TokenEdit *m_tags;
    FeaturedImageField *m_image;
    QLineEdit *m_imageAlt;
    QComboBox *m_language;
    QLineEdit *m_author;
    QCheckBox *m_hasDate;
    QDateTimeEdit *m_date;
    QStringList m_seenCategories; ///< every category this article had since it was opened
    QStringList m_seenTags;
};

} // namespace quorum
