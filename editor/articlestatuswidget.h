// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlestats.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace quorum {

class ArticleDocument;

/// The article's figures for the status bar: "1,234 words · 6 min read · “keyword” ×3 ·
/// Unsaved changes", numbers in the widget's locale. Edits are counted again at most every
/// kRecountDelayMs, only the sections that changed (ArticleStatsCounter); the save state
/// shows at once. The keyword part is left out while the article has no focus keyword.
class ArticleStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleStatusWidget(ArticleDocument *document, QWidget *parent = nullptr);

    /// How long edits gather before a recount: a burst of keystrokes is counted once.
    static constexpr int kRecountDelayMs = 250;

    ArticleStats stats() const { return m_stats; }
    /// What the widget shows.
    QString text() const;

signals:
    /// The figures were counted again (after edits, or a new article).
    void recounted(const quorum::ArticleStats &stats);

protected:
    void changeEvent(QEvent *event) override;

private:
    void recount();
    void scheduleRecount();
    void updateText();

    ArticleDocument *m_document;
    ArticleStatsCounter m_counter;
    ArticleStats m_stats;
    QTimer m_timer;
    QLabel *m_label;
};

} // namespace quorum
