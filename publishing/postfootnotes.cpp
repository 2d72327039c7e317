// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "postfootnotes.h"

#include "blockmarkup.h"
#include "htmlequivalence.h"
#include "htmlmarkdown.h"
#include "markdown.h"

using namespace Qt::StringLiterals;

namespace quorum::html {

namespace {

QString paragraphBlock(const QString &html)
{
    return BlockMarkup(RenderFormat::Blocks).block(u"core/paragraph", u"<p>"_s + html + u"</p>"_s);
}

// The definition of footnote `label` that says `content` (inline HTML), or an empty text when
// Markdown says it otherwise.
QString definitionFor(const QString &id, const QString &label, const QString &content)
{
    const ParsedHtml parsed(u"<p>"_s + content + u"</p>"_s);
    const Nodes nodes = parsed.bodyNodes();
    if (nodes.size() != 1 || !isTag(nodes.first(), GUMBO_TAG_P))
        return {};
    QString text = escapeLineStarts(MarkdownWriter().inlines(nodes.first()).trimmed());
    // Its further lines are indented: they belong to the definition whatever they start with.
    text.replace(u'\n', u"\n    "_s);
    const QString definition = u"[^"_s + label + u"]: "_s + text;

    Section section;
    section.id = u"footnote"_s;
    section.source.footnotes = {{id, label, definition, content, {}}};
    FootnoteCollector footnotes;
    footnotes.enterSection(section);
    MarkdownRenderer renderer{BlockMarkup(RenderFormat::Blocks)};
    renderer.setFootnotes(&footnotes);
    renderer.collectFootnotes(u"x[^"_s + label + u"]\n\n"_s + definition);
    const QString rendered = footnotes.renderedContent(id);
    return sameBlock(paragraphBlock(content), paragraphBlock(rendered)) ? definition : QString();
}

} // namespace

PostFootnotes::PostFootnotes(const QList<PostFootnote> &footnotes, const QString &content)
{
    // Found as the renderer finds them (footnoteIdsIn), so that both number them alike.
    for (const QString &id : footnoteIdsIn(content)) {
        if (!m_order.contains(id))
            m_order.append(id);
    }
    for (const PostFootnote &footnote : footnotes) {
        if (!m_contents.contains(footnote.id))
            m_contents.insert(footnote.id, footnote.content);
    }
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const QString &id = m_order.at(i);
        const auto content = m_contents.constFind(id);
        if (content == m_contents.cend())
            continue;
        const QString label = QString::number(i + 1);
        const QString definition = definitionFor(id, label, content.value());
        if (definition.isEmpty())
            continue;
        m_labels.insert(id, label);
        m_definitions.insert(id, definition);
    }
}

bool PostFootnotes::source(const QString &id, bool inMarkdown, SourceFootnote *footnote) const
{
    const auto content = m_contents.constFind(id);
    if (content == m_contents.cend())
        return false;
    *footnote = {id, {}, {}, content.value(), {}};
    if (inMarkdown) {
        footnote->label = label(id);
        footnote->markdown = definition(id);
    }
    return true;
}

} // namespace quorum::html
