// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownspans.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QByteArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The same extensions as MarkdownRenderer, so that both read a text the same way.
const char *const kExtensions[] = {"table", "strikethrough", "autolink"};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The text as UTF-8, as cmark-gfm reads it, with the QString position of every byte and the
// lines as cmark-gfm counts them (from 1; \n, \r\n and \r end a line; columns count bytes).
class SourceMap
{
public:
    explicit SourceMap(const QString &text)
        : m_text(text)
    {
        m_utf8.reserve(text.size() + text.size() / 8);
        m_charAt.reserve(text.size() + 1);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < 0x80) {
                append(c, i);
            } else if (c < 0x800) {
                append(0xC0 | (c >> 6), i);
                append(0x80 | (c & 0x3F), i);
            } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                       QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
                append(0xF0 | (u >> 18), i);
                append(0x80 | ((u >> 12) & 0x3F), i);
                append(0x80 | ((u >> 6) & 0x3F), i);
                append(0x80 | (u & 0x3F), i);
                ++i;
            } else {
                // A lone surrogate becomes U+FFFD, as QString::toUtf8() writes it.
                const char16_t e = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
                append(0xE0 | (e >> 12), i);
                append(0x80 | ((e >> 6) & 0x3F), i);
                append(0x80 | (e & 0x3F), i);
            }
        }
        m_charAt.append(int(text.size()));

        qsizetype start = 0;
        for (qsizetype b = 0; b < m_utf8.size(); ++b) {
            const char c = m_utf8.at(b);
            if (c != '\n' && c != '\r')
                continue;
            m_lineStarts.append(int(start));
            m_lineEnds.append(int(b));
            if (c == '\r' && b + 1 < m_utf8.size() && m_utf8.at(b + 1) == '\n')
                ++b;
            start = b + 1;
        }
        m_lineStarts.append(int(start));
        m_lineEnds.append(int(m_utf8.size()));
    }

    const QByteArray &utf8() const { return m_utf8; }
    int lineCount() const { return int(m_lineStarts.size()); }
    bool hasLine(int line) const { return line >= 1 && line <= lineCount(); }

    /// The position of the character at 1-based byte `column` of 1-based `line`; a column past
    /// the end of the line gives the line's end.
    qsizetype position(int line, int column) const { return m_charAt.at(byteAt(line, column)); }
    /// The position just after the character at `column` of `line`.
    qsizetype positionAfter(int line, int column) const
    {
        const int byte = byteAt(line, column);
        if (byte >= m_lineEnds.at(line - 1))
            return m_charAt.at(byte);
        const qsizetype at = m_charAt.at(byte);
        return at + (m_text.at(at).isHighSurrogate() && at + 1 < m_text.size() ? 2 : 1);
    }
    qsizetype lineStart(int line) const { return m_charAt.at(m_lineStarts.at(line - 1)); }
    qsizetype lineEnd(int line) const { return m_charAt.at(m_lineEnds.at(line - 1)); }

    /// The 1-based byte column where the content of `line` starts after indentation and
    /// block quote markers (a `>` indented by four or more is content).
    int contentColumn(int line) const
    {
        const int start = m_lineStarts.at(line - 1);
        const int end = m_lineEnds.at(line - 1);
        int b = start;
        int spaces = 0;
        while (b < end) {
            const char c = m_utf8.at(b);
            if (c == ' ' || c == '\t') {
                spaces += c == '\t' ? 4 : 1;
                ++b;
            } else if (c == '>' && spaces < 4) {
                spaces = 0;
                ++b;
            } else {
                break;
            }
        }
        return b - start + 1;
    }

private:
    void append(int byte, qsizetype position)
    {
        m_utf8.append(char(byte));
        m_charAt.append(int(position));
    }
    int byteAt(int line, int column) const
    {
        const int start = m_lineStarts.at(line - 1);
        return std::clamp(start + column - 1, start, m_lineEnds.at(line - 1));
    }

    const QString &m_text;
    QByteArray m_utf8;
    QList<int> m_charAt;
    QList<int> m_lineStarts; // byte offsets
    QList<int> m_lineEnds;   // byte offsets of each line's terminator (or the text's end)
};

