// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"

#include "articlewording.h"
#include "blockgrammar.h"
#include "keptblock.h"
#include "noteanchors.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// Paragraphs of plain text (split at blank lines), line breaks kept.
QStringList plainParagraphs(const QString &text)
{
    static const QRegularExpression blankLine(u"\\n[ \\t]*\\n"_s);
    if (!text.contains(u'\n')) { // the usual one-paragraph quote, without the expression
        const QString trimmed = text.trimmed();
        return trimmed.isEmpty() ? QStringList() : QStringList{BlockMarkup::escape(trimmed)};
    }
    QStringList paragraphs;
    for (const QString &part : text.split(blankLine, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            paragraphs.append(BlockMarkup::escape(trimmed).replace(u'\n', u"<br>"_s));
    }
    return paragraphs;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || url.scheme() == u"http");
}

// 2026-03-01; QDate::toString is slow enough to show on thousands of voices.
QString isoDate(QDate date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(text);
}

// The heading block a section publishes as the site stored it, or null.
const SourceBlock *storedHeading(const Section &section)
{
    if (section.headless && section.heading.trimmed().isEmpty())
        return nullptr;
    const SourceBlock &source = section.source.heading;
    return !source.markup.isEmpty() && section.heading == source.markdown ? &source : nullptr;
}

bool isFootnotesBlock(const QString &markup)
{
    return markup.startsWith(u"<!-- wp:footnotes "_s);
}

} // namespace

// Where the footnotes block stands: the kept one that a post read from the site brought, in
// the section whose text holds its line now; else one Quorum adds at the end of the last
// section, but for a post read from the site that had footnotes and no block (no section
// holds it then). WordPress lists the footnotes in the first footnotes block, and lets a post
// have one only.
struct ContentRenderer::FootnotesPlace
{
    QString sectionId;
    bool appended = true;
    /// With the list shown, in place of a kept block: the list, from the whole article.
    QString list;
};

ContentRenderer::FootnotesPlace ContentRenderer::footnotesPlace(const Article &article)
{
    FootnotesPlace place;
    if (article.sections.isEmpty())
        return place;
    place.sectionId = article.sections.last().id;
    QStringList keptIds;
    for (const Section &section : article.sections) {
        for (const SourceBlock &block : section.source.blocks) {
            if (!block.markup.contains(u"<!-- wp:footnotes "_s))
                continue;
            if (const std::optional<KeptBlockLine> line = KeptBlockLine::parse(block.markdown))
                keptIds.append(line->id);
        }
    }
    bool readFootnotes = false;
    for (const Section &section : article.sections) {
        readFootnotes = readFootnotes || !section.source.footnotes.isEmpty();
        for (const QString &id : std::as_const(keptIds)) {
            if (section.markdown.contains(id)) {
                place.sectionId = section.id;
                place.appended = false;
                return place;
            }
        }
    }
    // A post read from the site whose footnotes had no block (or whose block the writer
    // took out) gets none: the site showed no list, and publishing what was read changes
    // nothing.
    if (!keptIds.isEmpty() || readFootnotes)
        place.sectionId.clear();
    return place;
}

ContentRenderer::ContentRenderer(RenderFormat format)
    : m_markup(format)
{}

QString ContentRenderer::anchorFor(const QString &sectionId)
{
    return u"section-"_s + sectionId;
}

int ContentRenderer::firstMarkdownElement(const Article &article, const Section &section)
{
    const int heading = section.headless && section.heading.trimmed().isEmpty() ? 0 : 1;
    switch (section.kind) {
    case SectionKind::TlDr:
        return -1;
    case SectionKind::Verdict:
        // After the heading: the split and its bar, when there are stances.
        return effectiveStances(article, section).isEmpty() ? heading : heading + 2;
    default:
        return heading;
    }
}

QString ContentRenderer::renderSection(const Article &article, const Section &section) const
{
    FootnotesPlace place = footnotesPlace(article);
    if (m_footnotesList && !place.appended && place.sectionId == section.id)
        place.list = footnotesListHtml(footnotes(article), article.meta.language);
    // The numbers of the section's footnotes follow those of the sections before it; a
    // section without any, which does not list them, needs none of that (the usual edit).
    FootnoteCollector footnotes(&article);
    const SourceBlock *stored = storedHeading(section);
    if (place.sectionId == section.id || footnotes.mayReference(section) ||
        (stored && stored->markup.contains(u" data-fn=\""_s))) {
        for (const Section &other : article.sections) {
            if (other.id == section.id)
                break;
            collectFootnotes(article, other, &footnotes);
        }
    }
    QString markup;
    appendPieces(sectionPieces(article, section, &footnotes, place), &markup);
    return markup;
}

