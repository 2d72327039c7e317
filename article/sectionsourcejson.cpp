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

QJsonObject footnoteToJson(const SourceFootnote &footnote)
{
    QJsonObject json = footnote.extra;
    json[u"id"_s] = footnote.id;
    json[u"content"_s] = footnote.content;
    if (!footnote.label.isEmpty()) {
        json[u"label"_s] = footnote.label;
        json[u"markdown"_s] = footnote.markdown;
    }
    return json;
}

void readFootnote(ObjectReader &reader, SourceFootnote *footnote)
{
    reader.require(u"id"_s);
    reader.text(u"id"_s, &footnote->id);
    reader.text(u"label"_s, &footnote->label);
    reader.text(u"markdown"_s, &footnote->markdown);
    reader.text(u"content"_s, &footnote->content);
    footnote->extra = reader.unknownMembers();
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
    if (!source.footnotes.isEmpty()) {
        QJsonArray footnotes;
        for (const SourceFootnote &footnote : source.footnotes)
            footnotes.append(footnoteToJson(footnote));
        json[u"footnotes"_s] = footnotes;
    }
    return json;
}

void readSectionSource(ObjectReader &reader, SectionSource *source)
{
    reader.object(u"heading"_s,
                  [source](ObjectReader &item) { readBlock(item, &source->heading, u"text"_s); });
    reader.objectList(u"blocks"_s, [source](ObjectReader &item) {
        readBlock(item, &source->blocks.emplaceBack(), u"markdown"_s);
    });
    reader.objectList(u"footnotes"_s, [source](ObjectReader &item) {
        readFootnote(item, &source->footnotes.emplaceBack());
    });
    source->extra = reader.unknownMembers();
}

} // namespace quorum
