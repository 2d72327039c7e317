// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace quorum::test {

BlockParse parseBlocks(const QString &markup)
{
    // The delimiter grammar of the block serialization format.
    static const QRegularExpression delimiter(
        u"<!--\\s+(/)?wp:([a-z][a-z0-9_-]*/)?([a-z][a-z0-9_-]*)\\s+(\\{.*?\\}\\s+)?(/)?-->"_s,
        QRegularExpression::DotMatchesEverythingOption);

    BlockParse result;
    QList<ParsedBlock> stack; // open blocks
    qsizetype position = 0;
    auto addHtml = [&](const QString &html) {
        if (stack.isEmpty())
            result.freeform += html.trimmed();
        else
            stack.last().innerHtml += html;
    };
    auto finish = [&](ParsedBlock block) {
        if (stack.isEmpty())
            result.blocks.append(block);
        else
            stack.last().innerBlocks.append(block);
    };
    for (auto it = delimiter.globalMatch(markup); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        addHtml(markup.mid(position, match.capturedStart() - position));
        position = match.capturedEnd();
        const bool closer = !match.captured(1).isEmpty();
        const QString name =
            (match.captured(2).isEmpty() ? u"core/"_s : match.captured(2)) + match.captured(3);
        if (closer) {
            if (stack.isEmpty() || stack.last().name != name) {
                result.error =
                    u"unexpected closer of %1 at %2"_s.arg(name).arg(match.capturedStart());
                return result;
            }
            finish(stack.takeLast());
            continue;
        }
        ParsedBlock block;
        block.name = name;
        if (const QString json = match.captured(4).trimmed(); !json.isEmpty()) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
            if (!doc.isObject()) {
                result.error = u"bad attributes of %1: %2"_s.arg(name, error.errorString());
                return result;
            }
            block.attributes = doc.object();
        }
        if (!match.captured(5).isEmpty())
            finish(block); // self-closing
        else
            stack.append(block);
    }
    addHtml(markup.mid(position));
    if (!stack.isEmpty()) {
        result.error = u"%1 is never closed"_s.arg(stack.last().name);
        return result;
    }
    result.ok = true;
    return result;
}

QString blockNames(const QList<ParsedBlock> &blocks)
{
    QStringList names;
    for (const ParsedBlock &block : blocks)
        names.append(block.name);
    return names.join(u' ');
}

} // namespace quorum::test