QList<PostFootnote> ContentRenderer::footnotes(const Article &article) const
{
    FootnoteCollector footnotes(&article);
    for (const Section &section : article.sections)
        collectFootnotes(article, section, &footnotes);
    return footnotes.footnotes();
}

void ContentRenderer::collectFootnotes(const Article &article, const Section &section,
                                       FootnoteCollector *footnotes) const
{
    footnotes->enterSection(section);
    if (const SourceBlock *stored = storedHeading(section))
        footnotes->referenceAll(stored->markup);
    if (footnotes->mayReference(section))
        markdown(article, footnotes).collectFootnotes(section.markdown);
}

QStringList ContentRenderer::followingFootnotes(const Article &article)
{
    const FootnoteCollector footnotes(&article);
    const QString place = footnotesPlace(article).sectionId;
    QStringList ids;
    for (const Section &section : article.sections) {
        const SourceBlock *stored = storedHeading(section);
        if (section.id == place || footnotes.mayReference(section) ||
            (stored && stored->markup.contains(u" data-fn=\""_s)))
            ids.append(section.id);
    }
    return ids;
}

void ContentRenderer::placeFootnotes(const Article &article, const FootnoteCollector &footnotes,
                                     const FootnotesPlace &place, QList<MarkupPiece> *pieces) const
{
    if (place.appended) {
        // The last section: every footnote of the article is known.
        if (footnotes.isEmpty())
            return;
        const QString block = m_footnotesList
                                  ? footnotesListHtml(footnotes.footnotes(), article.meta.language)
                                  : m_markup.voidBlock(u"core/footnotes");
        if (!block.isEmpty())
            pieces->append({u"\n\n"_s, block});
        return;
    }
    if (place.list.isEmpty())
        return;
    for (MarkupPiece &piece : *pieces) {
        if (isFootnotesBlock(piece.markup))
            piece.markup = place.list;
    }
}

QList<MarkupPiece> ContentRenderer::sectionPieces(const Article &article, const Section &section,
                                                  FootnoteCollector *footnotes,
                                                  const FootnotesPlace &place) const
{
    footnotes->enterSection(section);
    QList<MarkupPiece> pieces;
    if (const SourceBlock *stored = storedHeading(section))
        footnotes->referenceAll(stored->markup);
    if (const std::optional<MarkupPiece> title = heading(article.meta.language, section))
        pieces.append(*title);
    const bool holder = place.sectionId == section.id;
    const QString list = holder ? place.list : QString();
    auto add = [&pieces](const QString &markup) {
        if (!markup.isEmpty())
            pieces.append({u"\n\n"_s, markup});
    };
    switch (section.kind) {
    case SectionKind::TlDr:
        add(bullets(section));
        // Blocks a post held below its summary (no TL;DR written in Quorum has any).
        pieces.append(markdownPieces(article, section, footnotes, list));
        break;
    case SectionKind::Verdict:
        add(verdictSplit(article, section));
        pieces.append(markdownPieces(article, section, footnotes, list));
        break;
    case SectionKind::ForumVoices: {
        pieces.append(markdownPieces(article, section, footnotes, list));
        // Computed once per section: a verdict computed from the voices tallies them all.
        const QList<Stance> order = verdictStances(article);
        for (const Voice &item : section.voices)
            add(voice(order, item));
        break;
    }
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        pieces.append(markdownPieces(article, section, footnotes, list));
        break;
    }
    // Markup from the site shows the numbers its footnotes have now (Quorum's own has them).
    const bool fromSite = !section.source.isEmpty() && !footnotes->isEmpty();
    for (MarkupPiece &piece : pieces) {
        if (fromSite && piece.markup.contains(u" data-fn=\""_s))
            piece.markup = renumberFootnotes(
                piece.markup, [footnotes](const QString &id) { return footnotes->number(id); });
    }
    if (holder)
        placeFootnotes(article, *footnotes, place, &pieces);
    return pieces;
}

QList<MarkupPiece> ContentRenderer::markdownPieces(const Article &article, const Section &section,
                                                   FootnoteCollector *footnotes,
                                                   const QString &list) const
{
    const MarkdownRenderer markdown = this->markdown(article, footnotes, list);
    if (section.source.blocks.isEmpty()) {
        const QString markup = markdown.toBlocks(section.markdown);
        return markup.isEmpty() ? QList<MarkupPiece>() : QList<MarkupPiece>{{u"\n\n"_s, markup}};
    }
    return sourcedPieces(markdown.toBlockList(section.markdown), section.source.blocks);
}

