// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "postcontentreader.h"

#include "contentrenderer.h"

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::PostContentReader {

namespace {

using Nodes = QList<const GumboNode *>;

struct OutputDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool isTag(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag;
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QStringList classesOf(const GumboNode *node)
{
    return attribute(node, "class").split(u' ', Qt::SkipEmptyParts);
}

bool hasClass(const GumboNode *node, const QString &name)
{
    return classesOf(node).contains(name);
}

Nodes childrenOf(const GumboNode *node)
{
    Nodes nodes;
    const GumboVector *children = nullptr;
    if (isElement(node))
        children = &node->v.element.children;
    else if (node->type == GUMBO_NODE_DOCUMENT)
        children = &node->v.document.children;
    if (!children)
        return nodes;
    for (unsigned int i = 0; i < children->length; ++i)
        nodes.append(static_cast<const GumboNode *>(children->data[i]));
    return nodes;
}

QString textOf(const GumboNode *node)
{
    if (isText(node))
        return QString::fromUtf8(node->v.text.text);
    QString text;
    for (const GumboNode *child : childrenOf(node))
        text += textOf(child);
    return text;
}

int headingLevel(const GumboNode *node)
{
    if (!isElement(node))
        return 0;
    switch (node->v.element.tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

// ---- Markdown ----

bool looksLikeEntity(const QString &text, qsizetype ampersand)
{
    qsizetype i = ampersand + 1;
    if (i < text.size() && text.at(i) == u'#')
        return true;
    while (i < text.size() && text.at(i).isLetterOrNumber())
        ++i;
    return i > ampersand + 1 && i < text.size() && text.at(i) == u';';
}

// Text as Markdown shows it: characters that would start markup get a backslash.
QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'~':
            out += u'\\';
            break;
        case u'&':
            if (looksLikeEntity(text, i))
                out += u'\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

// What would start a block at the beginning of a line: headings, quotes, list markers,
// setext underlines. Inline markup Quorum writes never starts with any of these.
QString escapeLineStarts(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.isEmpty())
            continue;
        const QChar first = line.at(0);
        const bool spaceAfter = line.size() == 1 || line.at(1) == u' ';
        if (first == u'#' || first == u'>' || ((first == u'-' || first == u'+') && spaceAfter)) {
            line.prepend(u'\\');
            continue;
        }
        bool underline = true;
        for (const QChar c : std::as_const(line))
            underline = underline && (c == u'=' || c == u'-' || c == u' ');
        if (underline) {
            line.prepend(u'\\');
            continue;
        }
        qsizetype digits = 0;
        while (digits < line.size() && line.at(digits).isDigit())
            ++digits;
        if (digits > 0 && digits < 10 && digits < line.size() &&
            (line.at(digits) == u'.' || line.at(digits) == u')') &&
            (digits + 1 == line.size() || line.at(digits + 1) == u' '))
            line.insert(digits, u'\\');
    }
    return lines.join(u'\n');
}

// `marker` around `inner`, with the spaces at its ends moved outside: "* x*" is no emphasis.
QString wrap(const QString &marker, const QString &inner)
{
    qsizetype start = 0;
    while (start < inner.size() && inner.at(start).isSpace())
        ++start;
    qsizetype end = inner.size();
    while (end > start && inner.at(end - 1).isSpace())
        --end;
    if (start == end)
        return inner;
    return inner.left(start) + marker + inner.mid(start, end - start) + marker + inner.mid(end);
}

QString codeSpan(const QString &code)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`') ||
                     (code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty());
    const QString space = pad ? u" "_s : QString();
    return fence + space + code + space + fence;
}

QString destination(const QString &url, const QString &title)
{
    QString dest = url;
    if (dest.isEmpty() || dest.contains(u' ') || dest.contains(u'(') || dest.contains(u')') ||
        dest.contains(u'<') || dest.contains(u'>')) {
        dest.replace(u'<', u"%3C"_s).replace(u'>', u"%3E"_s);
        dest = u'<' + dest + u'>';
    }
    if (!title.isEmpty()) {
        QString escaped = title;
        escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        dest += u" \""_s + escaped + u'"';
    }
    return dest;
}

class MarkdownWriter
{
public:
    /// Top-level blocks, separated by blank lines.
    QString blocks(const Nodes &nodes) const
    {
        QStringList parts;
        for (const GumboNode *node : nodes) {
            const QString part = block(node);
            if (!part.trimmed().isEmpty())
                parts.append(part);
        }
        return parts.join(u"\n\n"_s);
    }

    /// The inline content of `parent` as Markdown. A <br> is a hard break, or a paragraph
    /// break where the renderer joins paragraphs with it (`brIsParagraph`).
    QString inlines(const GumboNode *parent, bool brIsParagraph = false,
                    bool skipLists = false) const
    {
        QString out;
        bool afterBreak = false;
        for (const GumboNode *child : childrenOf(parent)) {
            if (isText(child)) {
                QString text = QString::fromUtf8(child->v.text.text);
                if (afterBreak && text.startsWith(u'\n'))
                    text.remove(0, 1);
                out += escapeText(text);
                afterBreak = false;
                continue;
            }
            afterBreak = false;
            if (!isElement(child))
                continue;
            switch (child->v.element.tag) {
            case GUMBO_TAG_BR:
                out += brIsParagraph ? u"\n\n"_s : u"\\\n"_s;
                afterBreak = true;
                break;
            case GUMBO_TAG_EM:
            case GUMBO_TAG_I:
                out += wrap(u"*"_s, inlines(child, brIsParagraph));
                break;
            case GUMBO_TAG_STRONG:
            case GUMBO_TAG_B:
                out += wrap(u"**"_s, inlines(child, brIsParagraph));
                break;
            case GUMBO_TAG_DEL:
            case GUMBO_TAG_S:
            case GUMBO_TAG_STRIKE:
                out += wrap(u"~~"_s, inlines(child, brIsParagraph));
                break;
            case GUMBO_TAG_CODE:
                out += codeSpan(textOf(child));
                break;
            case GUMBO_TAG_A:
                out += link(child, brIsParagraph);
                break;
            case GUMBO_TAG_IMG:
                out += image(child);
                break;
            case GUMBO_TAG_UL:
            case GUMBO_TAG_OL:
                if (!skipLists)
                    out += inlines(child, brIsParagraph);
                break;
            case GUMBO_TAG_SCRIPT:
            case GUMBO_TAG_STYLE:
                break;
            default:
                out += inlines(child, brIsParagraph, skipLists);
                break;
            }
        }
        return out;
    }

private:
    static QString image(const GumboNode *img)
    {
        return u"!["_s + escapeText(attribute(img, "alt")) + u"]("_s +
               destination(attribute(img, "src"), attribute(img, "title")) + u')';
    }

    QString link(const GumboNode *anchor, bool brIsParagraph) const
    {
        const QString href = attribute(anchor, "href");
        const QString text = textOf(anchor);
        // What an autolink made comes back as the address alone, which autolinks again.
        if (!href.isEmpty() && text == href && !href.contains(u' ') && !href.contains(u'<') &&
            !href.contains(u'>'))
            return u'<' + href + u'>';
        if (href == u"http://"_s + text || href == u"mailto:"_s + text)
            return text;
        return u'[' + inlines(anchor, brIsParagraph) + u"]("_s +
               destination(href, attribute(anchor, "title")) + u')';
    }

    QString block(const GumboNode *node) const
    {
        if (isText(node))
            return escapeLineStarts(escapeText(textOf(node).trimmed()));
        if (!isElement(node))
            return {};
        if (const int level = headingLevel(node)) {
            // Markdown `##` is an h3 in a section, `###` an h4 and so on (MarkdownRenderer).
            const QString text = inlines(node).replace(u'\n', u' ').trimmed();
            return QString(std::max(level - 1, 2), u'#') + u' ' + text;
        }
        switch (node->v.element.tag) {
        case GUMBO_TAG_P:
            return escapeLineStarts(inlines(node).trimmed());
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
            return list(node, QString());
        case GUMBO_TAG_BLOCKQUOTE: {
            QStringList lines = blocks(childrenOf(node)).split(u'\n');
            for (QString &line : lines)
                line = line.isEmpty() ? u">"_s : u"> "_s + line;
            return lines.join(u'\n');
        }
        case GUMBO_TAG_PRE: {
            const QString code = textOf(node);
            QString fence = u"```"_s;
            while (code.contains(fence))
                fence += u'`';
            return fence + u'\n' + code + (code.endsWith(u'\n') ? u""_s : u"\n"_s) + fence;
        }
        case GUMBO_TAG_HR:
            return u"---"_s;
        case GUMBO_TAG_IMG:
            return image(node);
        case GUMBO_TAG_TABLE:
            return table(node);
        case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_MAIN:
        case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_HEADER:
        case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_NAV:
        case GUMBO_TAG_FIGCAPTION:
        case GUMBO_TAG_DETAILS:
            return blocks(childrenOf(node));
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
            return {};
        default:
            return escapeLineStarts(inlines(node).trimmed());
        }
    }

    QString list(const GumboNode *node, const QString &indent) const
    {
        const bool ordered = isTag(node, GUMBO_TAG_OL);
        bool ok = false;
        int number = attribute(node, "start").toInt(&ok);
        if (!ok)
            number = 1;
        QStringList items;
        for (const GumboNode *item : childrenOf(node)) {
            if (!isTag(item, GUMBO_TAG_LI))
                continue;
            const QString marker = ordered ? QString::number(number++) + u". "_s : u"- "_s;
            const QString inner = indent + QString(marker.size(), u' ');
            QString text = escapeLineStarts(inlines(item, false, true).trimmed());
            text.replace(u'\n', u'\n' + inner);
            QString entry = indent + marker + text;
            for (const GumboNode *child : childrenOf(item)) {
                if (isTag(child, GUMBO_TAG_UL) || isTag(child, GUMBO_TAG_OL))
                    entry += u'\n' + list(child, inner);
            }
            items.append(entry);
        }
        return items.join(u'\n');
    }

    QString table(const GumboNode *node) const
    {
        Nodes rows;
        const auto collectRows = [&rows](const GumboNode *parent, const auto &self) -> void {
            for (const GumboNode *child : childrenOf(parent)) {
                if (isTag(child, GUMBO_TAG_TR))
                    rows.append(child);
                else if (isTag(child, GUMBO_TAG_THEAD) || isTag(child, GUMBO_TAG_TBODY) ||
                         isTag(child, GUMBO_TAG_TFOOT))
                    self(child, self);
            }
        };
        collectRows(node, collectRows);
        if (rows.isEmpty())
            return {};
        QStringList lines;
        QStringList delimiters;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            QStringList cells;
            for (const GumboNode *cell : childrenOf(rows.at(r))) {
                if (!isTag(cell, GUMBO_TAG_TD) && !isTag(cell, GUMBO_TAG_TH))
                    continue;
                cells.append(inlines(cell).replace(u'\n', u' ').replace(u'|', u"\\|"_s).trimmed());
                if (r == 0) {
                    const QString align = attribute(cell, "data-align");
                    delimiters.append(align == u"left"     ? u":---"_s
                                      : align == u"center" ? u":---:"_s
                                      : align == u"right"  ? u"---:"_s
                                                           : u"---"_s);
                }
            }
            lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
            if (r == 0)
                lines.append(u"| "_s + delimiters.join(u" | "_s) + u" |"_s);
        }
        return lines.join(u'\n');
    }
};

