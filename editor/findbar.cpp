// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "findbar.h"

#include "articledocument.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace quorum {

FindBar::FindBar(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match &case"), this))
    , m_wholeWords(new QCheckBox(tr("&Whole words"), this))
    , m_count(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    m_find->setPlaceholderText(tr("Find in the article"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_count->setAccessibleName(tr("Matches"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("9999 of 9999")));

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    next->setAccessibleName(tr("Next match"));
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Esc)"));
    auto *replaceOne = new QPushButton(tr("&Replace"), m_replaceRow);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), m_replaceRow);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_count, 0, 3);
    layout->addWidget(m_caseSensitive, 0, 4);
    layout->addWidget(m_wholeWords, 0, 5);
    layout->addWidget(close, 0, 6);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replaceOne);
    replaceLayout->addWidget(replaceEvery);
    layout->addWidget(m_replaceRow, 1, 0, 1, 7);
    layout->setColumnStretch(0, 1);

    // Edits arrive keystroke by keystroke: find again once they pause for a moment.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &FindBar::refreshMatches);
    auto refreshSoon = [this] {
        if (isVisible())
            m_refreshTimer->start();
    };
    connect(document, &ArticleDocument::sectionChanged, this, refreshSoon);
    connect(document, &ArticleDocument::metaChanged, this, refreshSoon);
    connect(document, &ArticleDocument::structureChanged, this, refreshSoon);
    connect(document, &ArticleDocument::articleReset, this, refreshSoon);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_current = -1;
        refreshMatches();
        if (!m_matches.isEmpty())
            step(+1);
    });
    connect(m_caseSensitive, &QCheckBox::toggled, this, &FindBar::refreshMatches);
    connect(m_wholeWords, &QCheckBox::toggled, this, &FindBar::refreshMatches);
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    updateCount();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    refreshMatches();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindBar::showReplace()
{
    m_replaceRow->show();
    show();
    refreshMatches();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

ArticleSearch FindBar::search() const
{
    return ArticleSearch(m_find->text(), {m_caseSensitive->isChecked(), m_wholeWords->isChecked()});
}

void FindBar::refreshMatches()
{
    const TextLocation current =
        m_current >= 0 && m_current < m_matches.size() ? m_matches.at(m_current) : TextLocation{};
    m_matches = search().findAll(m_document->article());
    m_current = -1;
    if (current.start >= 0) {
        // Stay on the same match, or on the first one after where it was.
        // Matches come in reading order: each section's place is looked up once, not per match.
        const Article &article = m_document->article();
        QHash<QString, qsizetype> sectionIndex;
        for (qsizetype i = 0; i < article.sections.size(); ++i)
            sectionIndex.insert(article.sections.at(i).id, i);
        auto order = [&sectionIndex](const TextLocation &location) {
            return std::make_tuple(location.isMeta() ? -1
                                                     : sectionIndex.value(location.sectionId, -1),
                                   int(location.field), location.index, location.start);
        };
        const auto where = order(current);
        for (int i = 0; i < m_matches.size(); ++i) {
            if (order(m_matches.at(i)) >= where) {
                m_current = i;
                break;
            }
        }
    }
    updateCount();
}

void FindBar::findNext()
{
    step(+1);
}

void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::step(int delta)
{
    if (m_refreshTimer->isActive()) {
        m_refreshTimer->stop();
        refreshMatches();
    }
    if (m_matches.isEmpty())
        return;
    const int size = int(m_matches.size());
    m_current = m_current < 0 ? (delta > 0 ? 0 : size - 1) : (m_current + delta + size) % size;
    updateCount();
    emit revealRequested(m_matches.at(m_current));
}

void FindBar::replaceCurrent()
{
    if (m_current < 0 || m_current >= m_matches.size()) {
        findNext();
        return;
    }
    const TextLocation match = m_matches.at(m_current);
    if (search().replace(m_document, match, m_replace->text())) {
        m_refreshTimer->stop();
        refreshMatches();
        // The replaced text is no match any more: the match that was next is now current.
        if (m_current >= 0)
            --m_current;
    }
    findNext();
}

void FindBar::replaceAll()
{
    const int replaced = search().replaceAll(m_document, m_replace->text());
    m_refreshTimer->stop();
    m_current = -1;
    refreshMatches();
    m_count->setText(tr("%n replaced", nullptr, replaced));
}

void FindBar::updateCount()
{
    if (m_find->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else if (m_current < 0)
        m_count->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter in the find field goes back; QLineEdit would report it as returnPressed.
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace quorum