void ContentRenderer::appendPieces(const QList<MarkupPiece> &pieces, QString *markup) const
{
    // Blocks read from the site keep the white space that stood before them; in plain HTML
    // they lose their delimiters like every other block.
    const bool blocks = m_markup.format() == RenderFormat::Blocks;
    for (const MarkupPiece &piece : pieces) {
        if (!markup->isEmpty())
            *markup += blocks ? piece.before : u"\n"_s;
        *markup += blocks ? piece.markup : withoutDelimiters(piece.markup);
    }
}

QList<ContentRenderer::RenderedSection>
ContentRenderer::renderSections(const Article &article) const
{
    FootnotesPlace place = footnotesPlace(article);
    if (m_footnotesList && !place.appended)
        place.list = footnotesListHtml(footnotes(article), article.meta.language);
    FootnoteCollector footnotes(&article);
    QList<RenderedSection> result;
    result.reserve(article.sections.size());
    for (const Section &section : article.sections) {
        QString markup;
        appendPieces(sectionPieces(article, section, &footnotes, place), &markup);
        result.append({section.id, markup});
    }
    return result;
}

QString ContentRenderer::render(const Article &article) const
{
    FootnotesPlace place = footnotesPlace(article);
    if (m_footnotesList && !place.appended)
        place.list = footnotesListHtml(footnotes(article), article.meta.language);
    FootnoteCollector footnotes(&article);
    QString markup;
    for (const Section &section : article.sections)
        appendPieces(sectionPieces(article, section, &footnotes, place), &markup);
    return markup;
}

QString ContentRenderer::keptBlockMarkup(const Article &article, const QString &id)
{
    for (const Section &section : article.sections) {
        for (const SourceBlock &block : section.source.blocks) {
            if (!block.markdown.contains(id))
                continue;
            const std::optional<KeptBlockLine> line = KeptBlockLine::parse(block.markdown);
            if (line && line->id == id)
                return block.markup;
        }
    }
    return {};
}

MarkdownRenderer ContentRenderer::markdown(const Article &article, FootnoteCollector *footnotes,
                                           const QString &list) const
{
    MarkdownRenderer renderer(m_markup, m_images);
    renderer.setFootnotes(footnotes);
    // A kept block's line may stand in any section (cut from one, pasted into another).
    renderer.setKeptBlocks([&article, footnotes, list](const QString &id) {
        const QString markup = keptBlockMarkup(article, id);
        if (!list.isEmpty() && isFootnotesBlock(markup))
            return list;
        return renumberFootnotes(markup,
                                 [footnotes](const QString &fn) { return footnotes->number(fn); });
    });
    return renderer;
}

std::optional<MarkupPiece> ContentRenderer::heading(const QString &language,
                                                    const Section &section) const
{
    // A section read from the part of a post before its first heading has none, until the
    // writer gives it one: Quorum never publishes text the post did not have.
    if (section.headless && section.heading.trimmed().isEmpty())
        return std::nullopt;
    const SourceBlock &source = section.source.heading;
    if (!source.markup.isEmpty()) {
        if (storedHeading(section))
            return MarkupPiece{source.before, withHeadingNotes(section, source.markup)};
        // Renamed: the same heading block (level, anchor, classes) with the new text.
        const QString renamed =
            replaceInnerHtml(source.markup, BlockMarkup::escape(section.heading.trimmed()));
        if (!renamed.isEmpty() && !section.heading.trimmed().isEmpty())
            return MarkupPiece{source.before, withHeadingNotes(section, renamed)};
    }
    // An empty heading is published as the kind's heading in the article's language.
    const QString text = section.heading.trimmed().isEmpty()
                             ? sectionHeadingFor(section.kind, language)
                             : section.heading;
    const QString kindClass = u"quorum-"_s + sectionKindKey(section.kind);
    QJsonObject attributes{{u"className"_s, kindClass}};
    if (m_headingNotes)
        attributes = NoteAnchors::withIds(attributes, m_headingNotes->value(section.id));
    return MarkupPiece{u"\n\n"_s,
                       m_markup.block(u"core/heading",
                                      u"<h2 class=\"wp-block-heading %1\" id=\"%2\">%3</h2>"_s.arg(
                                          kindClass, BlockMarkup::escape(anchorFor(section.id)),
                                          BlockMarkup::escape(text.trimmed())),
                                      attributes)};
}

QString ContentRenderer::withHeadingNotes(const Section &section, const QString &markup) const
{
    // A heading kept byte for byte stays so, unless the Notes it anchors are to change.
    if (!m_headingNotes || m_markup.format() != RenderFormat::Blocks)
        return markup;
    return NoteAnchors::rewriteBlock(markup, m_headingNotes->value(section.id));
}