// Walks cmark-gfm's tree and turns its source positions into spans.
class SpanCollector
{
public:
    explicit SpanCollector(const QString &text)
        : m_text(text)
        , m_map(text)
        , m_delta(m_map.lineCount() + 2, 0)
    {}

    const QByteArray &utf8() const { return m_map.utf8(); }

    QList<MarkdownSpan> collect(cmark_node *root)
    {
        cmark_iter *iter = cmark_iter_new(root);
        int quoteDepth = 0;
        cmark_node *skipping = nullptr;
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            const cmark_node_type type = cmark_node_get_type(node);
            // What a table read again (see table()) is not read from cmark-gfm's nodes.
            if (skipping) {
                if (node == skipping && event == CMARK_EVENT_EXIT)
                    skipping = nullptr;
                continue;
            }
            if (event == CMARK_EVENT_ENTER &&
                (m_skipped.contains(node) ||
                 (type == CMARK_NODE_PARAGRAPH && cmark_node_get_start_line(node) == 0))) {
                skipping = node;
                continue;
            }
            if (type == CMARK_NODE_BLOCK_QUOTE) {
                if (event == CMARK_EVENT_ENTER)
                    blockQuote(node, ++quoteDepth);
                else
                    --quoteDepth;
                continue;
            }
            if (event == CMARK_EVENT_ENTER)
                enter(node, type);
        }
        cmark_iter_free(iter);
        std::sort(m_spans.begin(), m_spans.end(), [](const MarkdownSpan &a, const MarkdownSpan &b) {
            return a.start != b.start ? a.start < b.start : a.length > b.length;
        });
        return m_spans;
    }

