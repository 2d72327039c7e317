// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sectionsourcejson.h"

#include "jsonobjectreader.h"

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QJsonObject blockToJson(const SourceBlock &block, const QString &textKey)
{
    QJsonObject json = block.extra;
    json[textKey] = block.markdown;
    json[u"markup"_s] = block.markup;
    if (block.before != SourceBlock{}.before)
        json[u"before"_s] = block.before;
    return json;
}

void readBlock(ObjectReader &reader, SourceBlock *block, const QString &textKey)
{
    reader.text(textKey, &block->markdown);
    reader.text(u"markup"_s, &block->markup);
    reader.text(u"before"_s, &block->before);
    block->extra = reader.unknownMembers();
}

} // namespace

QJsonObject sectionSourceToJson(const SectionSource &source)
{
    QJsonObject json = source.extra;
    if (source.heading != SourceBlock{})
        json[u"heading"_s] = blockToJson(source.heading, u"text"_s);
    QJsonArray blocks;
    for (const SourceBlock &block : source.blocks)
        blocks.append(blockToJson(block, u"markdown"_s));
    json[u"blocks"_s] = blocks;
    return json;
}

void readSectionSource(ObjectReader &reader, SectionSource *source)
{
    reader.object(u"heading"_s,
                  [source](ObjectReader &item) { readBlock(item, &source->heading, u"text"_s); });
    reader.objectList(u"blocks"_s, [source](ObjectReader &item) {
        readBlock(item, &source->blocks.emplaceBack(), u"markdown"_s);
    });
    source->extra = reader.unknownMembers();
}

} // namespace quorum