QString ContentRenderer::bullets(const Section &section) const
{
    const MarkdownRenderer markdown(m_markup, m_images);
    QStringList items;
    for (const QString &bullet : section.bullets) {
        if (!bullet.trimmed().isEmpty())
            items.append(m_markup.block(u"core/list-item",
                                        u"<li>"_s + markdown.toInlineHtml(bullet) + u"</li>"_s));
    }
    if (items.isEmpty())
        return {};
    // The summary is set apart from the body of the report by a separator.
    return m_markup.join(
        {m_markup.block(u"core/list",
                        u"<ul class=\"wp-block-list\">"_s + m_markup.join(items) + u"</ul>"_s),
         m_markup.block(u"core/separator",
                        u"<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>"_s)});
}

QString ContentRenderer::verdictSplit(const Article &article, const Section &section) const
{
    QStringList blocks;
    const QList<Stance> stances = effectiveStances(article, section);
    if (!stances.isEmpty()) {
        blocks.append(
            m_markup.block(u"core/heading",
                           u"<h3 class=\"wp-block-heading quorum-verdict-split\">%1</h3>"_s.arg(
                               BlockMarkup::escape(stanceSummary(stances))),
                           {{u"className"_s, u"quorum-verdict-split"_s}, {u"level"_s, 3}}));
        QStringList items;
        for (qsizetype i = 0; i < stances.size(); ++i) {
            const QString classes =
                u"quorum-stance-%1 quorum-share-%2"_s.arg(i + 1).arg(stances.at(i).percent);
            items.append(
                m_markup.block(u"core/list-item",
                               u"<li class=\"%1\"><strong>%2%</strong> %3</li>"_s.arg(classes)
                                   .arg(stances.at(i).percent)
                                   .arg(BlockMarkup::escape(stances.at(i).label)),
                               {{u"className"_s, classes}}));
        }
        blocks.append(m_markup.block(u"core/list",
                                     u"<ul class=\"wp-block-list quorum-verdict-bar\">"_s +
                                         m_markup.join(items) + u"</ul>"_s,
                                     {{u"className"_s, u"quorum-verdict-bar"_s}}));
    }
    return m_markup.join(blocks);
}

QString ContentRenderer::voice(const QList<Stance> &verdictOrder, const Voice &voice) const
{
    QStringList paragraphs;
    for (const QString &paragraph : plainParagraphs(voice.quote))
        paragraphs.append(m_markup.block(u"core/paragraph", u"<p>"_s + paragraph + u"</p>"_s));

    // "Author, Forum · 2026-03-01 · Stance": the forum name carries the link.
    QStringList who;
    if (!voice.author.trimmed().isEmpty())
        who.append(BlockMarkup::escape(voice.author.trimmed()));
    const QString forum = BlockMarkup::escape(voice.forum.trimmed());
    const QUrl link(voice.url, QUrl::StrictMode);
    if (isWebUrl(link)) {
        const QString url = BlockMarkup::escape(link.toString(QUrl::FullyEncoded));
        who.append(u"<a href=\"%1\">%2</a>"_s.arg(url, forum.isEmpty() ? url : forum));
    } else if (!forum.isEmpty()) {
        who.append(forum);
    }
    QStringList citation;
    if (!who.isEmpty())
        citation.append(who.join(u", "_s));
    if (voice.date.isValid())
        citation.append(isoDate(voice.date));
    if (!voice.stance.trimmed().isEmpty())
        citation.append(u"<span class=\"quorum-stance quorum-stance-%1\">%2</span>"_s
                            .arg(stanceIndex(verdictOrder, voice.stance))
                            .arg(BlockMarkup::escape(voice.stance.trimmed())));
    const QString cite =
        citation.isEmpty() ? QString() : u"<cite>"_s + citation.join(u" · "_s) + u"</cite>"_s;

    QJsonObject attributes;
    QString classes = u"wp-block-quote"_s;
    if (!voice.stance.trimmed().isEmpty()) {
        const QString stanceClass = u"quorum-voice quorum-stance-"_s + stanceSlug(voice.stance);
        attributes.insert(u"className"_s, stanceClass);
        classes += u' ' + stanceClass;
    } else {
        attributes.insert(u"className"_s, u"quorum-voice"_s);
        classes += u" quorum-voice"_s;
    }
    return m_markup.block(u"core/quote",
                          u"<blockquote class=\"%1\">"_s.arg(classes) + m_markup.join(paragraphs) +
                              cite + u"</blockquote>"_s,
                          attributes);
}

} // namespace quorum
