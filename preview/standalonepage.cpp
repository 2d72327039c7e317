// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "standalonepage.h"

#include "contentrenderer.h"
#include "previewpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// An image file beside the article as a data: URL; anything else unchanged.
QString inlineImage(const QString &address, const QString &articleDirectory)
{
    const QUrl url(address);
    if (articleDirectory.isEmpty() || !url.isRelative() || address.isEmpty())
        return address;
    const QDir base(articleDirectory);
    const QString resolved =
        QFileInfo(base.absoluteFilePath(url.path(QUrl::FullyDecoded))).canonicalFilePath();
    // Only files inside the article's folder, as the preview serves them.
    if (resolved.isEmpty() || !resolved.startsWith(base.canonicalPath() + u'/'))
        return address;
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        return address;
    return u"data:%1;base64,%2"_s.arg(QMimeDatabase().mimeTypeForFile(resolved).name(),
                                      QString::fromLatin1(file.readAll().toBase64()));
}

} // namespace

QString standalonePageHtml(const Article &article, const QString &articleDirectory,
                           bool remoteImages)
{
    const auto images = [articleDirectory](const QString &address) {
        return ResolvedImage{inlineImage(address, articleDirectory)};
    };
    ContentRenderer renderer;
    renderer.setImageResolver(images);
    renderer.setFootnotesListShown(true);
    PreviewPageOptions options;
    options.images = images;
    options.remoteImages = remoteImages;
    return previewPageHtml(article, renderer.renderSections(article), options);
}

} // namespace quorum