// ---- sections ----

struct Part
{
    const GumboNode *heading = nullptr;
    Nodes body;
};

std::optional<SectionKind> quorumKind(const GumboNode *heading)
{
    for (const QString &name : classesOf(heading)) {
        if (name.startsWith(u"quorum-"_s)) {
            if (const auto kind = sectionKindFromKey(name.mid(7)))
                return kind;
        }
    }
    return std::nullopt;
}

QString quorumId(const GumboNode *heading)
{
    const QString anchor = attribute(heading, "id");
    const QString prefix = ContentRenderer::anchorFor(QString());
    return anchor.startsWith(prefix) ? anchor.mid(prefix.size()) : QString();
}

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

Section quorumSection(SectionKind kind, const QString &id, const Part &part,
                      const MarkdownWriter &writer)
{
    Section section;
    section.id = id;
    section.kind = kind;
    section.heading = textOf(part.heading).trimmed();
    Nodes text;
    bool bulletsRead = false;
    bool splitRead = false;
    for (qsizetype i = 0; i < part.body.size(); ++i) {
        const GumboNode *node = part.body.at(i);
        if (kind == SectionKind::TlDr && !bulletsRead && isTag(node, GUMBO_TAG_UL)) {
            section.bullets = bulletsOf(node, writer);
            bulletsRead = true;
            // The separator that sets the summary apart belongs to the bullets.
            while (i + 1 < part.body.size() && !isElement(part.body.at(i + 1)))
                ++i;
            if (i + 1 < part.body.size() && isTag(part.body.at(i + 1), GUMBO_TAG_HR))
                ++i;
            continue;
        }
        if (kind == SectionKind::Verdict && !splitRead) {
            if (headingLevel(node) == 3 && hasClass(node, u"quorum-verdict-split"_s))
                continue;
            if (isTag(node, GUMBO_TAG_UL) && hasClass(node, u"quorum-verdict-bar"_s)) {
                for (const GumboNode *item : childrenOf(node)) {
                    if (isTag(item, GUMBO_TAG_LI))
                        section.stances.append(stanceOf(item));
                }
                splitRead = true;
                continue;
            }
        }
        if (kind == SectionKind::ForumVoices && isTag(node, GUMBO_TAG_BLOCKQUOTE) &&
            hasClass(node, u"quorum-voice"_s)) {
            section.voices.append(voiceOf(node));
            continue;
        }
        text.append(node);
    }
    if (kind != SectionKind::TlDr)
        section.markdown = writer.blocks(text);
    return section;
}

