// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textdiff.h"

#include <QTextEdit>

namespace quorum {

/// Shows an ArticleDiff: the article details when they changed, then each section with what
/// happened to it (added, removed, changed, moved, with word counts) and its text with the
/// words inserted and deleted highlighted in colours made from the palette (readable in dark
/// themes too). Read-only; clicking into a section makes it the current one.
class DiffView : public QTextEdit
{
    Q_OBJECT

public:
    explicit DiffView(QWidget *parent = nullptr);

    void setDiff(const ArticleDiff &diff);
    const ArticleDiff &diff() const { return m_diff; }

    /// Unchanged sections show as their heading alone (the default), or in full.
    void setShowUnchanged(bool show);
    bool showsUnchanged() const { return m_showUnchanged; }

    /// The id of the section shown at document position `position`; empty for the article
    /// details, a gap or nothing.
    QString sectionAt(int position) const;
    /// The section the text cursor is in (where the user last clicked), or empty.
    QString currentSectionId() const;
    /// Puts the cursor at the start of section `id` and scrolls to it.
    void showSection(const QString &id);

signals:
    /// The cursor moved into another section (`id`, empty when outside any).
    void currentSectionChanged(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Range
    {
        int start = 0;
        int end = 0;
        QString sectionId;
    };

    void render();
    void renderDocument();

    ArticleDiff m_diff;
    bool m_showUnchanged = false;
    QList<Range> m_ranges;
    QString m_current;
};

} // namespace quorum
