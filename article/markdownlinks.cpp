// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownlinks.h"

namespace quorum {

namespace {

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {}

    QList<MarkdownLink> run()
    {
        qsizetype lineStart = 0;
        QChar fence;
        qsizetype fenceLength = 0;
        while (lineStart < m_text.size()) {
            qsizetype lineEnd = m_text.indexOf(u'\n', lineStart);
            if (lineEnd < 0)
                lineEnd = m_text.size();
            const QStringView line = m_text.sliced(lineStart, lineEnd - lineStart);
            const qsizetype indent = leadingSpaces(line);
            const qsizetype run = indent <= 3 ? fenceRun(line.sliced(indent)) : 0;
            if (fenceLength > 0) {
                // Inside a fenced block: only a closing fence of the same character ends it.
                if (run >= fenceLength && line.at(indent) == fence &&
                    line.sliced(indent + run).trimmed().isEmpty())
                    fenceLength = 0;
            } else if (run >= 3) {
                fence = line.at(indent);
                fenceLength = run;
            } else if (!definition(lineStart, line, indent)) {
                inlines(lineStart, lineEnd);
            }
            lineStart = lineEnd + 1;
        }
        return m_links;
    }

private:
    static qsizetype leadingSpaces(QStringView line)
    {
        qsizetype i = 0;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
        return i;
    }

    static qsizetype fenceRun(QStringView line)
    {
        if (line.isEmpty() || (line.at(0) != u'`' && line.at(0) != u'~'))
            return 0;
        qsizetype i = 0;
        while (i < line.size() && line.at(i) == line.at(0))
            ++i;
        return i;
    }

    // "[label]: destination" at the start of a line.
    bool definition(qsizetype lineStart, QStringView line, qsizetype indent)
    {
        if (indent > 3 || indent >= line.size() || line.at(indent) != u'[')
            return false;
        const qsizetype close = closingBracket(line, indent);
        if (close < 0 || close + 1 >= line.size() || line.at(close + 1) != u':')
            return false;
        qsizetype start = close + 2;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        if (start >= line.size())
            return false;
        qsizetype end = start;
        if (line.at(start) == u'<') {
            end = line.indexOf(u'>', start);
            if (end < 0)
                return false;
            ++start;
        } else {
            while (end < line.size() && !line.at(end).isSpace())
                ++end;
        }
        m_links.append({MarkdownLink::Kind::Definition, lineStart + indent + 1, close - indent - 1,
                        lineStart + start, end - start});
        return true;
    }

    // The `]` that closes the `[` at `open` in `text`, or -1.
    static qsizetype closingBracket(QStringView text, qsizetype open)
    {
        int depth = 0;
        for (qsizetype i = open; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'\\') {
                ++i;
            } else if (c == u'[') {
                ++depth;
            } else if (c == u']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    void inlines(qsizetype from, qsizetype to)
    {
        const QStringView text = m_text.first(to);
        for (qsizetype i = from; i < to; ++i) {
            const QChar c = text.at(i);
            if (c == u'\\') {
                ++i;
            } else if (c == u'`') {
                i = afterCodeSpan(text, i) - 1;
            } else if (c == u'<') {
                i = autolink(text, i);
            } else if (c == u'[' || (c == u'!' && i + 1 < to && text.at(i + 1) == u'[')) {
                const bool image = c == u'!';
                i = bracket(text, image ? i + 1 : i, image);
            }
        }
    }

    // Where the code span starting at `open` ends (or just past the backticks when unclosed).
    static qsizetype afterCodeSpan(QStringView text, qsizetype open)
    {
        qsizetype run = open;
        while (run < text.size() && text.at(run) == u'`')
            ++run;
        const qsizetype length = run - open;
        for (qsizetype i = run; i < text.size();) {
            if (text.at(i) != u'`') {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < text.size() && text.at(end) == u'`')
                ++end;
            if (end - i == length)
                return end;
            i = end;
        }
        return run;
    }

    // "<scheme:...>": returns where to go on.
    qsizetype autolink(QStringView text, qsizetype open)
    {
        qsizetype i = open + 1;
        while (i < text.size() && i - open <= 33 &&
               (text.at(i).isLetterOrNumber() || text.at(i) == u'+' || text.at(i) == u'.' ||
                text.at(i) == u'-'))
            ++i;
        if (i - open < 3 || i >= text.size() || text.at(i) != u':' || !text.at(open + 1).isLetter())
            return open;
        qsizetype end = i;
        while (end < text.size() && text.at(end) != u'>' && text.at(end) != u'<' &&
               !text.at(end).isSpace())
            ++end;
        if (end >= text.size() || text.at(end) != u'>')
            return open;
        m_links.append(
            {MarkdownLink::Kind::Link, open + 1, end - open - 1, open + 1, end - open - 1});
        return end;
    }

    // "[text](destination)", "[text][reference]", and the same after "!"; returns where to
    // go on (inside the brackets for a link, so that an image in a link's text is seen).
    qsizetype bracket(QStringView text, qsizetype open, bool image)
    {
        const qsizetype close = closingBracket(text, open);
        if (close < 0)
            return open;
        const MarkdownLink::Kind kind =
            image ? MarkdownLink::Kind::Image : MarkdownLink::Kind::Link;
        const qsizetype textStart = open + 1;
        const qsizetype textLength = close - open - 1;
        const qsizetype next = close + 1;
        if (next < text.size() && text.at(next) == u'(') {
            qsizetype start = next + 1;
            while (start < text.size() && text.at(start) == u' ')
                ++start;
            qsizetype end = start;
            if (start < text.size() && text.at(start) == u'<') {
                end = text.indexOf(u'>', start);
                if (end < 0)
                    return open;
                ++start;
            } else {
                int depth = 0;
                for (; end < text.size() && !text.at(end).isSpace(); ++end) {
                    if (text.at(end) == u'\\')
                        ++end;
                    else if (text.at(end) == u'(')
                        ++depth;
                    else if (text.at(end) == u')' && depth-- == 0)
                        break;
                }
                end = qMin(end, text.size());
            }
            m_links.append({kind, textStart, textLength, start, end - start});
            return image ? close : open;
        }
        if (image && next < text.size() && text.at(next) == u'[') {
            m_links.append({kind, textStart, textLength, -1, 0});
            return close;
        }
        return open;
    }

    QStringView m_text;
    QList<MarkdownLink> m_links;
};

} // namespace

QList<MarkdownLink> markdownLinks(QStringView markdown)
{
    if (!markdown.contains(u'[') && !markdown.contains(u'<'))
        return {};
    return Scanner(markdown).run();
}

} // namespace quorum