Section foreignSection(SectionKind kind, const Part &part, const MarkdownWriter &writer)
{
    Section section = Section::create(kind);
    if (part.heading)
        section.heading = writer.inlines(part.heading).replace(u'\n', u' ').trimmed();
    section.markdown = writer.blocks(part.body);
    return section;
}

// The published split says nothing of where it came from: when it is exactly the tally of
// the voices, the verdict was (or may as well be) computed from them.
void inferTallies(QList<Section> *sections)
{
    Article article;
    article.sections = *sections;
    for (Section &section : *sections) {
        if (section.kind != SectionKind::Verdict || section.stances.isEmpty())
            continue;
        Section tallied = section;
        tallied.stancesFromVoices = true;
        tallied.stances.clear();
        for (const Stance &stance : std::as_const(section.stances))
            tallied.stances.append({stance.label, 0, {}});
        bool anyVoice = false;
        for (const Section &other : std::as_const(article.sections)) {
            for (const Voice &voice : other.voices)
                anyVoice = anyVoice || !voice.stance.trimmed().isEmpty();
        }
        if (anyVoice && effectiveStances(article, tallied) == section.stances)
            section.stancesFromVoices = true;
    }
}

} // namespace

QList<Section> read(const QString &content, bool *quorumPost)
{
    const QByteArray utf8 = content.toUtf8();
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    const GumboNode *body = nullptr;
    for (const GumboNode *child : childrenOf(output->root)) {
        if (isTag(child, GUMBO_TAG_BODY))
            body = child;
    }
    if (quorumPost)
        *quorumPost = false;
    if (!body)
        return {};

    // Cut the content at its top-level h1 and h2 headings.
    QList<Part> parts(1);
    for (const GumboNode *node : childrenOf(body)) {
        const int level = headingLevel(node);
        if (level == 1 || level == 2)
            parts.append(Part{node, {}});
        else
            parts.last().body.append(node);
    }

    const MarkdownWriter writer;
    QList<Section> sections;
    bool anyQuorum = false;
    QSet<QString> ids;
    for (const Part &part : std::as_const(parts)) {
        if (!part.heading) {
            if (!writer.blocks(part.body).trimmed().isEmpty())
                sections.append(foreignSection(SectionKind::Introduction, part, writer));
            continue;
        }
        const std::optional<SectionKind> kind = quorumKind(part.heading);
        const QString id = quorumId(part.heading);
        if (kind && !id.isEmpty() && !ids.contains(id)) {
            ids.insert(id);
            anyQuorum = true;
            sections.append(quorumSection(*kind, id, part, writer));
        } else {
            sections.append(foreignSection(SectionKind::Text, part, writer));
        }
    }
    inferTallies(&sections);
    if (quorumPost)
        *quorumPost = anyQuorum;
    return sections;
}

} // namespace quorum::PostContentReader
