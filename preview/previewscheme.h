// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace quorum {

/// Registers the quorum-preview: URL scheme the preview pages are served from. Must run
/// before the QApplication is created (a Qt WebEngine rule); main() and test mains call it.
void registerPreviewScheme();

/// The address of the page; relative image paths of the article resolve below it.
QUrl previewPageUrl();

/// Serves one preview page and the files next to the article it shows: the page itself at
/// previewPageUrl(), and any other path read from the article's folder, never from outside
/// it. A page served from memory has no size limit (setHtml() stops at 2 MB).
class PreviewSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void setPage(const QByteArray &html) { m_page = html; }
    /// The folder relative paths resolve in; empty for an article never saved.
    void setBaseDirectory(const QString &directory) { m_baseDirectory = directory; }
    QString baseDirectory() const { return m_baseDirectory; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QByteArray m_page;
    QString m_baseDirectory;
};

} // namespace quorum
