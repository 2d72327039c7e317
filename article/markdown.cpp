// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdown.h"

#include "blockgrammar.h"
#include "cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QList>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QString typeName(cmark_node *node)
{
    return QString::fromLatin1(cmark_node_get_type_string(node));
}

class BlockWriter
{
public:
    BlockWriter(const CmarkDocument &document, const BlockMarkup &markup)
        : m_doc(document)
        , m_markup(markup)
    {}

    // One top-level block (or a nested one).
    QString topLevel(cmark_node *node) const { return block(node); }

    QString children(cmark_node *parent) const
    {
        QStringList blocks;
        for (cmark_node *child = cmark_node_first_child(parent); child;
             child = cmark_node_next(child))
            blocks.append(block(child));
        return m_markup.join(blocks);
    }

    // The blocks a list is published as. A list item of the block editor holds one piece of
    // rich text and nested lists, nothing else: a block it cannot hold (a table, a quote, a code
    // block, a separator, a kept block) ends the list, stands after it at the top level, and
    // the list goes on after it, an ordered one from the number it had reached.
    QStringList listBlocks(cmark_node *node) const
    {
        QStringList after;
        const QString head = listPart(node, &after);
        if (!head.isEmpty())
            after.prepend(head);
        return after;
    }

    // Whether `list` is published as more than one block (see listBlocks).
    static bool isSplit(cmark_node *list)
    {
        for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
            for (cmark_node *child = cmark_node_first_child(item); child;
                 child = cmark_node_next(child)) {
                if (!fitsInListItem(child) ||
                    (cmark_node_get_type(child) == CMARK_NODE_LIST && isSplit(child)))
                    return true;
            }
        }
        return false;
    }

