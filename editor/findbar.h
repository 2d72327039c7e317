// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlesearch.h"
#include "textlocation.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTimer;

namespace quorum {

class ArticleDocument;

/// Find and replace across every section and field of the article: a bar with the text to
/// find, the replacement, case and whole-word options and a match count. It does not know
/// the editors: it asks the window to reveal a match through revealRequested().
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ArticleDocument *document, QWidget *parent = nullptr);

    /// Shows the bar without the replace row and puts the cursor in the find field.
    void showFind();
    /// Shows the bar with the replace row.
    void showReplace();

    int matchCount() const { return int(m_matches.size()); }
    /// The position of the current match (0-based), or -1.
    int currentIndex() const { return m_current; }
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *caseSensitiveBox() const { return m_caseSensitive; }
    QCheckBox *wholeWordsBox() const { return m_wholeWords; }
    QLabel *countLabel() const { return m_count; }

public slots:
    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();

signals:
    /// The user moved to `location` (a match): the window shows its section and selects it.
    void revealRequested(const TextLocation &location);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ArticleSearch search() const;
    /// Finds again after the text, the options or the article changed, keeping the current
    /// match where it was when possible.
    void refreshMatches();
    void step(int delta);
    void updateCount();

    ArticleDocument *m_document;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWords;
    QLabel *m_count;
    QWidget *m_replaceRow;
    QTimer *m_refreshTimer;
    QList<TextLocation> m_matches;
    int m_current = -1;
};

} // namespace quorum