private:
    void enter(cmark_node *node, cmark_node_type type)
    {
        switch (type) {
        case CMARK_NODE_ITEM:
            listMarker(node);
            return;
        case CMARK_NODE_CODE_BLOCK:
            wholeLines(node, MarkdownSpanKind::CodeBlock);
            return;
        case CMARK_NODE_HTML_BLOCK:
            wholeLines(node, MarkdownSpanKind::RawHtml);
            return;
        case CMARK_NODE_THEMATIC_BREAK:
            wholeLines(node, MarkdownSpanKind::ThematicBreak);
            return;
        case CMARK_NODE_PARAGRAPH:
            correctLines(node);
            return;
        case CMARK_NODE_HEADING:
            correctLines(node);
            heading(node);
            return;
        case CMARK_NODE_EMPH:
            delimited(node, MarkdownSpanKind::Emphasis);
            return;
        case CMARK_NODE_STRONG:
            delimited(node, MarkdownSpanKind::Strong);
            return;
        case CMARK_NODE_CODE:
            codeSpan(node);
            return;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            link(node, type == CMARK_NODE_IMAGE);
            return;
        case CMARK_NODE_HTML_INLINE:
            rawHtml(node);
            return;
        default:
            break;
        }
        const char *name = cmark_node_get_type_string(node);
        if (std::strcmp(name, "strikethrough") == 0)
            delimited(node, MarkdownSpanKind::Strikethrough);
        else if (std::strcmp(name, "table") == 0)
            table(node);
        else if (std::strcmp(name, "table_cell") == 0)
            m_autolinkFrom = 0;
    }

    void add(MarkdownSpanKind kind, qsizetype start, qsizetype end)
    {
        if (end > start)
            m_spans.append({kind, start, end - start});
    }

    bool hasPosition(cmark_node *node) const
    {
        return m_map.hasLine(cmark_node_get_start_line(node)) &&
               m_map.hasLine(cmark_node_get_end_line(node)) &&
               cmark_node_get_start_column(node) > 0;
    }

    // A URL or e-mail address the autolink extension found in plain text (not `<…>`, not
    // `[…](…)`): its text is the address as written.
    static QString bareAddress(cmark_node *link)
    {
        cmark_node *text = cmark_node_first_child(link);
        if (!text || text != cmark_node_last_child(link) ||
            cmark_node_get_type(text) != CMARK_NODE_TEXT)
            return {};
        return QString::fromUtf8(cmark_node_get_literal(text));
    }

    // ---- blocks: their positions are exact ----

    int lastLine(cmark_node *node) const
    {
        // A block that ends with its line reports column 0 of the next line.
        int line = cmark_node_get_end_line(node);
        if (cmark_node_get_end_column(node) == 0)
            --line;
        return std::clamp(line, cmark_node_get_start_line(node), m_map.lineCount());
    }
    qsizetype blockStart(cmark_node *node) const
    {
        return m_map.position(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    }

    void wholeLines(cmark_node *node, MarkdownSpanKind kind)
    {
        if (hasPosition(node))
            add(kind, blockStart(node), m_map.lineEnd(lastLine(node)));
    }

    void listMarker(cmark_node *item)
    {
        if (!hasPosition(item))
            return;
        const qsizetype start = blockStart(item);
        qsizetype end = start;
        if (end < m_text.size() && QStringView(u"-+*").contains(m_text.at(end))) {
            ++end;
        } else {
            while (end < m_text.size() && m_text.at(end).isDigit())
                ++end;
            if (end == start || end >= m_text.size() ||
                (m_text.at(end) != u'.' && m_text.at(end) != u')'))
                return;
            ++end;
        }
        add(MarkdownSpanKind::ListMarker, start, end);
    }

    // The `depth`-th `>` on each line of a block quote at that nesting depth; a lazy line
    // without it has no marker of this quote.
    void blockQuote(cmark_node *quote, int depth)
    {
        if (!hasPosition(quote))
            return;
        const qsizetype first = blockStart(quote);
        if (m_text.at(first) == u'>')
            add(MarkdownSpanKind::BlockQuoteMarker, first, first + 1);
        for (int line = cmark_node_get_start_line(quote) + 1; line <= lastLine(quote); ++line) {
            int seen = 0;
            for (qsizetype p = m_map.lineStart(line); p < m_map.lineEnd(line); ++p) {
                const QChar c = m_text.at(p);
                if (c == u'>' && ++seen == depth) {
                    add(MarkdownSpanKind::BlockQuoteMarker, p, p + 1);
                    break;
                }
                if (c != u'>' && !isBlank(c))
                    break;
            }
        }
    }

    void heading(cmark_node *node)
    {
        if (!hasPosition(node))
            return;
        const qsizetype start = blockStart(node);
        const int last = lastLine(node);
        const qsizetype end = m_map.lineEnd(last);
        add(MarkdownSpanKind::Heading, start, end);
        if (m_text.at(start) == u'#') {
            qsizetype open = start;
            while (open < end && m_text.at(open) == u'#')
                ++open;
            add(MarkdownSpanKind::HeadingMarker, start, open);
            // An optional closing sequence: #s after a blank, then only blanks.
            qsizetype close = end;
            while (close > open && isBlank(m_text.at(close - 1)))
                --close;
            qsizetype hashes = close;
            while (hashes > open && m_text.at(hashes - 1) == u'#')
                --hashes;
            if (hashes < close && hashes > open && isBlank(m_text.at(hashes - 1)))
                add(MarkdownSpanKind::HeadingMarker, hashes, close);
        } else if (last > cmark_node_get_start_line(node)) {
            // Setext: the underline is the last line.
            qsizetype mark = m_map.position(last, m_map.contentColumn(last));
            qsizetype markEnd = end;
            while (markEnd > mark && isBlank(m_text.at(markEnd - 1)))
                --markEnd;
            add(MarkdownSpanKind::HeadingMarker, mark, markEnd);
        }
    }

    // A table directly after a paragraph's lines takes the last of them as its header, and
    // cmark-gfm then reports that paragraph without a position and the header row at the
    // paragraph's start, with columns counted from there. Those two parts are read again on
    // their own (the paragraph's lines; the header with the delimiter row), and cmark-gfm's
    // nodes for them are skipped.
    void table(cmark_node *node)
    {
        if (!hasPosition(node))
            return;
        int first = cmark_node_get_start_line(node);
        const int last = lastLine(node);
        int delimiterRow = first + 1;
        while (delimiterRow <= last && !isDelimiterRow(delimiterRow))
            ++delimiterRow;
        if (delimiterRow > last)
            return;
        cmark_node *header = cmark_node_first_child(node);
        if (header && cmark_node_get_start_line(header) != delimiterRow - 1) {
            m_skipped.insert(header);
            if (delimiterRow - 1 > first)
                addReadAlone(first, delimiterRow - 2, /*table=*/false);
            first = delimiterRow - 1;
            addReadAlone(first, delimiterRow, /*table=*/true);
        }
        for (cmark_node *row = cmark_node_first_child(node); row; row = cmark_node_next(row)) {
            const int line = cmark_node_get_start_line(row);
            if (m_skipped.contains(row) || line < first || line > last)
                continue;
            QList<std::pair<qsizetype, qsizetype>> cells;
            for (cmark_node *cell = cmark_node_first_child(row); cell;
                 cell = cmark_node_next(cell)) {
                if (hasPosition(cell) && cmark_node_get_end_column(cell) > 0)
                    cells.append(
                        {blockStart(cell), m_map.positionAfter(cmark_node_get_end_line(cell),
                                                               cmark_node_get_end_column(cell))});
            }
            for (qsizetype p = m_map.lineStart(line); p < m_map.lineEnd(line); ++p) {
                if (m_text.at(p) != u'|' || (p > 0 && m_text.at(p - 1) == u'\\'))
                    continue;
                const bool inCell = std::any_of(cells.cbegin(), cells.cend(), [p](const auto &c) {
                    return p >= c.first && p < c.second;
                });
                if (!inCell)
                    add(MarkdownSpanKind::TableDelimiter, p, p + 1);
            }
        }
        if (!m_skipped.contains(header)) {
            qsizetype start = m_map.position(delimiterRow, m_map.contentColumn(delimiterRow));
            qsizetype end = m_map.lineEnd(delimiterRow);
            while (end > start && isBlank(m_text.at(end - 1)))
                --end;
            add(MarkdownSpanKind::TableDelimiter, start, end);
        }
    }

    // | --- | :-: | (pipes between the cells optional at the ends), after any container marks.
    bool isDelimiterRow(int line) const
    {
        static const QRegularExpression row(u"^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
        const qsizetype start = m_map.position(line, m_map.contentColumn(line));
        return row.match(QStringView(m_text).mid(start, m_map.lineEnd(line) - start)).hasMatch();
    }

    // Reads the content of lines `first` to `last` (without indentation and quote marks) as
    // a text of its own and keeps what it holds inline (and, for a table, the pipes): the
    // blocks around those lines are known already.
    void addReadAlone(int first, int last, bool table)
    {
        using K = MarkdownSpanKind;
        struct Line
        {
            qsizetype inPart;
            qsizetype inText;
        };
        QString part;
        QList<Line> lines;
        for (int line = first; line <= last; ++line) {
            const qsizetype from = m_map.position(line, m_map.contentColumn(line));
            lines.append({part.size(), from});
            part += QStringView(m_text).mid(from, m_map.lineEnd(line) - from);
            if (line < last)
                part += u'\n';
        }
        const auto inText = [&lines](qsizetype at) {
            const auto line =
                std::upper_bound(lines.cbegin(), lines.cend(), at,
                                 [](qsizetype value, const Line &l) { return value < l.inPart; }) -
                1;
            return line->inText + (at - line->inPart);
        };
        for (const MarkdownSpan &span : markdownSpans(part)) {
            switch (span.kind) {
            case K::Emphasis:
            case K::Strong:
            case K::Strikethrough:
            case K::Delimiter:
            case K::Code:
            case K::LinkText:
            case K::ImageText:
            case K::LinkDestination:
            case K::Autolink:
            case K::RawHtml:
                break;
            case K::TableDelimiter:
                if (table)
                    break;
                continue;
            default:
                continue;
            }
            add(span.kind, inText(span.start), inText(span.end()));
        }
    }

    // ---- inlines: cmark-gfm counts their columns from the line's content ----

    // cmark-gfm reports an inline column as (offset in the line's content) + the block's own
    // first column. On a continuation line whose containers took a different width than on
    // the block's first line (a lazy line, a list item's deeper indentation), that is off by
    // the difference. Each line's correction is pinned by the node that starts it after a line
    // break, whose true column is where the line's content starts; a line without such a
    // node (one a code span runs into) falls back to its content start.
    void correctLines(cmark_node *block)
    {
        m_autolinkFrom = 0;
        if (!hasPosition(block))
            return;
        const int first = cmark_node_get_start_line(block);
        const int last = std::min(cmark_node_get_end_line(block), m_map.lineCount());
        const int blockColumn = cmark_node_get_start_column(block);
        for (int line = first + 1; line <= last; ++line)
            m_delta[line] = m_map.contentColumn(line) - blockColumn;

        bool afterBreak = false;
        for (cmark_node *node = cmark_node_first_child(block); node;) {
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
                afterBreak = true;
            } else if (afterBreak) {
                afterBreak = false;
                const int line = cmark_node_get_start_line(node);
                if (line > first && line <= last) {
                    int column = m_map.contentColumn(line);
                    int reported = cmark_node_get_start_column(node);
                    const qsizetype at = m_map.position(line, column);
                    if (type == CMARK_NODE_LINK && at < m_text.size() && m_text.at(at) != u'[' &&
                        m_text.at(at) != u'<') {
                        // A bare address (www.…) reports a wrong start but a true end.
                        column += int(bareAddress(node).toUtf8().size()) - 1;
                        reported = cmark_node_get_end_column(node);
                    }
                    if (type == CMARK_NODE_CODE) {
                        // A code span's column is that of its content, after the backticks.
                        for (qsizetype p = m_map.position(line, column);
                             p < m_map.lineEnd(line) && m_text.at(p) == u'`'; ++p)
                            ++column;
                    }
                    m_delta[line] = column - reported;
                }
            }
            if (cmark_node *child = cmark_node_first_child(node)) {
                node = child;
                continue;
            }
            while (node != block && !cmark_node_next(node))
                node = cmark_node_parent(node);
            node = node == block ? nullptr : cmark_node_next(node);
        }
    }

    qsizetype inlineStart(cmark_node *node) const
    {
        const int line = cmark_node_get_start_line(node);
        return m_map.position(line, cmark_node_get_start_column(node) + m_delta.at(line));
    }
    qsizetype inlineEnd(cmark_node *node) const
    {
        const int line = cmark_node_get_end_line(node);
        return m_map.positionAfter(line, cmark_node_get_end_column(node) + m_delta.at(line));
    }

    bool runOf(QChar c, qsizetype start, qsizetype length) const
    {
        if (start < 0 || start + length > m_text.size())
            return false;
        for (qsizetype i = start; i < start + length; ++i) {
            if (m_text.at(i) != c)
                return false;
        }
        return true;
    }

    static int delimiterLength(cmark_node *node)
    {
        return cmark_node_get_type(node) == CMARK_NODE_STRONG ? 2 : 1;
    }

    // The range of an emphasis or strong node. cmark-gfm reports `***a***` as emphasis and
    // strong over the same columns: the inner one lies inside the outer one's delimiters.
    std::pair<qsizetype, qsizetype> delimitedRange(cmark_node *node) const
    {
        qsizetype start = inlineStart(node);
        qsizetype end = inlineEnd(node);
        cmark_node *parent = cmark_node_parent(node);
        const cmark_node_type parentType = cmark_node_get_type(parent);
        if ((parentType == CMARK_NODE_EMPH || parentType == CMARK_NODE_STRONG) &&
            cmark_node_first_child(parent) == node && cmark_node_last_child(parent) == node &&
            hasPosition(parent)) {
            const auto outer = delimitedRange(parent);
            if (outer.first == start && outer.second == end) {
                start += delimiterLength(parent);
                end -= delimiterLength(parent);
            }
        }
        return {start, end};
    }

    void delimited(cmark_node *node, MarkdownSpanKind kind)
    {
        if (!hasPosition(node))
            return;
        const auto [start, end] = delimitedRange(node);
        if (start < 0 || end > m_text.size())
            return;
        qsizetype length = 0;
        QChar c = start < m_text.size() ? m_text.at(start) : QChar();
        if (kind == MarkdownSpanKind::Strikethrough) {
            length = runOf(u'~', start, 2) ? 2 : 1;
            if (c != u'~')
                return;
        } else {
            length = delimiterLength(node);
            if (c != u'*' && c != u'_')
                return;
        }
        if (end - start < 2 * length + 1 || !runOf(c, start, length) ||
            !runOf(c, end - length, length))
            return;
        add(kind, start, end);
        add(MarkdownSpanKind::Delimiter, start, start + length);
        add(MarkdownSpanKind::Delimiter, end - length, end);
    }

    void codeSpan(cmark_node *node)
    {
        if (!hasPosition(node))
            return;
        const qsizetype content = inlineStart(node);
        qsizetype open = content;
        while (open > 0 && m_text.at(open - 1) == u'`')
            --open;
        const qsizetype ticks = content - open;
        if (ticks == 0)
            return;
        // The span ends with the next run of exactly as many backticks.
        for (qsizetype p = content; p < m_text.size();) {
            if (m_text.at(p) != u'`') {
                ++p;
                continue;
            }
            qsizetype run = p;
            while (run < m_text.size() && m_text.at(run) == u'`')
                ++run;
            if (run - p == ticks) {
                add(MarkdownSpanKind::Code, open, run);
                return;
            }
            p = run;
        }
    }

    void link(cmark_node *node, bool image)
    {
        if (!hasPosition(node)) {
            if (!image)
                bareAutolink(node);
            return;
        }
        const qsizetype start = inlineStart(node);
        const qsizetype end = inlineEnd(node);
        if (start >= end || end > m_text.size())
            return;
        if (!image && m_text.at(start) != u'[' && m_text.at(start) != u'<') {
            // A bare address with a position (www.…): its end is right, its start is not.
            const QString written = bareAddress(node);
            if (!written.isEmpty() && end >= written.size() &&
                QStringView(m_text).mid(end - written.size(), written.size()) == written) {
                add(MarkdownSpanKind::Autolink, end - written.size(), end);
                m_autolinkFrom = end;
            }
            return;
        }
        if (!image && m_text.at(start) == u'<' && m_text.at(end - 1) == u'>') {
            add(MarkdownSpanKind::Autolink, start, end);
            return;
        }
        const qsizetype open = start + (image ? 1 : 0);
        if ((image && m_text.at(start) != u'!') || open >= end || m_text.at(open) != u'[')
            return;
        const QChar last = m_text.at(end - 1);
        if (last != u')' && last != u']')
            return;
        const qsizetype close = closingBracket(open, end);
        if (close < 0)
            return;
        add(image ? MarkdownSpanKind::ImageText : MarkdownSpanKind::LinkText, start, close + 1);
        add(MarkdownSpanKind::LinkDestination, close + 1, end);
    }

    // The `]` that closes the `[` at `open`, skipping escapes, nested brackets and code spans.
    qsizetype closingBracket(qsizetype open, qsizetype end) const
    {
        int depth = 0;
        for (qsizetype p = open; p < end; ++p) {
            const QChar c = m_text.at(p);
            if (c == u'\\') {
                ++p;
            } else if (c == u'`') {
                qsizetype run = p;
                while (run < end && m_text.at(run) == u'`')
                    ++run;
                const QString ticks(run - p, u'`');
                const qsizetype closing = m_text.indexOf(ticks, run);
                if (closing >= 0 && closing < end)
                    p = closing + ticks.size() - 1;
                else
                    p = run - 1;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']' && --depth == 0) {
                return p;
            }
        }
        return -1;
    }

    // A bare URL or e-mail address the autolink extension found: it carries no source
    // position, so it is looked up as written, after the node before it.
    void bareAutolink(cmark_node *node)
    {
        const QString written = bareAddress(node);
        qsizetype from = m_autolinkFrom;
        for (cmark_node *before = cmark_node_previous(node); before;
             before = cmark_node_previous(before)) {
            if (hasPosition(before)) {
                from = std::max(from, inlineStart(before));
                break;
            }
        }
        cmark_node *parent = cmark_node_parent(node);
        if (from == m_autolinkFrom && parent && hasPosition(parent))
            from = std::max(from, cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH
                                      ? blockStart(parent)
                                      : inlineStart(parent));
        const qsizetype at = written.isEmpty() ? -1 : m_text.indexOf(written, from);
        if (at < 0)
            return;
        add(MarkdownSpanKind::Autolink, at, at + written.size());
        m_autolinkFrom = at + written.size();
    }

    void rawHtml(cmark_node *node)
    {
        if (!hasPosition(node))
            return;
        const qsizetype start = inlineStart(node);
        const qsizetype end = inlineEnd(node);
        if (start < end && m_text.at(start) == u'<' && m_text.at(end - 1) == u'>')
            add(MarkdownSpanKind::RawHtml, start, end);
    }

    const QString &m_text;
    SourceMap m_map;
    QList<int> m_delta; // per 1-based line: what to add to cmark-gfm's inline columns
    QList<MarkdownSpan> m_spans;
    QSet<cmark_node *> m_skipped; ///< nodes whose positions cmark-gfm gets wrong
    qsizetype m_autolinkFrom = 0;
};

} // namespace

