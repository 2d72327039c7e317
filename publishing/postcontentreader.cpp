// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "postcontentreader.h"

#include "blockgrammar.h"
#include "contentrenderer.h"
#include "gumbohtml.h"
#include "htmlequivalence.h"
#include "htmlmarkdown.h"
#include "keptblock.h"
#include "postfootnotes.h"
#include "quorumparts.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::PostContentReader {

namespace {

using namespace html;

// One heading and what follows it up to the next one.
struct Part
{
    const GumboNode *heading = nullptr;
    Nodes body;
};

std::optional<SectionKind> quorumKind(const GumboNode *heading)
{
    for (const QString &name : classesOf(heading)) {
        if (name.startsWith(u"quorum-"_s)) {
            if (const auto kind = sectionKindFromKey(name.mid(7)))
                return kind;
        }
    }
    return std::nullopt;
}

QString quorumId(const GumboNode *heading)
{
    const QString anchor = attribute(heading, "id");
    const QString prefix = ContentRenderer::anchorFor(QString());
    return anchor.startsWith(prefix) ? anchor.mid(prefix.size()) : QString();
}

// A section Quorum published, from the parts its kind writes from data (bullets, the split,
// voices). What is left is the section's Markdown text: `textNodes`.
Section quorumSection(SectionKind kind, const QString &id, const Part &part,
                      const MarkdownWriter &writer, Nodes *textNodes)
{
    Section section;
    section.id = id;
    section.kind = kind;
    section.heading = textOf(part.heading).trimmed();
    bool bulletsRead = false;
    bool splitRead = false;
    for (qsizetype i = 0; i < part.body.size(); ++i) {
        const GumboNode *node = part.body.at(i);
        if (kind == SectionKind::TlDr && !bulletsRead && isTag(node, GUMBO_TAG_UL)) {
            section.bullets = bulletsOf(node, writer);
            bulletsRead = true;
            // The separator that sets the summary apart belongs to the bullets.
            while (i + 1 < part.body.size() && !isElement(part.body.at(i + 1)))
                ++i;
            if (i + 1 < part.body.size() && isTag(part.body.at(i + 1), GUMBO_TAG_HR))
                ++i;
            continue;
        }
        if (kind == SectionKind::Verdict && !splitRead) {
            if (headingLevel(node) == 3 && hasClass(node, u"quorum-verdict-split"_s))
                continue;
            if (isTag(node, GUMBO_TAG_UL) && hasClass(node, u"quorum-verdict-bar"_s)) {
                for (const GumboNode *item : childrenOf(node)) {
                    if (isTag(item, GUMBO_TAG_LI))
                        section.stances.append(stanceOf(item));
                }
                splitRead = true;
                continue;
            }
        }
        if (kind == SectionKind::ForumVoices && isTag(node, GUMBO_TAG_BLOCKQUOTE) &&
            hasClass(node, u"quorum-voice"_s)) {
            section.voices.append(voiceOf(node));
            continue;
        }
        textNodes->append(node);
    }
    return section;
}

QString foreignHeading(const GumboNode *heading, const MarkdownWriter &writer)
{
    return writer.inlines(heading).replace(u'\n', u' ').trimmed();
}

// The published split says nothing of where it came from: when it is exactly the tally of
// the voices, the verdict was (or may as well be) computed from them.
void inferTallies(QList<Section> *sections)
{
    Article article;
    article.sections = *sections;
    for (Section &section : *sections) {
        if (section.kind != SectionKind::Verdict || section.stances.isEmpty())
            continue;
        Section tallied = section;
        tallied.stancesFromVoices = true;
        tallied.stances.clear();
        for (const Stance &stance : std::as_const(section.stances))
            tallied.stances.append({stance.label, 0, {}});
        bool anyVoice = false;
        for (const Section &other : std::as_const(article.sections)) {
            for (const Voice &voice : other.voices)
                anyVoice = anyVoice || !voice.stance.trimmed().isEmpty();
        }
        if (anyVoice && effectiveStances(article, tallied) == section.stances)
            section.stancesFromVoices = true;
    }
}
// ---- posts without blocks: read as HTML ----

QList<Section> readHtml(const QString &content, bool *anyQuorum)
{
    const ParsedHtml parsed(content);
    // Cut the content at its top-level h1 and h2 headings.
    QList<Part> parts(1);
    for (const GumboNode *node : parsed.bodyNodes()) {
        const int level = headingLevel(node);
        if (level == 1 || level == 2)
            parts.append(Part{node, {}});
        else
            parts.last().body.append(node);
    }

    const MarkdownWriter writer;
    QList<Section> sections;
    QSet<QString> ids;
    for (const Part &part : std::as_const(parts)) {
        if (!part.heading) {
            if (writer.blocks(part.body).trimmed().isEmpty())
                continue;
            Section section = Section::create(SectionKind::Introduction);
            section.heading.clear();
            section.headless = true;
            section.markdown = writer.blocks(part.body);
            sections.append(section);
            continue;
        }
        const std::optional<SectionKind> kind = quorumKind(part.heading);
        const QString id = quorumId(part.heading);
        if (kind && !id.isEmpty() && !ids.contains(id)) {
            ids.insert(id);
            *anyQuorum = true;
            Nodes text;
            Section section = quorumSection(*kind, id, part, writer, &text);
            if (section.kind != SectionKind::TlDr)
                section.markdown = writer.blocks(text);
            sections.append(section);
        } else {
            Section section = Section::create(SectionKind::Text);
            section.heading = foreignHeading(part.heading, writer);
            section.markdown = writer.blocks(part.body);
            sections.append(section);
        }
    }
    return sections;
}

// ---- posts of blocks: each block kept as the site stored it ----

bool startsSection(const ParsedBlock &block)
{
    if (block.name != u"core/heading")
        return false;
    const int level = block.attributes.value(u"level"_s).toInt(2);
    return level == 1 || level == 2;
}

// The blocks Quorum writes from Markdown; any other is kept as it is.
bool writtenFromMarkdown(const ParsedBlock &block)
{
    static const QSet<QString> names{u"core/paragraph"_s, u"core/heading"_s, u"core/list"_s,
                                     u"core/quote"_s,     u"core/code"_s,    u"core/separator"_s,
                                     u"core/table"_s,     u"core/image"_s};
    return names.contains(block.name);
}

// A top-level block with what stands before it and, when it matters, its HTML parsed.
struct Unit
{
    const ParsedBlock *block = nullptr;
    QString markup;
    QString before;
    std::shared_ptr<const ParsedHtml> shared; ///< the whole post, parsed once
    std::shared_ptr<const ParsedHtml> html;   ///< the block alone, parsed when needed
    Nodes nodes;                              ///< elements and text that is more than white space
};

// Where each UTF-16 position of `text` starts in its UTF-8 form, for the given positions
// (ascending): libgumbo gives places in the UTF-8 it read.
QList<qsizetype> utf8Offsets(const QString &text, const QList<qsizetype> &positions)
{
    QList<qsizetype> offsets;
    offsets.reserve(positions.size());
    qsizetype bytes = 0;
    qsizetype at = 0;
    for (const qsizetype position : positions) {
        for (; at < position; ++at) {
            const char16_t c = text.at(at).unicode();
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : QChar::isSurrogate(c) ? 2 : 3;
        }
        offsets.append(bytes);
    }
    return offsets;
}

qsizetype utf8Start(const GumboNode *node)
{
    return qsizetype(isElement(node) ? node->v.element.start_pos.offset
                                     : node->v.text.start_pos.offset);
}

// The post parsed once, its top-level nodes handed to the blocks they stand in. A block whose
// HTML the parser carried beyond its end (an element it never closed) gets nodes that are not
// its own, and will be parsed on its own if it needs to be (parse()).
void assignNodes(const QString &content, std::vector<Unit> *units)
{
    QList<qsizetype> bounds;
    for (const Unit &unit : *units)
        bounds << unit.block->start << unit.block->end;
    const QList<qsizetype> bytes = utf8Offsets(content, bounds);
    const auto whole = std::make_shared<const ParsedHtml>(content);
    size_t index = 0;
    for (const GumboNode *node : whole->bodyNodes()) {
        if (!isElement(node) && !(isText(node) && !textOf(node).trimmed().isEmpty()))
            continue; // delimiters, comments, white space
        const qsizetype offset = utf8Start(node);
        while (index < units->size() && offset >= bytes.at(qsizetype(2 * index + 1)))
            ++index;
        if (index == units->size())
            break;
        if (offset >= bytes.at(qsizetype(2 * index)))
            (*units)[index].nodes.append(node);
    }
    for (Unit &unit : *units)
        unit.shared = whole;
}

// Makes sure the block has its own nodes: one element from the whole post is trusted; for
// anything else the block's HTML is parsed alone.
void ensureNodes(Unit *unit, const QString &content)
{
    if (unit->html || unit->nodes.size() == 1)
        return;
    unit->nodes.clear();
    unit->html = std::make_shared<const ParsedHtml>(blockHtml(content, *unit->block));
    for (const GumboNode *node : unit->html->bodyNodes()) {
        if (isElement(node) || (isText(node) && !textOf(node).trimmed().isEmpty()))
            unit->nodes.append(node);
    }
}

QString keptName(const ParsedBlock &block)
{
    return block.isFreeform() ? u"freeform"_s : block.name;
}

// Two lists in a row stay two lists: the second takes the other marker ("*" after "-",
// "1)" after "1."), as CommonMark starts a new list when the marker changes.
QString withOtherListMarker(const QString &markdown, bool ordered)
{
    static const QRegularExpression bullet(u"^- "_s, QRegularExpression::MultilineOption);
    static const QRegularExpression number(u"^(\\d+)\\. "_s, QRegularExpression::MultilineOption);
    QString result = markdown;
    return ordered ? result.replace(number, u"\\1) "_s) : result.replace(bullet, u"* "_s);
}

class SectionBlocks
{
public:
    SectionBlocks(const QString &content, QList<Unit *> units, const PostFootnotes &footnotes)
        : m_content(content)
        , m_units(std::move(units))
        , m_footnotes(footnotes)
    {}

