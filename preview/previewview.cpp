// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewview.h"

#include "articledocument.h"
#include "contentrenderer.h"
#include "previewpage.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// A page that shows what it is given and goes nowhere else.
class LockedPage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked) {
            if (url.scheme() == u"http" || url.scheme() == u"https")
                QDesktopServices::openUrl(url);
            return false;
        }
        // Only the page's own content loads (setHtml gives a data: URL or the base URL).
        return !isMainFrame || type == NavigationTypeTyped || type == NavigationTypeOther;
    }

    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
};

// Pause after the last edit before the page is rebuilt; long enough to merge a burst of
// keystrokes into one render.
constexpr int kRefreshDelayMs = 150;

} // namespace

PreviewView::PreviewView(ArticleDocument *document, QWidget *parent)
    : QWebEngineView(parent)
    , m_document(document)
{
    setAccessibleName(tr("Preview"));
    auto *page = new LockedPage(this);
    page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    setPage(page);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PreviewView::refreshNow);
    for (auto signal : {&ArticleDocument::metaChanged, &ArticleDocument::structureChanged,
                        &ArticleDocument::articleReset})
        connect(document, signal, &m_refreshTimer, qOverload<>(&QTimer::start));
    connect(document, &ArticleDocument::sectionChanged, &m_refreshTimer,
            qOverload<>(&QTimer::start));
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // A reload starts at the top; go back to the part being edited first.
        scrollToCurrentSection();
        emit pageRefreshed(ok);
    });
}

void PreviewView::showSection(const QString &id)
{
    m_currentSection = id;
    scrollToCurrentSection();
}

void PreviewView::scrollToCurrentSection()
{
    if (m_currentSection.isEmpty())
        return;
    // The anchor is made of the section id only; JSON quoting keeps any id a plain string.
    const QString anchor =
        QString::fromUtf8(QJsonDocument(QJsonArray{ContentRenderer::anchorFor(m_currentSection)})
                              .toJson(QJsonDocument::Compact));
    page()->runJavaScript(u"(function(){var e=document.getElementById(%1[0]);"
                          "if(e)e.scrollIntoView({block:'start'});})()"_s.arg(anchor),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::refreshNow()
{
    m_refreshTimer.stop();
    const Article &article = m_document->article();
    const QString html = previewPageHtml(article, ContentRenderer().render(article));
    // Relative image paths resolve against the article's folder.
    const QString path = m_document->filePath();
    const QUrl base = path.isEmpty() ? QUrl(u"file:///"_s)
                                     : QUrl::fromLocalFile(QFileInfo(path).absolutePath() + u'/');
    setHtml(html, base);
}

} // namespace quorum
