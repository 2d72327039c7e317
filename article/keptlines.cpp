// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptlines.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>

namespace quorum {

namespace {

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Lines of a text, first to last, 0-based and inclusive.
struct LineRange
{
    qsizetype first = 0;
    qsizetype last = 0;
};

// The top-level blocks of `markdown` as line ranges, read with the extensions the renderer uses
// (a table's extent depends on them), without the blank lines that end a list.
QList<LineRange> topLevelBlocks(const QString &markdown, const QList<QStringView> &lines)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_DEFAULT);
    for (const char *name : {"table", "strikethrough", "autolink"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);

    const qsizetype lastLine = lines.size() - 1;
    QList<LineRange> blocks;
    QList<bool> covered(lines.size(), false);
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        LineRange range;
        range.first = std::clamp<qsizetype>(cmark_node_get_start_line(node) - 1, 0, lastLine);
        range.last =
            std::clamp<qsizetype>(cmark_node_get_end_line(node) - 1, range.first, lastLine);
        while (range.last > range.first && isBlank(lines.at(range.last)))
            --range.last;
        std::fill(covered.begin() + range.first, covered.begin() + range.last + 1, true);
        blocks.append(range);
    }
    cmark_node_free(root);
    cmark_parser_free(parser);

    // cmark-gfm makes no node of a link reference definition: such lines move as a block of
    // their own, so that moving past them never drops them.
    for (qsizetype i = 0; i <= lastLine; ++i) {
        if (covered.at(i) || isBlank(lines.at(i)))
            continue;
        LineRange run{i, i};
        while (run.last < lastLine && !covered.at(run.last + 1) && !isBlank(lines.at(run.last + 1)))
            ++run.last;
        blocks.append(run);
        i = run.last;
    }
    std::sort(blocks.begin(), blocks.end(),
              [](const LineRange &a, const LineRange &b) { return a.first < b.first; });
    return blocks;
}

} // namespace

QList<KeptLineSpan> keptLinesIn(QStringView markdown)
{
    QList<KeptLineSpan> spans;
    qsizetype start = 0;
    for (QStringView line : markdown.tokenize(u'\n')) {
        if (std::optional<KeptBlockLine> kept = KeptBlockLine::parse(line))
            spans.append({start, line.size(), std::move(*kept)});
        start += line.size() + 1;
    }
    return spans;
}

std::optional<KeptLineMove> moveKeptLine(const QString &markdown, qsizetype lineStart, bool up)
{
    const QList<QStringView> lines = QStringView(markdown).split(u'\n');
    qsizetype line = 0;
    qsizetype start = 0;
    while (line < lines.size() && start < lineStart)
        start += lines.at(line++).size() + 1;
    if (start != lineStart || line >= lines.size() || !KeptBlockLine::parse(lines.at(line)))
        return std::nullopt;

    const QList<LineRange> blocks = topLevelBlocks(markdown, lines);
    const auto kept = std::find_if(blocks.cbegin(), blocks.cend(), [line](const LineRange &r) {
        return r.first == line && r.last == line;
    });
    if (kept == blocks.cend())
        return std::nullopt;
    const qsizetype index = kept - blocks.cbegin();
    const qsizetype other = up ? index - 1 : index + 1;
    if (other < 0 || other >= blocks.size())
        return std::nullopt;
    // The two blocks trade places: `first` is the one that came first.
    const LineRange &first = blocks.at(std::min(index, other));
    const LineRange &second = blocks.at(std::max(index, other));

    QList<QStringView> out(lines.cbegin(), lines.cbegin() + first.first);
    // A blank line where a block would otherwise touch the text before it.
    if (!out.isEmpty() && !isBlank(out.last()))
        out.append(QStringView());
    const qsizetype secondAt = out.size();
    out.append(lines.mid(second.first, second.last - second.first + 1));
    out.append(QStringView());
    const qsizetype firstAt = out.size();
    out.append(lines.mid(first.first, first.last - first.first + 1));
    const QList<QStringView> rest = lines.mid(second.last + 1);
    if (!rest.isEmpty() && !isBlank(rest.first()))
        out.append(QStringView());
    out.append(rest);

    const qsizetype keptAt = up ? secondAt : firstAt;
    KeptLineMove move;
    move.markdown.reserve(markdown.size() + 3);
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (i > 0)
            move.markdown += u'\n';
        if (i == keptAt)
            move.lineStart = move.markdown.size();
        move.markdown += out.at(i);
    }
    return move;
}

} // namespace quorum