private:
    QString block(cmark_node *node) const
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            if (cmark_node *image = onlyImage(node))
                return figure(image);
            return paragraph(m_doc.innerHtml(node));
        case CMARK_NODE_HEADING: {
            const int level = qBound(3, cmark_node_get_heading_level(node) + 1, 6);
            return m_markup.block(
                u"core/heading",
                u"<h%1 class=\"wp-block-heading\">%2</h%1>"_s.arg(level).arg(m_doc.innerHtml(node)),
                {{u"level"_s, level}});
        }
        case CMARK_NODE_LIST:
            return m_markup.join(listBlocks(node));
        case CMARK_NODE_BLOCK_QUOTE:
            return m_markup.block(u"core/quote", u"<blockquote class=\"wp-block-quote\">"_s +
                                                     children(node) + u"</blockquote>"_s);
        case CMARK_NODE_CODE_BLOCK: {
            QString code = QString::fromUtf8(cmark_node_get_literal(node));
            if (code.endsWith(u'\n'))
                code.chop(1);
            return m_markup.block(u"core/code", u"<pre class=\"wp-block-code\"><code>"_s +
                                                    BlockMarkup::escape(code) + u"</code></pre>"_s);
        }
        case CMARK_NODE_THEMATIC_BREAK:
            return separator();
        case CMARK_NODE_HTML_BLOCK: { // only a kept block's line is left as HTML
            const QString kept = m_doc.keptMarkup(node);
            return m_markup.format() == RenderFormat::Blocks ? kept : withoutDelimiters(kept);
        }
        default:
            break;
        }
        if (typeName(node) == u"table")
            return table(node);
        // Anything else cmark may grow is shown as its text, never as markup.
        return paragraph(BlockMarkup::escape(QString::fromUtf8(cmark_node_get_literal(node))));
    }

    QString paragraph(const QString &inlineHtml) const
    {
        return m_markup.block(u"core/paragraph", u"<p>"_s + inlineHtml + u"</p>"_s);
    }

    // The image when it is all the paragraph holds.
    static cmark_node *onlyImage(cmark_node *paragraph)
    {
        cmark_node *child = cmark_node_first_child(paragraph);
        if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_IMAGE)
            return nullptr;
        return child;
    }

    // An image block as the block editor's save() writes it, the same in WordPress 6.1 and
    // later: the title is the caption; an uploaded image is the full-size file, with its media
    // id in the block and in the img's class.
    QString figure(cmark_node *image) const
    {
        const QString caption = QString::fromUtf8(cmark_node_get_title(image));
        const qint64 id = m_doc.mediaId(image);
        // cmark writes the img tag as it does inline ("<img src=\"…\" alt=\"…\" />"): it
        // drops dangerous addresses and escapes the rest. Without the title, which becomes the
        // caption rather than a tooltip; the tag is then closed as the block editor does.
        cmark_node_set_title(image, "");
        QString html = m_doc.html(image).trimmed();
        if (html.endsWith(u" />"_s))
            html.chop(3);
        QJsonObject attributes;
        QString figureClass = u"wp-block-image"_s;
        if (id > 0) {
            attributes.insert(u"id"_s, id);
            attributes.insert(u"sizeSlug"_s, u"full"_s);
            figureClass += u" size-full"_s;
            html += u" class=\"wp-image-%1\""_s.arg(id);
        }
        html += u"/>"_s;
        if (!caption.isEmpty()) {
            // Quotes stay as they are in text, as the block editor writes a caption.
            QString text = caption;
            text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s).replace(u'>', u"&gt;"_s);
            html += u"<figcaption class=\"wp-element-caption\">"_s + text + u"</figcaption>"_s;
        }
        return m_markup.block(u"core/image",
                              u"<figure class=\"%1\">%2</figure>"_s.arg(figureClass, html),
                              attributes);
    }

    QString separator() const
    {
        return m_markup.block(u"core/separator",
                              u"<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>"_s);
    }

    static bool fitsInListItem(cmark_node *node)
    {
        const cmark_node_type type = cmark_node_get_type(node);
        return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
               type == CMARK_NODE_LIST;
    }

    // The part of the list `node` that stands where the list stands (empty when its first
    // item starts with a block a list item cannot hold); what follows once such a block ended
    // the list goes to `after`, as top-level blocks.
    QString listPart(cmark_node *node, QStringList *after) const
    {
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        int number = cmark_node_get_list_start(node);
        int runStart = number;
        QString head;
        bool ended = false;
        QStringList items;
        auto closeRun = [&] {
            if (items.isEmpty())
                return;
            const QString list = listBlock(ordered, runStart, items);
            if (ended)
                after->append(list);
            else
                head = list;
            items.clear();
        };
        for (cmark_node *item = cmark_node_first_child(node); item;
             item = cmark_node_next(item), ++number) {
            QStringList text;
            QStringList nested;
            QStringList rest; // the item's blocks from the first one it cannot hold
            for (cmark_node *child = cmark_node_first_child(item); child;
                 child = cmark_node_next(child)) {
                if (!rest.isEmpty() || !fitsInListItem(child)) {
                    rest += topLevelBlocks(child);
                } else if (cmark_node_get_type(child) == CMARK_NODE_LIST) {
                    QStringList tail;
                    const QString part = listPart(child, &tail);
                    if (!part.isEmpty())
                        nested.append(part);
                    rest += tail;
                } else {
                    text.append(m_doc.innerHtml(child));
                }
            }
            // An ordered item that starts with such a block keeps its number, empty.
            if (rest.isEmpty() || !text.isEmpty() || !nested.isEmpty() || ordered)
                items.append(m_markup.block(u"core/list-item", u"<li>"_s + text.join(u"<br>"_s) +
                                                                   m_markup.join(nested) +
                                                                   u"</li>"_s));
            if (!rest.isEmpty()) {
                closeRun();
                ended = true;
                *after += rest;
                runStart = number + 1;
            }
        }
        closeRun();
        return head;
    }

    QStringList topLevelBlocks(cmark_node *node) const
    {
        return cmark_node_get_type(node) == CMARK_NODE_LIST ? listBlocks(node)
                                                            : QStringList{block(node)};
    }

    QString listBlock(bool ordered, int start, const QStringList &items) const
    {
        QJsonObject attributes;
        QString openTag =
            ordered ? u"<ol class=\"wp-block-list\""_s : u"<ul class=\"wp-block-list\""_s;
        if (ordered) {
            attributes.insert(u"ordered"_s, true);
            if (start != 1) {
                attributes.insert(u"start"_s, start);
                openTag += u" start=\"%1\""_s.arg(start);
            }
        }
        return m_markup.block(u"core/list",
                              openTag + u'>' + m_markup.join(items) +
                                  (ordered ? u"</ol>"_s : u"</ul>"_s),
                              attributes);
    }

    QString table(cmark_node *node) const
    {
        const uint16_t columns = cmark_gfm_extensions_get_table_columns(node);
        const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
        QString head;
        QString body;
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            const bool header = cmark_gfm_extensions_get_table_row_is_header(row);
            const QString cellTag = header ? u"th"_s : u"td"_s;
            QString cells;
            int column = 0;
            for (cmark_node *cell = cmark_node_first_child(row); cell;
                 cell = cmark_node_next(cell), ++column) {
                QString content;
                for (cmark_node *part = cmark_node_first_child(cell); part;
                     part = cmark_node_next(part))
                    content += m_doc.html(part);
                const char align = column < columns && alignments ? char(alignments[column]) : 0;
                const QString alignName = align == 'l'   ? u"left"_s
                                          : align == 'c' ? u"center"_s
                                          : align == 'r' ? u"right"_s
                                                         : QString();
                const QString alignAttributes =
                    alignName.isEmpty()
                        ? QString()
                        : u" class=\"has-text-align-%1\" data-align=\"%1\""_s.arg(alignName);
                cells +=
                    u'<' + cellTag + alignAttributes + u'>' + content + u"</"_s + cellTag + u'>';
            }
            (header ? head : body) += u"<tr>"_s + cells + u"</tr>"_s;
        }
        QString html = u"<figure class=\"wp-block-table\"><table>"_s;
        if (!head.isEmpty())
            html += u"<thead>"_s + head + u"</thead>"_s;
        html += u"<tbody>"_s + body + u"</tbody></table></figure>"_s;
        // hasFixedLayout is written out: its default differs between WordPress releases.
        return m_markup.block(u"core/table", html, {{u"hasFixedLayout"_s, false}});
    }

    const CmarkDocument &m_doc;
    const BlockMarkup &m_markup;
};

} // namespace

