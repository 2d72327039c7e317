// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewpage.h"

#include "blockmarkup.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

static void initPreviewResources()
{
    Q_INIT_RESOURCE(preview);
}

namespace quorum {

QString previewStyleSheet()
{
    static const QString css = [] {
        initPreviewResources();
        QFile file(u":/quorum/preview/theme.css"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return css;
}

QString previewPageHtml(const Article &article, const QString &contentMarkup)
{
    const ArticleMeta &meta = article.meta;
    const QString language = BlockMarkup::escape(meta.language.isEmpty() ? u"en"_s : meta.language);
    QStringList byline;
    if (meta.published.isValid())
        byline.append(u"<time datetime=\"%1\">%2</time>"_s.arg(
            meta.published.toString(Qt::ISODate),
            QLocale(meta.language).toString(meta.published.date(), QLocale::LongFormat)));
    if (!meta.author.isEmpty())
        byline.append(u"<span class=\"author\">%1</span>"_s.arg(BlockMarkup::escape(meta.author)));
    QStringList categories;
    for (const QString &category : meta.categories)
        categories.append(
            u"<span class=\"category\">%1</span>"_s.arg(BlockMarkup::escape(category)));

    return u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
               language) +
           u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "img-src * data: file:; style-src 'unsafe-inline'\">\n"_s +
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s +
           u"<title>%1</title>\n<style>\n"_s.arg(BlockMarkup::escape(meta.title)) +
           previewStyleSheet() + u"</style>\n</head>\n<body>\n<article class=\"post\">\n"_s +
           u"<header class=\"entry-header\">\n<p class=\"entry-categories\">%1</p>\n"_s.arg(
               categories.join(u" "_s)) +
           u"<h1 class=\"entry-title\">%1</h1>\n<p class=\"entry-meta\">%2</p>\n</header>\n"_s.arg(
               BlockMarkup::escape(meta.title), byline.join(u" · "_s)) +
           u"<div class=\"entry-content\">\n"_s + contentMarkup +
           u"\n</div>\n</article>\n</body>\n</html>\n"_s;
}

} // namespace quorum
