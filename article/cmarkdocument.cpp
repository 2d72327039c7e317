// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "cmarkdocument.h"

#include "keptblock.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>

#include <QByteArray>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

const char *const kExtensions[] = {"table", "strikethrough", "autolink"};

} // namespace

CmarkDocument::CmarkDocument(const QString &markdown, const MarkdownRenderer::ImageResolver &images,
                             const MarkdownRenderer::KeptBlockResolver &kept,
                             FootnoteCollector *footnotes, bool footnoteSyntax)
    : m_kept(kept)
{
    static const bool registered = [] {
        cmark_gfm_core_extensions_ensure_registered();
        return true;
    }();
    Q_UNUSED(registered);
    const bool withFootnotes = footnotes || footnoteSyntax;
    m_parser = cmark_parser_new(CMARK_OPT_DEFAULT | (withFootnotes ? CMARK_OPT_FOOTNOTES : 0));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
    neutralizeRawHtml();
    if (images)
        resolveImages(images);
    if (footnotes)
        readFootnotes(markdown, footnotes);
}

CmarkDocument::~CmarkDocument()
{
    for (cmark_node *node : std::as_const(m_detached))
        cmark_node_free(node);
    cmark_node_free(m_root);
    cmark_parser_free(m_parser);
}

QString CmarkDocument::keptMarkup(cmark_node *node) const
{
    if (!m_kept || cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK)
        return {};
    const QString line = QString::fromUtf8(cmark_node_get_literal(node)).trimmed();
    const std::optional<KeptBlockLine> kept = KeptBlockLine::parse(line);
    return kept ? m_kept(kept->id) : QString();
}

QString CmarkDocument::html(cmark_node *node) const
{
    char *rendered =
        cmark_render_html(node, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(m_parser));
    const QString result = QString::fromUtf8(rendered);
    std::free(rendered);
    return m_references.isEmpty() ? result : withReferences(result);
}

QString CmarkDocument::innerHtml(cmark_node *node) const
{
    QString rendered = html(node);
    while (rendered.endsWith(u'\n'))
        rendered.chop(1);
    if (!rendered.startsWith(u'<') || cmark_node_get_type(node) == CMARK_NODE_TEXT)
        return rendered;
    const qsizetype open = rendered.indexOf(u'>') + 1;
    const qsizetype close = rendered.lastIndexOf(u"</"_s);
    if (open <= 0 || close < open)
        return rendered;
    return rendered.mid(open, close - open);
}

void CmarkDocument::resolveImages(const MarkdownRenderer::ImageResolver &resolve)
{
    cmark_iter *iter = cmark_iter_new(m_root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_IMAGE)
            continue;
        const ResolvedImage resolved = resolve(QString::fromUtf8(cmark_node_get_url(node)));
        cmark_node_set_url(node, resolved.url.toUtf8().constData());
        if (resolved.id > 0)
            m_mediaIds.insert(node, resolved.id);
    }
    cmark_iter_free(iter);
}

// Raw HTML becomes text: inline HTML a text node, an HTML block a paragraph of text.
void CmarkDocument::neutralizeRawHtml()
{
    QList<cmark_node *> rawNodes;
    cmark_iter *iter = cmark_iter_new(m_root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event == CMARK_EVENT_ENTER &&
            (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) &&
            keptMarkup(node).isEmpty())
            rawNodes.append(node);
    }
    cmark_iter_free(iter);

    for (cmark_node *node : std::as_const(rawNodes)) {
        QByteArray literal(cmark_node_get_literal(node));
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node *replacement = text;
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            while (literal.endsWith('\n'))
                literal.chop(1);
            replacement = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(replacement, text);
        }
        cmark_node_set_literal(text, literal.constData());
        cmark_node_replace(node, replacement);
        cmark_node_free(node);
    }
}

} // namespace quorum