    /// The section's Markdown and its source blocks; what is kept is counted in `kept`.
    void read(Section *section, std::map<QString, int> *kept)
    {
        const qsizetype count = m_units.size();
        QList<QString> chunks(count);
        QList<QString> keptIds(count);
        bool previousList = false;
        bool otherMarker = false;
        MarkdownWriter writer;
        writer.setFootnoteLabels([this](const QString &id) { return m_footnotes.label(id); });
        m_references.resize(count);
        for (qsizetype i = 0; i < count; ++i)
            m_references[i] = footnoteIdsIn(m_units.at(i)->markup);
        // The section's footnotes, each as its Markdown label names it while the check renders.
        setFootnotes(section, nullptr);
        for (qsizetype i = 0; i < count; ++i) {
            Unit *unit = m_units.at(i);
            const bool list = unit->block->name == u"core/list";
            // A block that refers to a footnote Markdown cannot stand for stays as it is.
            const QStringList &references = m_references.at(i);
            const bool footnotesSaid =
                std::all_of(references.cbegin(), references.cend(),
                            [this](const QString &id) { return !m_footnotes.label(id).isEmpty(); });
            if (writtenFromMarkdown(*unit->block) && footnotesSaid) {
                ensureNodes(unit, m_content);
                if (unit->nodes.size() == 1)
                    chunks[i] = writer.block(unit->nodes.first());
                otherMarker = list && previousList && !otherMarker;
                if (otherMarker)
                    chunks[i] = withOtherListMarker(
                        chunks[i], unit->block->attributes.value(u"ordered"_s).toBool());
            }
            previousList = list;
        }
        // Until Quorum's rendering of the Markdown says what each block says, keep one more
        // block as it is: the first that does not.
        for (qsizetype round = 0; round <= count; ++round) {
            for (qsizetype i = 0; i < count; ++i) {
                if (chunks.at(i).trimmed().isEmpty() && keptIds.at(i).isEmpty())
                    keep(i, &chunks, &keptIds);
            }
            const qsizetype wrong = firstWrong(*section, chunks, keptIds);
            if (wrong < 0)
                break;
            keep(wrong, &chunks, &keptIds);
        }
        const QStringList inMarkdown = markdownFootnotes(keptIds);
        section->markdown = withDefinitions(chunks.join(u"\n\n"_s), inMarkdown);
        setFootnotes(section, &inMarkdown);
        for (qsizetype i = 0; i < count; ++i) {
            const Unit *unit = m_units.at(i);
            section->source.blocks.append({chunks.at(i), unit->markup, unit->before, {}});
            if (!keptIds.at(i).isEmpty())
                ++(*kept)[keptName(*unit->block)];
        }
    }

private:
    // The footnotes the Markdown refers to, in order: those of the blocks it says.
    QStringList markdownFootnotes(const QList<QString> &keptIds) const
    {
        QStringList ids;
        for (qsizetype i = 0; i < m_references.size(); ++i) {
            if (!keptIds.at(i).isEmpty())
                continue;
            for (const QString &id : m_references.at(i)) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        return ids;
    }

    // The Markdown with the definitions of footnotes `ids` at its end.
    QString withDefinitions(const QString &markdown, const QStringList &ids) const
    {
        QStringList parts{markdown};
        for (const QString &id : ids)
            parts.append(m_footnotes.definition(id));
        return parts.join(u"\n\n"_s);
    }

    // Every footnote the section's blocks refer to, labelled where the Markdown refers to it
    // (`inMarkdown`; null: wherever Markdown can say it, for the checks' rendering).
    void setFootnotes(Section *section, const QStringList *inMarkdown) const
    {
        section->source.footnotes.clear();
        QSet<QString> seen;
        for (const QStringList &references : m_references) {
            for (const QString &id : references) {
                if (seen.contains(id))
                    continue;
                seen.insert(id);
                SourceFootnote footnote;
                if (m_footnotes.source(id, !inMarkdown || inMarkdown->contains(id), &footnote))
                    section->source.footnotes.append(footnote);
            }
        }
    }

    void keep(qsizetype i, QList<QString> *chunks, QList<QString> *keptIds)
    {
        if (keptIds->at(i).isEmpty())
            (*keptIds)[i] = newId(u'k');
        Unit *unit = m_units.at(i);
        ensureNodes(unit, m_content);
        QString text;
        for (const GumboNode *node : std::as_const(unit->nodes))
            text += textOf(node) + u' ';
        (*chunks)[i] =
            KeptBlockLine{keptIds->at(i), keptName(*unit->block), summaryOf(text)}.toLine();
    }

    // The first block whose Markdown does not come back as the block it was read from, or -1.
    qsizetype firstWrong(const Section &section, const QList<QString> &chunks,
                         const QList<QString> &keptIds) const
    {
        QHash<QString, QString> keptMarkup;
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            if (!keptIds.at(i).isEmpty())
                keptMarkup.insert(keptIds.at(i), m_units.at(i)->markup);
        }
        // Footnotes named and numbered as the post names and numbers them.
        FootnoteCollector footnotes;
        footnotes.presetOrder(m_footnotes.order());
        footnotes.enterSection(section);
        MarkdownRenderer renderer{BlockMarkup(RenderFormat::Blocks)};
        renderer.setKeptBlocks([&keptMarkup](const QString &id) { return keptMarkup.value(id); });
        renderer.setFootnotes(&footnotes);
        const QList<RenderedMarkdownBlock> rendered = renderer.toBlockList(
            withDefinitions(chunks.join(u"\n\n"_s), markdownFootnotes(keptIds)));
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            if (i >= rendered.size() || rendered.at(i).markdown != chunks.at(i))
                return i;
            if (keptIds.at(i).isEmpty() && !sameBlock(m_units.at(i)->markup, rendered.at(i).markup))
                return i;
        }
        return rendered.size() > chunks.size() ? chunks.size() - 1 : -1;
    }