QString MarkdownRenderer::toBlocks(const QString &markdown) const
{
    if (markdown.trimmed().isEmpty())
        return {};
    const CmarkDocument document(markdown, m_images, m_kept, m_footnotes);
    return BlockWriter(document, m_markup).children(document.root());
}

void MarkdownRenderer::collectFootnotes(const QString &markdown) const
{
    if (m_footnotes && !markdown.trimmed().isEmpty())
        const CmarkDocument document(markdown, m_images, m_kept, m_footnotes);
}

QList<RenderedMarkdownBlock> MarkdownRenderer::toBlockList(const QString &markdown) const
{
    QList<RenderedMarkdownBlock> blocks;
    if (markdown.trimmed().isEmpty())
        return blocks;
    const CmarkDocument document(markdown, m_images, m_kept, m_footnotes);
    const BlockWriter writer(document, m_markup);
    // cmark-gfm gives each block its first and last line (1-based).
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = markdown.indexOf(u'\n'); i >= 0; i = markdown.indexOf(u'\n', i + 1))
        lineStarts.append(i + 1);
    lineStarts.append(markdown.size() + 1);
    for (cmark_node *child = cmark_node_first_child(document.root()); child;
         child = cmark_node_next(child)) {
        const qsizetype first = qBound(1, cmark_node_get_start_line(child), lineStarts.size() - 1);
        const qsizetype last =
            qBound(first, qsizetype(cmark_node_get_end_line(child)), lineStarts.size() - 1);
        const qsizetype from = lineStarts.at(first - 1);
        qsizetype to = lineStarts.at(last) - 1;
        // A list's last line is the blank line after it: the block's text ends before.
        while (to > from && markdown.at(to - 1).isSpace())
            --to;
        blocks.append({markdown.mid(from, to - from), writer.topLevel(child)});
    }
    return blocks;
}

int MarkdownRenderer::blockAtLine(const QString &markdown, int line)
{
    // Footnote definitions are read as such, and render no block.
    const CmarkDocument document(markdown, {}, {}, nullptr, true);
    const BlockMarkup html(RenderFormat::Html);
    const BlockWriter writer(document, html);
    int index = -1;
    int current = 0;
    for (cmark_node *child = cmark_node_first_child(document.root()); child;
         child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION)
            continue;
        if (cmark_node_get_start_line(child) > line)
            break;
        index = current;
        const bool split =
            cmark_node_get_type(child) == CMARK_NODE_LIST && BlockWriter::isSplit(child);
        current += split ? int(writer.listBlocks(child).size()) : 1;
    }
    return index;
}

QString MarkdownRenderer::toInlineHtml(const QString &markdown) const
{
    const CmarkDocument document(markdown, m_images);
    QStringList paragraphs;
    for (cmark_node *child = cmark_node_first_child(document.root()); child;
         child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) != CMARK_NODE_PARAGRAPH)
            return BlockMarkup::escape(markdown.trimmed());
        paragraphs.append(document.innerHtml(child));
    }
    return paragraphs.join(u"<br>"_s);
}

} // namespace quorum
