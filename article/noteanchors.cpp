// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "noteanchors.h"

#include "blockgrammar.h"
#include "blockmarkup.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace quorum::NoteAnchors {

namespace {

const QString kMetadata = u"metadata"_s;
const QString kNoteId = u"noteId"_s;

void appendId(const QJsonValue &value, QList<qint64> *ids)
{
    // The editor takes numbers and numeric strings alike (Number(value)).
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().toDouble(&ok);
    const auto id = qint64(number);
    if (ok && number > 0 && double(id) == number && !ids->contains(id))
        ids->append(id);
}

void collect(const QList<ParsedBlock> &blocks, QList<qint64> *ids)
{
    for (const ParsedBlock &block : blocks) {
        for (qint64 id : idsOf(block.attributes)) {
            if (!ids->contains(id))
                ids->append(id);
        }
        collect(block.innerBlocks, ids);
    }
}

} // namespace

QList<qint64> idsOf(const QJsonObject &attributes)
{
    const QJsonValue value = attributes.value(kMetadata).toObject().value(kNoteId);
    QList<qint64> ids;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            appendId(item, &ids);
    } else {
        appendId(value, &ids);
    }
    return ids;
}

QJsonObject withIds(QJsonObject attributes, const QList<qint64> &ids)
{
    QJsonObject metadata = attributes.value(kMetadata).toObject();
    if (ids.isEmpty()) {
        metadata.remove(kNoteId);
    } else if (ids.size() == 1) {
        metadata.insert(kNoteId, ids.constFirst());
    } else {
        QJsonArray list;
        for (qint64 id : ids)
            list.append(id);
        metadata.insert(kNoteId, list);
    }
    if (metadata.isEmpty())
        attributes.remove(kMetadata);
    else
        attributes.insert(kMetadata, metadata);
    return attributes;
}

QList<qint64> idsIn(const QString &markup)
{
    QList<qint64> ids;
    if (!markup.contains(kNoteId)) // the usual block: no parse
        return ids;
    const BlockParse parse = parseBlockMarkup(markup);
    if (parse.ok)
        collect(parse.blocks, &ids);
    return ids;
}

QString rewriteBlock(const QString &markup, const QList<qint64> &ids)
{
    const BlockParse parse = parseBlockMarkup(markup);
    if (!parse.ok || parse.blocks.size() != 1 || parse.blocks.constFirst().isFreeform())
        return markup;
    const ParsedBlock &block = parse.blocks.constFirst();
    const QList<qint64> now = idsOf(block.attributes);
    if (QSet<qint64>(now.cbegin(), now.cend()) == QSet<qint64>(ids.cbegin(), ids.cend()))
        return markup;
    const qsizetype close = markup.indexOf(u"-->"_s, block.start);
    if (close < 0)
        return markup;
    const bool isVoid = markup.at(close - 1) == u'/';
    const QStringView name = QStringView(block.name).startsWith(u"core/")
                                 ? QStringView(block.name).mid(5)
                                 : QStringView(block.name);
    const QJsonObject attributes = withIds(block.attributes, ids);
    QString opener = u"<!-- wp:"_s + name;
    if (!attributes.isEmpty())
        opener += u' ' + BlockMarkup::serializeAttributes(attributes);
    opener += isVoid ? u" /-->"_s : u" -->"_s;
    return markup.left(block.start) + opener + markup.mid(close + 3);
}

} // namespace quorum::NoteAnchors
