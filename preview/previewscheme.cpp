// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewscheme.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
const QByteArray kScheme = QByteArrayLiteral("quorum-preview");
}

void registerPreviewScheme()
{
    if (QWebEngineUrlScheme::schemeByName(kScheme).name() == kScheme)
        return;
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure, so that https images may load into it; local, so that no web page can link
    // to it.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl previewPageUrl()
{
    return QUrl(u"quorum-preview://article/"_s);
}

void PreviewSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != "GET" || url.host() != u"article") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = url.path(QUrl::FullyDecoded);
    if (path == u"/") {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_page);
        job->reply("text/html;charset=utf-8", buffer);
        return;
    }
    if (m_baseDirectory.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // Only files inside the article's folder: "../" and symlinks out of it are refused.
    const QDir base(m_baseDirectory);
    const QString candidate = QDir::cleanPath(base.absoluteFilePath(path.mid(1)));
    const QString resolved = QFileInfo(candidate).canonicalFilePath();
    const QString root = base.canonicalPath() + u'/';
    if (resolved.isEmpty() || !resolved.startsWith(root) || !QFileInfo(resolved).isFile()) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    auto *file = new QFile(resolved, job);
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    job->reply(QMimeDatabase().mimeTypeForFile(resolved).name().toUtf8(), file);
}

} // namespace quorum
