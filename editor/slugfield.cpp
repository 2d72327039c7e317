// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "slugfield.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "reviewworkflow.h"
#include "slug.h"
#include "undorouting.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace quorum {

SlugField::SlugField(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_edit(new QLineEdit(this))
    , m_followTitle(new QToolButton(this))
    , m_note(new QLabel(this))
{
    m_edit->setAccessibleName(tr("Slug"));
    m_followTitle->setText(tr("Follo&w Title"));
    m_followTitle->setAccessibleName(tr("Make the slug follow the title"));
    m_followTitle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_followTitle->setFocusPolicy(Qt::StrongFocus);
    m_note->setText(tr("The post is published at this address: the slug no longer follows the "
                       "title, and changing it asks first."));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_followTitle);
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(row);
    column->addWidget(m_note);
    setFocusProxy(m_edit);

    routeUndoToDocument(m_edit, m_document);
    m_edit->installEventFilter(this); // after: the last filter installed sees keys first

    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!isPublished(m_document->article()))
            change(text, /*typing=*/true);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Not when another window took the focus (or this one closes): the question would
        // follow the writer there. The slug waits in the field for Enter.
        if (holdsTypedSlug() && m_edit->isActiveWindow())
            change(m_edit->text().trimmed(), /*typing=*/false);
    });
    connect(m_followTitle, &QAbstractButton::clicked, this,
            [this] { change(slugify(m_document->article().meta.title), /*typing=*/false); });
    connect(m_document, &ArticleDocument::remoteChanged, this, &SlugField::refresh);
}

QAbstractButton *SlugField::followTitleButton() const
{
    return m_followTitle;
}

bool SlugField::followsTitle(const Article &article)
{
    if (isPublished(article))
        return false;
    return article.meta.slug.isEmpty() || article.meta.slug == slugify(article.meta.title);
}

void SlugField::refresh()
{
    const Article &article = m_document->article();
    if (article.meta.slug != m_shown || !holdsTypedSlug())
        showLineText(m_edit, article.meta.slug);
    m_shown = article.meta.slug;

    const bool published = isPublished(article);
    m_followTitle->setEnabled(!followsTitle(article) &&
                              article.meta.slug != slugify(article.meta.title));
    m_followTitle->setToolTip(published ? tr("Make the slug from the title again")
                                        : tr("Make the slug from the title again, and keep it so"));
    // WordPress made the slug of a published post that has none here: it stays the site's.
    m_edit->setPlaceholderText(published ? tr("The one the site gave the post")
                                         : tr("Made from the title"));
    m_edit->setToolTip(published ? m_note->text() : QString());
    m_edit->setAccessibleDescription(published ? m_note->text() : QString());
    m_note->setVisible(published);
}

bool SlugField::eventFilter(QObject *watched, QEvent *event)
{
    // Undo takes back a slug typed for a published post first; it is no step of the document.
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Undo) && holdsTypedSlug()) {
        showLineText(m_edit, m_document->article().meta.slug);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SlugField::change(const QString &slug, bool typing)
{
    if (m_asking)
        return;
    const QString from = m_document->article().meta.slug;
    if (slug == from) {
        showLineText(m_edit, from);
        return;
    }
    if (isPublished(m_document->article()) && m_question) {
        m_asking = true;
        const bool yes = m_question(from, slug);
        m_asking = false;
        if (!yes) {
            showLineText(m_edit, m_document->article().meta.slug);
            return;
        }
    }
    ArticleMeta meta = m_document->article().meta;
    meta.slug = slug;
    m_document->setMeta(meta, typing);
}

bool SlugField::holdsTypedSlug() const
{
    return isPublished(m_document->article()) && m_edit->text() != m_document->article().meta.slug;
}

} // namespace quorum
