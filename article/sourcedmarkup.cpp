// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sourcedmarkup.h"

#include "blockgrammar.h"

#include <QHash>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>

#include <dtl/dtl.hpp>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

const QString kParagraphBreak = u"\n\n"_s;

// Where the parts of one block's markup stand: its opening delimiter, its outer element's
// start tag, the end tag and the closing delimiter. Found by position, not by parsing HTML:
// the markup is a block as WordPress's serializer (or Quorum's) writes it.
struct BlockLayout
{
    bool ok = false;
    ParsedBlock block;
    qsizetype openEnd = 0;     // after the opening delimiter's "-->"
    qsizetype tagStart = 0;    // the outer element's "<"
    qsizetype tagEnd = 0;      // after its ">"
    QString tagName;           // "p", "h3", "figure"
    qsizetype endTagStart = 0; // the outer element's "</"
    qsizetype closeStart = 0;  // the closing delimiter's "<!--"
};

QString tagNameAt(const QString &markup, qsizetype lessThan)
{
    qsizetype i = lessThan + 1;
    while (i < markup.size() && (markup.at(i).isLetterOrNumber()))
        ++i;
    return markup.mid(lessThan + 1, i - lessThan - 1).toLower();
}

BlockLayout layoutOf(const QString &markup)
{
    BlockLayout layout;
    const BlockParse parse = parseBlockMarkup(markup);
    if (!parse.ok || parse.blocks.size() != 1 || parse.blocks.first().isFreeform())
        return layout;
    layout.block = parse.blocks.first();
    if (layout.block.start != 0 || layout.block.end != markup.size())
        return layout;
    layout.openEnd = markup.indexOf(u"-->"_s) + 3;
    layout.closeStart = markup.lastIndexOf(u"<!--"_s);
    layout.tagStart = markup.indexOf(u'<', layout.openEnd);
    if (layout.tagStart < 0 || layout.tagStart >= layout.closeStart ||
        markup.mid(layout.tagStart, 4) == u"<!--")
        return layout;
    layout.tagEnd = markup.indexOf(u'>', layout.tagStart) + 1;
    layout.tagName = tagNameAt(markup, layout.tagStart);
    layout.endTagStart = markup.lastIndexOf(u"</"_s, layout.closeStart);
    layout.ok = layout.tagEnd > 0 && !layout.tagName.isEmpty() &&
                layout.endTagStart >= layout.tagEnd &&
                tagNameAt(markup, layout.endTagStart + 1) == layout.tagName;
    return layout;
}

// True when every attribute `fresh` sets has the same value in `original`.
bool agrees(const QJsonObject &fresh, const QJsonObject &original)
{
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (original.value(it.key()) != it.value())
            return false;
    }
    return true;
}

// The bare start tag right after the outer one ("<table>"), or an empty range.
std::pair<qsizetype, qsizetype> secondTag(const QString &markup, const BlockLayout &layout)
{
    const qsizetype start = layout.tagEnd;
    if (start >= markup.size() || markup.at(start) != u'<' || markup.mid(start, 4) == u"<!--" ||
        markup.mid(start, 2) == u"</")
        return {start, start};
    const qsizetype end = markup.indexOf(u'>', start) + 1;
    return end > start ? std::pair{start, end} : std::pair{start, start};
}

// A start tag's attributes in order: name and value. Only for tags a serializer wrote
// (WordPress's or Quorum's): double-quoted values, nothing else, so no HTML parser is needed.
QList<std::pair<QString, QString>> tagAttributes(const QString &tag)
{
    static const QRegularExpression attribute(u"\\s([^\\s=/>]+)(?:=\"([^\"]*)\")?"_s);
    QList<std::pair<QString, QString>> attributes;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        attributes.append({match.captured(1), match.captured(2)});
    }
    return attributes;
}

// `fresh` with the attributes of `original` it does not have, and the classes of both.
QString mergedStartTag(const QString &original, const QString &fresh)
{
    QList<std::pair<QString, QString>> merged = tagAttributes(fresh);
    for (const auto &[name, value] : tagAttributes(original)) {
        auto same = std::find_if(merged.begin(), merged.end(),
                                 [&name](const auto &pair) { return pair.first == name; });
        if (same == merged.end()) {
            merged.append({name, value});
        } else if (name == u"class") {
            QStringList classes = same->second.split(u' ', Qt::SkipEmptyParts);
            for (const QString &name : value.split(u' ', Qt::SkipEmptyParts)) {
                if (!classes.contains(name))
                    classes.append(name);
            }
            same->second = classes.join(u' ');
        }
    }
    const bool selfClosing = fresh.endsWith(u"/>");
    QString tag = u'<' + tagNameAt(fresh, 0);
    for (const auto &[name, value] : std::as_const(merged))
        tag += u' ' + name + u"=\""_s + value + u'"';
    return tag + (selfClosing ? u"/>"_s : u">"_s);
}

} // namespace