    const QString &m_content;
    QList<Unit *> m_units;
    const PostFootnotes &m_footnotes;
    QList<QStringList> m_references; ///< the footnotes each block refers to
};

QString keptNote(const std::map<QString, int> &kept)
{
    QStringList names;
    int total = 0;
    for (const auto &[name, count] : kept) {
        names.append(count > 1 ? u"%1 \u00d7 %2"_s.arg(count).arg(name) : name);
        total += count;
    }
    return QCoreApplication::translate(
               "PostContentReader",
               "%n block(s) cannot be edited in Quorum and are kept exactly as they are on the "
               "site: %1.",
               nullptr, total)
        .arg(names.join(u", "_s));
}

QList<Section> readBlocks(const QString &content, const QList<ParsedBlock> &blocks,
                          const QList<PostFootnote> &postFootnotes, bool *anyQuorum,
                          QStringList *notes)
{
    const PostFootnotes footnotes(postFootnotes, content);
    std::vector<Unit> units(size_t(blocks.size()));
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Unit &unit = units[size_t(i)];
        unit.block = &blocks.at(i);
        unit.markup = content.mid(unit.block->start, unit.block->end - unit.block->start);
        // What stands before the post's first block is not kept: wherever that block moves,
        // it is set apart like any other.
        unit.before = i == 0 ? SourceBlock{}.before
                             : content.mid(previousEnd, unit.block->start - previousEnd);
        previousEnd = unit.block->end;
    }
    assignNodes(content, &units);

    // Cut the post at its h1 and h2 heading blocks.
    struct BlockPart
    {
        Unit *heading = nullptr;
        QList<Unit *> body;
    };
    QList<BlockPart> parts(1);
    for (Unit &unit : units) {
        if (startsSection(*unit.block))
            parts.append(BlockPart{&unit, {}});
        else
            parts.last().body.append(&unit);
    }

    const MarkdownWriter writer;
    QList<Section> sections;
    QSet<QString> ids;
    std::map<QString, int> kept;
    for (const BlockPart &part : std::as_const(parts)) {
        Section section;
        QList<Unit *> textUnits = part.body;
        if (!part.heading) {
            if (part.body.isEmpty())
                continue;
            section = Section::create(SectionKind::Introduction);
            section.heading.clear();
            section.headless = true;
        } else {
            ensureNodes(part.heading, content);
            const GumboNode *heading = part.heading->nodes.value(0);
            const std::optional<SectionKind> kind = heading ? quorumKind(heading) : std::nullopt;
            const QString id = heading ? quorumId(heading) : QString();
            if (kind && !id.isEmpty() && !ids.contains(id)) {
                ids.insert(id);
                *anyQuorum = true;
                // The parts a kind writes from data are read from their blocks; the rest is
                // the section's Markdown.
                Part nodes{heading, {}};
                QHash<const GumboNode *, Unit *> owner;
                for (Unit *unit : part.body) {
                    ensureNodes(unit, content);
                    for (const GumboNode *node : std::as_const(unit->nodes)) {
                        nodes.body.append(node);
                        owner.insert(node, unit);
                    }
                }
                Nodes text;
                section = quorumSection(*kind, id, nodes, writer, &text);
                const QSet<const GumboNode *> textSet(text.cbegin(), text.cend());
                QSet<Unit *> consumed;
                for (const GumboNode *node : std::as_const(nodes.body)) {
                    if (!textSet.contains(node))
                        consumed.insert(owner.value(node));
                }
                textUnits.clear();
                for (Unit *unit : part.body) {
                    if (!consumed.contains(unit))
                        textUnits.append(unit);
                }
            } else {
                section = Section::create(SectionKind::Text);
                section.heading = heading ? foreignHeading(heading, writer) : QString();
            }
            section.source.heading = {
                section.heading, part.heading->markup, part.heading->before, {}};
        }
        if (section.kind != SectionKind::TlDr || !textUnits.isEmpty())
            SectionBlocks(content, textUnits, footnotes).read(&section, &kept);
        // A heading published as it is keeps the contents of its footnotes too.
        if (part.heading) {
            for (const QString &id : footnoteIdsIn(part.heading->markup)) {
                SourceFootnote footnote;
                const auto same = [&id](const SourceFootnote &f) { return f.id == id; };
                if (std::none_of(section.source.footnotes.cbegin(), section.source.footnotes.cend(),
                                 same) &&
                    footnotes.source(id, false, &footnote))
                    section.source.footnotes.append(footnote);
            }
        }
        if (section.kind == SectionKind::TlDr && !textUnits.isEmpty() && notes)
            notes->append(QCoreApplication::translate(
                "PostContentReader",
                "The TL;DR holds blocks besides its bullets; they are published as they are, "
                "but the TL;DR editor does not show them."));
        sections.append(section);
    }
    if (notes && !kept.empty())
        notes->append(keptNote(kept));
    return sections;
}

} // namespace

QList<Section> read(const QString &content, bool *quorumPost, QStringList *notes)
{
    return read(content, {}, quorumPost, notes);
}

QList<Section> read(const QString &content, const QList<PostFootnote> &footnotes, bool *quorumPost,
                    QStringList *notes)
{
    bool anyQuorum = false;
    QList<Section> sections;
    const BlockParse blocks = parseBlockMarkup(content);
    bool anyBlock = false;
    for (const ParsedBlock &block : blocks.blocks)
        anyBlock = anyBlock || !block.isFreeform();
    if (blocks.ok && anyBlock) {
        sections = readBlocks(content, blocks.blocks, footnotes, &anyQuorum, notes);
    } else {
        sections = readHtml(content, &anyQuorum);
        if (!blocks.ok && notes)
            notes->append(QCoreApplication::translate(
                              "PostContentReader",
                              "The post's block markup is damaged (%1), so it was read as "
                              "HTML: publishing it writes it anew as blocks.")
                              .arg(blocks.error));
    }
    inferTallies(&sections);
    if (quorumPost)
        *quorumPost = anyQuorum;
    return sections;
}

} // namespace quorum::PostContentReader