QList<MarkdownSpan> markdownSpans(const QString &markdown)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    if (markdown.isEmpty())
        return {};

    SpanCollector collector(markdown);
    // Source positions are needed even though nothing is rendered: without the option,
    // cmark-gfm does not count the lines that code spans and links run over.
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    const QByteArray &utf8 = collector.utf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    QList<MarkdownSpan> spans = collector.collect(root);
    cmark_node_free(root);
    cmark_parser_free(parser);
    return spans;
}

QString markdownSpanKindName(MarkdownSpanKind kind)
{
    switch (kind) {
    case MarkdownSpanKind::Heading:
        return u"heading"_s;
    case MarkdownSpanKind::HeadingMarker:
        return u"heading-marker"_s;
    case MarkdownSpanKind::Emphasis:
        return u"emphasis"_s;
    case MarkdownSpanKind::Strong:
        return u"strong"_s;
    case MarkdownSpanKind::Strikethrough:
        return u"strikethrough"_s;
    case MarkdownSpanKind::Delimiter:
        return u"delimiter"_s;
    case MarkdownSpanKind::Code:
        return u"code"_s;
    case MarkdownSpanKind::CodeBlock:
        return u"code-block"_s;
    case MarkdownSpanKind::LinkText:
        return u"link-text"_s;
    case MarkdownSpanKind::ImageText:
        return u"image-text"_s;
    case MarkdownSpanKind::LinkDestination:
        return u"link-destination"_s;
    case MarkdownSpanKind::Autolink:
        return u"autolink"_s;
    case MarkdownSpanKind::ListMarker:
        return u"list-marker"_s;
    case MarkdownSpanKind::BlockQuoteMarker:
        return u"block-quote-marker"_s;
    case MarkdownSpanKind::TableDelimiter:
        return u"table-delimiter"_s;
    case MarkdownSpanKind::ThematicBreak:
        return u"thematic-break"_s;
    case MarkdownSpanKind::RawHtml:
        return u"raw-html"_s;
    }
    return {};
}

} // namespace quorum
