// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "htmlmarkdown.h"

using namespace Qt::StringLiterals;

namespace quorum::html {

namespace {

bool looksLikeEntity(const QString &text, qsizetype ampersand)
{
    qsizetype i = ampersand + 1;
    if (i < text.size() && text.at(i) == u'#')
        return true;
    while (i < text.size() && text.at(i).isLetterOrNumber())
        ++i;
    return i > ampersand + 1 && i < text.size() && text.at(i) == u';';
}

} // namespace

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

// Inline markup Quorum writes never starts with a character escapeLineStarts escapes.
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

namespace {

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

class Writer
{
public:
    explicit Writer(const MarkdownWriter::FootnoteLabels &footnotes)
        : m_footnotes(footnotes)
    {}

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
            case GUMBO_TAG_SUP:
                if (const QString label = footnoteLabel(child); !label.isEmpty()) {
                    out += u"[^"_s + label + u']';
                    break;
                }
                out += inlines(child, brIsParagraph, skipLists);
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

    QString footnoteLabel(const GumboNode *sup) const
    {
        const QString id = attribute(sup, "data-fn");
        return id.isEmpty() || !m_footnotes ? QString() : m_footnotes(id);
    }

    static QString image(const GumboNode *img, const QString &title)
    {
        return u"!["_s + escapeText(attribute(img, "alt")) + u"]("_s +
               destination(attribute(img, "src"), title) + u')';
    }
    static QString image(const GumboNode *img) { return image(img, attribute(img, "title")); }

    // An image block's figure: the image with its caption as the title, which Quorum renders
    // as the caption again. A caption with markup of its own has no Markdown: nothing.
    static QString imageFigure(const GumboNode *figure)
    {
        const GumboNode *img = nullptr;
        QString caption;
        for (const GumboNode *child : childrenOf(figure)) {
            if (isTag(child, GUMBO_TAG_IMG) && !img) {
                img = child;
            } else if (isTag(child, GUMBO_TAG_FIGCAPTION)) {
                for (const GumboNode *part : childrenOf(child)) {
                    if (!isText(part))
                        return {};
                }
                caption = textOf(child);
            } else if (isElement(child) || !textOf(child).trimmed().isEmpty()) {
                return {};
            }
        }
        return img ? image(img, caption) : QString();
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
            if (hasClass(node, u"wp-block-image"_s))
                return imageFigure(node);
            return blocks(childrenOf(node));
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

private:
    const MarkdownWriter::FootnoteLabels &m_footnotes;
};

} // namespace

QString MarkdownWriter::blocks(const Nodes &nodes) const
{
    return Writer(m_footnotes).blocks(nodes);
}

QString MarkdownWriter::block(const GumboNode *node) const
{
    return Writer(m_footnotes).block(node);
}

QString MarkdownWriter::inlines(const GumboNode *parent, bool brIsParagraph, bool skipLists) const
{
    return Writer(m_footnotes).inlines(parent, brIsParagraph, skipLists);
}

} // namespace quorum::html