QString carryAttributes(const QString &original, const QString &fresh)
{
    const BlockLayout from = layoutOf(original);
    const BlockLayout to = layoutOf(fresh);
    if (!from.ok || !to.ok || from.block.name != to.block.name || from.tagName != to.tagName ||
        !agrees(to.block.attributes, from.block.attributes))
        return fresh;
    QString freshInside = fresh.mid(to.tagEnd, to.endTagStart - to.tagEnd);
    // The element right inside (a table in its figure, an image in its figure) keeps the
    // original's attributes that Quorum does not write there.
    const auto [freshStart, freshEnd] = secondTag(fresh, to);
    const auto [originalStart, originalEnd] = secondTag(original, from);
    if (freshEnd > freshStart && originalEnd > originalStart &&
        tagNameAt(fresh, freshStart) == tagNameAt(original, originalStart))
        freshInside.replace(0, freshEnd - freshStart,
                            mergedStartTag(original.mid(originalStart, originalEnd - originalStart),
                                           fresh.mid(freshStart, freshEnd - freshStart)));
    return original.left(from.tagEnd) + freshInside + original.mid(from.endTagStart);
}

QString replaceInnerHtml(const QString &original, const QString &innerHtml)
{
    const BlockLayout layout = layoutOf(original);
    if (!layout.ok)
        return {};
    return original.left(layout.tagEnd) + innerHtml + original.mid(layout.endTagStart);
}

QList<MarkupPiece> sourcedPieces(const QList<RenderedMarkdownBlock> &rendered,
                                 const QList<SourceBlock> &source)
{
    // dtl compares small integers: one per distinct Markdown text.
    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &text) {
        auto it = ids.constFind(text);
        if (it == ids.cend())
            it = ids.insert(text, int(ids.size()));
        return it.value();
    };
    std::vector<int> before;
    std::vector<int> after;
    for (const SourceBlock &block : source)
        before.push_back(idOf(block.markdown));
    for (const RenderedMarkdownBlock &block : rendered)
        after.push_back(idOf(block.markdown));
    dtl::Diff<int> diff(before, after);
    diff.onUnserious();
    diff.compose();

    const auto &sequence = diff.getSes().getSequence();
    // A block that moved is gone in one place and added in another: it is still the block the
    // site stored, whole, wherever it now stands.
    QMultiHash<QString, qsizetype> goneByText;
    for (const auto &[id, info] : sequence) {
        Q_UNUSED(id)
        if (info.type == dtl::SES_DELETE)
            goneByText.insert(source.at(qsizetype(info.beforeIdx - 1)).markdown,
                              qsizetype(info.beforeIdx - 1));
    }
    QSet<qsizetype> used;
    // Between two blocks left in place, the n-th edited block takes the place of the n-th
    // source block that is gone there (dtl may list a gap's additions before its deletions).
    QList<MarkupPiece> pieces;
    QList<qsizetype> gone;
    QList<qsizetype> added;
    auto closeGap = [&] {
        qsizetype nextGone = 0;
        for (const qsizetype index : std::as_const(added)) {
            const RenderedMarkdownBlock &block = rendered.at(index);
            qsizetype moved = -1;
            for (auto it = goneByText.constFind(block.markdown);
                 moved < 0 && it != goneByText.cend() && it.key() == block.markdown; ++it) {
                if (!used.contains(*it))
                    moved = *it;
            }
            if (moved >= 0) {
                used.insert(moved);
                pieces.append({source.at(moved).before, source.at(moved).markup});
                continue;
            }
            while (nextGone < gone.size() && used.contains(gone.at(nextGone)))
                ++nextGone;
            if (nextGone < gone.size()) {
                const SourceBlock &replaced = source.at(gone.at(nextGone));
                used.insert(gone.at(nextGone));
                pieces.append({replaced.before, carryAttributes(replaced.markup, block.markup)});
            } else {
                pieces.append({kParagraphBreak, block.markup});
            }
        }
        gone.clear();
        added.clear();
    };
    for (const auto &[id, info] : sequence) {
        Q_UNUSED(id)
        if (info.type == dtl::SES_DELETE) {
            gone.append(qsizetype(info.beforeIdx - 1));
        } else if (info.type == dtl::SES_ADD) {
            added.append(qsizetype(info.afterIdx - 1));
        } else {
            closeGap();
            const SourceBlock &kept = source.at(qsizetype(info.beforeIdx - 1));
            pieces.append({kept.before, kept.markup});
        }
    }
    closeGap();
    return pieces;
}

} // namespace quorum
