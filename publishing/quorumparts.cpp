// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "quorumparts.h"

using namespace Qt::StringLiterals;

namespace quorum::html {

QStringList bulletsOf(const GumboNode *list, const MarkdownWriter &writer)
{
    QStringList bullets;
    for (const GumboNode *item : childrenOf(list)) {
        if (isTag(item, GUMBO_TAG_LI))
            bullets.append(escapeLineStarts(writer.inlines(item, true).trimmed()));
    }
    return bullets;
}

Stance stanceOf(const GumboNode *item)
{
    Stance stance;
    for (const QString &name : classesOf(item)) {
        if (name.startsWith(u"quorum-share-"_s))
            stance.percent = name.mid(13).toInt();
    }
    // "<strong>60%</strong> Skeptical": the label is what follows the figure.
    QString label;
    for (const GumboNode *child : childrenOf(item)) {
        if (!isTag(child, GUMBO_TAG_STRONG))
            label += textOf(child);
    }
    stance.label = label.trimmed();
    return stance;
}

namespace {

// The text of a quote's paragraphs: line breaks kept, paragraphs apart by a blank line.
QString plainText(const GumboNode *node)
{
    QString text;
    for (const GumboNode *child : childrenOf(node)) {
        if (isTag(child, GUMBO_TAG_BR))
            text += u'\n';
        else if (isText(child))
            text += QString::fromUtf8(child->v.text.text);
        else
            text += plainText(child);
    }
    return text;
}

// "Author, <a href=url>Forum</a> · 2026-03-01 · <span>Stance</span>" (ContentRenderer).
void readCitation(const GumboNode *cite, Voice *voice)
{
    struct Segment
    {
        QString text;
        QString href;
        QString linkText;
        bool hasLink = false;
        bool isStance = false;
    };
    const QString separator = u" · "_s;
    QList<Segment> segments(1);
    for (const GumboNode *child : childrenOf(cite)) {
        if (isTag(child, GUMBO_TAG_A)) {
            segments.last().hasLink = true;
            segments.last().href = attribute(child, "href");
            segments.last().linkText = textOf(child);
            continue;
        }
        if (isTag(child, GUMBO_TAG_SPAN) && hasClass(child, u"quorum-stance"_s)) {
            segments.last().isStance = true;
            segments.last().text = textOf(child);
            continue;
        }
        const QStringList pieces = textOf(child).split(separator);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                segments.append(Segment{});
            segments.last().text += pieces.at(i);
        }
    }
    bool whoSeen = false;
    for (const Segment &segment : std::as_const(segments)) {
        const QString text = segment.text.trimmed();
        if (segment.isStance) {
            voice->stance = text;
            continue;
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!segment.hasLink && date.isValid() && text.size() == 10) {
            voice->date = date;
            continue;
        }
        if (whoSeen || (text.isEmpty() && !segment.hasLink))
            continue;
        whoSeen = true;
        if (segment.hasLink) {
            voice->url = segment.href;
            voice->forum = segment.linkText == segment.href ? QString() : segment.linkText;
            QString author = text;
            if (author.endsWith(u','))
                author.chop(1);
            voice->author = author.trimmed();
        } else {
            const qsizetype comma = text.indexOf(u", "_s);
            voice->author = comma < 0 ? text : text.left(comma).trimmed();
            voice->forum = comma < 0 ? QString() : text.mid(comma + 2).trimmed();
        }
    }
}

} // namespace

Voice voiceOf(const GumboNode *quote)
{
    Voice voice;
    QStringList paragraphs;
    for (const GumboNode *child : childrenOf(quote)) {
        if (isTag(child, GUMBO_TAG_CITE))
            readCitation(child, &voice);
        else if (isElement(child))
            paragraphs.append(plainText(child).trimmed());
    }
    paragraphs.removeAll(QString());
    voice.quote = paragraphs.join(u"\n\n"_s);
    return voice;
}

} // namespace quorum::html
