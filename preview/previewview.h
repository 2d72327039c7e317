// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QTimer>
#include <QWebEngineView>

namespace quorum {

class ArticleDocument;

/// Shows the article as the published post, in a page that runs no script from the content
/// and never navigates away: clicked http(s) links open in the desktop browser. Follows the
/// document, reloading the page shortly after a burst of edits.
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(ArticleDocument *document, QWidget *parent = nullptr);

    /// Renders the current article now instead of after the pause.
    void refreshNow();

    /// Brings section `id` into view, now and after every reload, until another is set.
    void showSection(const QString &id);

signals:
    /// A page for the current article finished loading (`ok` false when it failed).
    void pageRefreshed(bool ok);

private:
    void scrollToCurrentSection();

    ArticleDocument *m_document;
    QTimer m_refreshTimer;
    QString m_currentSection;
};

} // namespace quorum
