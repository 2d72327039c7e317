// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockgrammar.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The delimiter grammar of WordPress's block serialization. No C or C++ library reads it, and
// it is one expression: `<!-- wp:ns/name {json} /-->`, the namespace "core/" left out.
const QRegularExpression &delimiter()
{
    static const QRegularExpression expression(
        u"<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\\s+(\\{.*?\\}\\s+)?(/)?-->"_s,
        QRegularExpression::DotMatchesEverythingOption);
    return expression;
}

// Non-blank HTML between top-level blocks becomes a freeform block of its own, trimmed.
void addFreeform(QStringView content, qsizetype from, qsizetype to, QList<ParsedBlock> *blocks)
{
    while (from < to && content.at(from).isSpace())
        ++from;
    while (to > from && content.at(to - 1).isSpace())
        --to;
    if (from == to)
        return;
    ParsedBlock block;
    block.start = from;
    block.end = to;
    block.innerHtml = content.mid(from, to - from).toString();
    blocks->append(block);
}

} // namespace

BlockParse parseBlockMarkup(const QString &content)
{
    BlockParse result;
    QList<ParsedBlock> stack; // the blocks open at this point
    qsizetype position = 0;
    qsizetype topLevelEnd = 0; // where the last top-level block ended
    for (auto it = delimiter().globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringView between =
            QStringView(content).mid(position, match.capturedStart() - position);
        if (!stack.isEmpty())
            stack.last().innerHtml += between;
        position = match.capturedEnd();
        const bool closer = !match.capturedView(1).isEmpty();
        const QString name =
            (match.capturedView(2).isEmpty() ? u"core/"_s : match.captured(2)) + match.captured(3);
        if (closer) {
            if (stack.isEmpty() || stack.last().name != name) {
                result.error =
                    u"a closing delimiter of %1 at character %2 has no opening one"_s.arg(name).arg(
                        match.capturedStart());
                return result;
            }
            ParsedBlock done = stack.takeLast();
            done.end = match.capturedEnd();
            if (stack.isEmpty()) {
                result.blocks.append(done);
                topLevelEnd = done.end;
            } else {
                stack.last().innerBlocks.append(done);
            }
            continue;
        }
        if (stack.isEmpty())
            addFreeform(content, topLevelEnd, match.capturedStart(), &result.blocks);
        ParsedBlock block;
        block.name = name;
        block.start = match.capturedStart();
        if (const QStringView json = match.capturedView(4).trimmed(); !json.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
            if (!doc.isObject()) {
                result.error =
                    u"the attributes of %1 at character %2 are not a JSON object"_s.arg(name).arg(
                        block.start);
                return result;
            }
            block.attributes = doc.object();
        }
        if (!match.capturedView(5).isEmpty()) { // self-closing
            block.end = match.capturedEnd();
            if (stack.isEmpty()) {
                result.blocks.append(block);
                topLevelEnd = block.end;
            } else {
                stack.last().innerBlocks.append(block);
            }
        } else {
            stack.append(block);
        }
    }
    if (!stack.isEmpty()) {
        result.error =
            u"%1 at character %2 is never closed"_s.arg(stack.last().name).arg(stack.last().start);
        return result;
    }
    addFreeform(content, topLevelEnd, content.size(), &result.blocks);
    result.ok = true;
    return result;
}

QString blockHtml(const QString &content, const ParsedBlock &block)
{
    if (block.isFreeform())
        return block.innerHtml;
    if (block.innerBlocks.isEmpty())
        return block.innerHtml;
    // Inner blocks cut the block's own HTML: read what stands between the outer delimiters
    // with every inner delimiter left out.
    const qsizetype open = content.indexOf(u"-->", block.start) + 3;
    const qsizetype close = content.lastIndexOf(u"<!--", block.end - 1);
    const QString inside = content.mid(open, close - open);
    QString html;
    qsizetype from = 0;
    for (auto it = delimiter().globalMatch(inside); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += QStringView(inside).mid(from, match.capturedStart() - from);
        from = match.capturedEnd();
    }
    html += QStringView(inside).mid(from);
    return html;
}

QString withoutDelimiters(const QString &markup)
{
    QString html = markup;
    return html.remove(delimiter());
}

QString blockNames(const QList<ParsedBlock> &blocks)
{
    QStringList names;
    for (const ParsedBlock &block : blocks)
        names.append(block.isFreeform() ? u"freeform"_s : block.name);
    return names.join(u' ');
}

} // namespace quorum
