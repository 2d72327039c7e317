// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewpage.h"

#include "articlewording.h"
#include "blockmarkup.h"

#include <QFile>

using namespace Qt::StringLiterals;

static void initPreviewResources()
{
    Q_INIT_RESOURCE(preview);
}

namespace quorum {

namespace {

QString contentSecurityPolicy(const PreviewPageOptions &options)
{
    // No script source at all: nothing in the page can run. Our own patching runs in an
    // isolated world, which this policy does not govern.
    return u"default-src 'none'; style-src 'unsafe-inline'; img-src quorum-preview: data:%1"_s.arg(
        options.remoteImages ? u" https: http:"_s : QString());
}

QString themeAttribute(PreviewTheme theme)
{
    const QString name = previewThemeName(theme);
    return name.isEmpty() ? QString() : u" data-theme=\"%1\""_s.arg(name);
}

// The stacked bar's proportions: one rule per whole percentage.
QString shareRules()
{
    QString rules;
    for (int share = 1; share <= 100; ++share)
        rules += u"ul.quorum-verdict-bar>li.quorum-share-%1{flex:%1 %1 0%}"_s.arg(share);
    return rules + u'\n';
}

// When the post last changed on the site, as the last sync saw it; invalid when never published.
QDateTime lastModified(const Article &article)
{
    // WordPress's modified_gmt is in UTC and carries no zone.
    const QDateTime parsed = QDateTime::fromString(article.remote.modifiedGmt, Qt::ISODate);
    return parsed.isValid() ? QDateTime(parsed.date(), parsed.time(), Qt::UTC) : QDateTime();
}

} // namespace

QString previewThemeName(PreviewTheme theme)
{
    switch (theme) {
    case PreviewTheme::Light:
        return u"light"_s;
    case PreviewTheme::Dark:
        return u"dark"_s;
    case PreviewTheme::System:
        break;
    }
    return {};
}

QString previewStyleSheet()
{
    static const QString css = []() -> QString {
        initPreviewResources();
        QFile file(u":/quorum/preview/theme.css"_s);
        return (file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString()) +
               shareRules();
    }();
    return css;
}

QString previewHeaderHtml(const Article &article, const PreviewPageOptions &options)
{
    const ArticleMeta &meta = article.meta;
    // The byline's words and dates follow the article's language, not the desktop's.
    QStringList byline;
    if (meta.published.isValid()) {
        byline.append(u"<time datetime=\"%1\">%2</time>"_s.arg(
            meta.published.toString(Qt::ISODate),
            BlockMarkup::escape(articleDate(meta.published, meta.language))));
        const QDateTime updated = lastModified(article);
        if (updated.isValid() && updated.date() > meta.published.date()) {
            const QString when = u"<time datetime=\"%1\">%2</time>"_s.arg(
                updated.toString(Qt::ISODate),
                BlockMarkup::escape(articleDate(updated, meta.language)));
            const QString label =
                BlockMarkup::escape(articleLabel(ArticleLabel::UpdatedOn, meta.language, u"%1"_s));
            byline.append(u"<span class=\"updated\">%1</span>"_s.arg(label.arg(when)));
        }
    }
    if (!meta.author.trimmed().isEmpty()) {
        byline.append(u"<span class=\"author\">%1</span>"_s.arg(BlockMarkup::escape(
            articleLabel(ArticleLabel::ByAuthor, meta.language, meta.author.trimmed()))));
    }
    QStringList categories;
    for (const QString &category : meta.categories)
        categories.append(
            u"<span class=\"category\">%1</span>"_s.arg(BlockMarkup::escape(category)));
    QString image;
    if (!meta.featuredImage.trimmed().isEmpty()) {
        const QString source =
            options.images ? options.images(meta.featuredImage).url : meta.featuredImage;
        image = u"<figure class=\"post-thumbnail\"><img src=\"%1\" alt=\"%2\"></figure>\n"_s.arg(
            BlockMarkup::escape(source), BlockMarkup::escape(meta.featuredImageAlt));
    }
    return u"<header class=\"entry-header\">\n<p class=\"entry-categories\">%1</p>\n"_s.arg(
               categories.join(u' ')) +
           u"<h1 class=\"entry-title\">%1</h1>\n<p class=\"entry-meta\">%2</p>\n"_s.arg(
               BlockMarkup::escape(meta.title), byline.join(u" · "_s)) +
           image + u"</header>"_s;
}

QString previewSectionHtml(const ContentRenderer::RenderedSection &section)
{
    return u"<div class=\"quorum-section\" data-section-id=\"%1\">\n"_s.arg(
               BlockMarkup::escape(section.id)) +
           section.markup + u"\n</div>"_s;
}

QString previewPageHtml(const Article &article,
                        const QList<ContentRenderer::RenderedSection> &sections,
                        const PreviewPageOptions &options)
{
    const QString language =
        BlockMarkup::escape(article.meta.language.isEmpty() ? u"en"_s : article.meta.language);
    QStringList body;
    body.reserve(sections.size());
    for (const ContentRenderer::RenderedSection &section : sections)
        body.append(previewSectionHtml(section));

    return u"<!DOCTYPE html>\n<html lang=\"%1\"%2>\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
               language, themeAttribute(options.theme)) +
           u"<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"_s.arg(
               contentSecurityPolicy(options)) +
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s +
           u"<title>%1</title>\n<style>\n"_s.arg(BlockMarkup::escape(article.meta.title)) +
           previewStyleSheet() + u"</style>\n</head>\n<body>\n<article class=\"post\">\n"_s +
           previewHeaderHtml(article, options) + u"\n<div class=\"entry-content\">\n"_s +
           body.join(u'\n') + u"\n</div>\n</article>\n</body>\n</html>\n"_s;
}

} // namespace quorum
