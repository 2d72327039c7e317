// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlestatuswidget.h"

#include "articledocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <climits>

using namespace Qt::StringLiterals;

namespace quorum {

ArticleStatusWidget::ArticleStatusWidget(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    m_label->setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Article statistics"));
    setToolTip(tr("Words a reader reads (headings, bullets, text and quotes), reading time at "
                  "%1 words a minute, and how often the focus keyword occurs in the title, "
                  "excerpt and text")
                   .arg(kReadingWordsPerMinute));

    m_timer.setSingleShot(true);
    m_timer.setInterval(kRecountDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ArticleStatusWidget::recount);
    connect(document, &ArticleDocument::sectionChanged, this,
            &ArticleStatusWidget::scheduleRecount);
    connect(document, &ArticleDocument::structureChanged, this,
            &ArticleStatusWidget::scheduleRecount);
    connect(document, &ArticleDocument::metaChanged, this, &ArticleStatusWidget::scheduleRecount);
    connect(document, &ArticleDocument::articleReset, this, [this] {
        m_counter = ArticleStatsCounter(); // a new article shares no sections with the last
        recount();
    });
    connect(document, &ArticleDocument::modifiedChanged, this, &ArticleStatusWidget::updateText);
    connect(document, &ArticleDocument::filePathChanged, this, &ArticleStatusWidget::updateText);
    recount();
}

QString ArticleStatusWidget::text() const
{
    return m_label->text();
}

void ArticleStatusWidget::scheduleRecount()
{
    // Not restarted by each edit: while the writer types, the figures still move.
    if (!m_timer.isActive())
        m_timer.start();
}

void ArticleStatusWidget::recount()
{
    m_timer.stop();
    m_stats = m_counter.count(m_document->article());
    updateText();
    emit recounted(m_stats);
}

void ArticleStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange)
        updateText();
    QWidget::changeEvent(event);
}

void ArticleStatusWidget::updateText()
{
    const QLocale numbers = locale();
    QStringList parts;
    parts.append(tr("%1 words", nullptr, int(qMin<qsizetype>(m_stats.words, INT_MAX)))
                     .arg(numbers.toString(qlonglong(m_stats.words))));
    parts.append(tr("%1 min read").arg(numbers.toString(m_stats.readingMinutes)));
    const QString keyword = m_document->article().meta.focusKeyword.simplified();
    if (!keyword.isEmpty()) {
        const QString shown = keyword.size() > 24 ? keyword.left(23) + u'…' : keyword;
        parts.append(
            tr("“%1” ×%2").arg(shown, numbers.toString(qlonglong(m_stats.keywordOccurrences))));
    }
    if (m_document->isModified())
        parts.append(tr("Unsaved changes"));
    else if (m_document->filePath().isEmpty())
        parts.append(tr("Not saved yet"));
    else
        parts.append(tr("Saved"));
    const QString text = parts.join(u" · "_s);
    m_label->setText(text);
    setAccessibleDescription(text);
}

} // namespace quorum
