// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownexport.h"

#include "articlewording.h"
#include "blockgrammar.h"
#include "contentrenderer.h"
#include "keptblock.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// A YAML scalar in double quotes. Front matter is a handful of flat keys; a YAML library
// would bring nothing but a dependency for writing them.
QString yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return u'"' + escaped + u'"';
}

QString yamlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(yamlString(item));
    return u'[' + quoted.join(u", "_s) + u']';
}

// Text that Markdown must show as written, for places like attributions.
QString escapeInline(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString quoteBlock(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.trimmed().split(u'\n'))
        lines.append(line.trimmed().isEmpty() ? u">"_s : u"> "_s + escapeInline(line));
    return lines.join(u'\n');
}

// A section's Markdown with each kept block's line (KeptBlockLine) as the block's HTML, which
// Markdown passes through: what the post shows, not a comment other tools hide.
QString markdownOf(const Article &article, const Section &section)
{
    QStringList lines = section.markdown.trimmed().split(u'\n');
    for (QString &line : lines) {
        const std::optional<KeptBlockLine> kept = KeptBlockLine::parse(line.trimmed());
        const QString markup =
            kept ? ContentRenderer::keptBlockMarkup(article, kept->id) : QString();
        if (!markup.isEmpty())
            line = withoutDelimiters(markup).trimmed();
    }
    return lines.join(u'\n');
}

QString sectionBody(const Article &article, const Section &section)
{
    QStringList parts;
    switch (section.kind) {
    case SectionKind::TlDr: {
        QStringList bullets;
        for (const QString &bullet : section.bullets) {
            if (!bullet.trimmed().isEmpty())
                bullets.append(u"- "_s + bullet.trimmed());
        }
        parts.append(bullets.join(u'\n'));
        break;
    }
    case SectionKind::Verdict: {
        const QList<Stance> stances = effectiveStances(article, section);
        if (!stances.isEmpty())
            parts.append(u"**"_s + escapeInline(stanceSummary(stances)) + u"**"_s);
        parts.append(markdownOf(article, section));
        break;
    }
    case SectionKind::ForumVoices:
        parts.append(markdownOf(article, section));
        for (const Voice &voice : section.voices) {
            QStringList who;
            if (!voice.author.trimmed().isEmpty())
                who.append(escapeInline(voice.author.trimmed()));
            const QString forum = escapeInline(voice.forum.trimmed());
            if (voice.url.startsWith(u"https://"_s) || voice.url.startsWith(u"http://"_s))
                who.append(u"[%1](<%2>)"_s.arg(forum.isEmpty() ? voice.url : forum, voice.url));
            else if (!forum.isEmpty())
                who.append(forum);
            QStringList attribution{who.join(u", "_s)};
            if (voice.date.isValid())
                attribution.append(voice.date.toString(Qt::ISODate));
            if (!voice.stance.trimmed().isEmpty())
                attribution.append(escapeInline(voice.stance.trimmed()));
            attribution.removeAll(QString());
            parts.append(quoteBlock(voice.quote) + u"\n>\n> — "_s + attribution.join(u" · "_s));
        }
        break;
    default:
        parts.append(markdownOf(article, section));
        break;
    }
    parts.removeAll(QString());
    return parts.join(u"\n\n"_s);
}

} // namespace

QString articleToMarkdown(const Article &article)
{
    const ArticleMeta &meta = article.meta;
    QStringList front{u"---"_s};
    front.append(u"title: "_s + yamlString(meta.title));
    front.append(u"slug: "_s + yamlString(meta.slug));
    front.append(u"author: "_s + yamlString(meta.author));
    if (meta.published.isValid())
        front.append(u"date: "_s + yamlString(meta.published.toString(Qt::ISODate)));
    front.append(u"categories: "_s + yamlList(meta.categories));
    front.append(u"tags: "_s + yamlList(meta.tags));
    front.append(u"focus_keyword: "_s + yamlString(meta.focusKeyword));
    front.append(u"excerpt: "_s + yamlString(meta.excerpt));
    front.append(u"language: "_s + yamlString(meta.language));
    if (!meta.featuredImage.isEmpty()) {
        front.append(u"featured_image: "_s + yamlString(meta.featuredImage));
        front.append(u"featured_image_alt: "_s + yamlString(meta.featuredImageAlt));
    }
    front.append(u"---"_s);

    QStringList document{front.join(u'\n'), u"# "_s + escapeInline(meta.title)};
    for (const Section &section : article.sections) {
        const QString heading = section.heading.trimmed().isEmpty()
                                    ? sectionHeadingFor(section.kind, meta.language)
                                    : section.heading;
        // The part of a pulled post before its first heading has none (ContentRenderer).
        if (!section.headless || !section.heading.trimmed().isEmpty())
            document.append(u"## "_s + escapeInline(heading.trimmed()));
        const QString body = sectionBody(article, section);
        if (!body.isEmpty())
            document.append(body);
    }
    return document.join(u"\n\n"_s) + u'\n';
}

} // namespace quorum
