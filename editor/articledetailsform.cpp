// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledetailsform.h"

#include "articledocument.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

ArticleDetailsForm::ArticleDetailsForm(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLineEdit(this))
    , m_slug(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_focusKeyword(new QLineEdit(this))
    , m_categories(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_language(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    layout->addStretch(1);
    const QList<std::pair<QString, QWidget *>> rows = {
        {tr("&Title:"), m_title},
        {tr("S&lug:"), m_slug},
        {tr("&Author:"), m_author},
        {tr("&Excerpt:"), m_excerpt},
        {tr("&Focus keyword:"), m_focusKeyword},
        {tr("&Categories:"), m_categories},
        {tr("Ta&gs:"), m_tags},
        {tr("Lan&guage:"), m_language},
    };
    for (const auto &[label, widget] : rows) {
        form->addRow(label, widget);
        widget->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    }
    m_excerpt->setTabChangesFocus(true);
    m_excerpt->setMaximumHeight(m_excerpt->fontMetrics().lineSpacing() * 5);
    m_categories->setPlaceholderText(tr("Comma-separated"));
    m_tags->setPlaceholderText(tr("Comma-separated"));
    m_language->setPlaceholderText(tr("A language tag such as en or nb"));

    for (QLineEdit *edit :
         {m_title, m_slug, m_author, m_focusKeyword, m_categories, m_tags, m_language})
        connect(edit, &QLineEdit::textEdited, this, &ArticleDetailsForm::commit);
    connect(m_excerpt, &QPlainTextEdit::textChanged, this, &ArticleDetailsForm::commit);
    connect(document, &ArticleDocument::metaChanged, this, [this] {
        if (!m_committing)
            refresh();
    });
    connect(document, &ArticleDocument::articleReset, this, &ArticleDetailsForm::refresh);
    refresh();
}

void ArticleDetailsForm::refresh()
{
    const ArticleMeta &meta = m_document->article().meta;
    setTextKeepingCursor(m_title, meta.title);
    setTextKeepingCursor(m_slug, meta.slug);
    setTextKeepingCursor(m_author, meta.author);
    setTextKeepingCursor(m_focusKeyword, meta.focusKeyword);
    // Lists are compared as lists, so that typing "a, " is not rewritten to "a" under the cursor.
    if (splitList(m_categories->text()) != meta.categories)
        m_categories->setText(meta.categories.join(u", "_s));
    if (splitList(m_tags->text()) != meta.tags)
        m_tags->setText(meta.tags.join(u", "_s));
    setTextKeepingCursor(m_language, meta.language);
    if (m_excerpt->toPlainText() != meta.excerpt) {
        const QSignalBlocker blocker(m_excerpt);
        m_excerpt->setPlainText(meta.excerpt);
    }
}

void ArticleDetailsForm::commit()
{
    ArticleMeta meta = m_document->article().meta;
    meta.title = m_title->text();
    meta.slug = m_slug->text();
    meta.author = m_author->text();
    meta.excerpt = m_excerpt->toPlainText();
    meta.focusKeyword = m_focusKeyword->text();
    meta.categories = splitList(m_categories->text());
    meta.tags = splitList(m_tags->text());
    meta.language = m_language->text().trimmed();
    m_committing = true;
    m_document->setMeta(meta, /*mergeable=*/true);
    m_committing = false;
}

} // namespace quorum
