// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
// Markdown footnotes as WordPress footnotes: CmarkDocument's reading of them.
#include "blockmarkup.h"
#include "cmarkdocument.h"
#include "footnotes.h"

#include <QByteArray>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The lines `first` to `last` (1-based) of `lines`, without the white space at their end.
QString linesOf(const QStringList &lines, int first, int last)
{
    QStringList picked = lines.mid(first - 1, last - first + 1);
    QString text = picked.join(u'\n');
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

// The label of the footnote definition whose text starts at 1-based byte `column` of `line`,
// after its "[^label]:" (cmark-gfm places a definition where its text starts).
QString definitionLabel(const QString &line, int column)
{
    const QByteArray marker = line.toUtf8().left(std::max(column - 1, 0)).trimmed();
    const qsizetype open = marker.lastIndexOf("[^");
    if (open < 0 || !marker.endsWith("]:"))
        return {};
    return QString::fromUtf8(marker.mid(open + 2, marker.size() - open - 4));
}

} // namespace

QString CmarkDocument::referencePlaceholder(qsizetype index)
{
    return QChar(0xe000) + QString::number(index) + QChar(0xe001);
}

QString CmarkDocument::withReferences(QString html) const
{
    const QChar open(0xe000);
    const QChar close(0xe001);
    qsizetype at = html.indexOf(open);
    if (at < 0)
        return html;
    QString result;
    qsizetype copied = 0;
    for (; at >= 0; at = html.indexOf(open, at + 1)) {
        const qsizetype end = html.indexOf(close, at);
        bool ok = false;
        const qsizetype index =
            QStringView(html).sliced(at + 1, std::max<qsizetype>(end - at - 1, 0)).toLongLong(&ok);
        if (end < 0 || !ok || index < 0 || index >= m_references.size())
            continue;
        result += QStringView(html).sliced(copied, at - copied);
        result += m_references.at(index);
        copied = end + 1;
        at = end;
    }
    result += QStringView(html).sliced(copied);
    return result;
}

void CmarkDocument::readFootnotes(const QString &markdown, FootnoteCollector *footnotes)
{
    // cmark-gfm has moved each definition that is referenced to the end of the document, in
    // the order of first reference, and given each reference the 1-based place of its
    // definition there as its literal. The labels are read from the text: cmark-gfm 0.29
    // does not give them.
    QList<cmark_node *> definitions;
    for (cmark_node *child = cmark_node_last_child(m_root);
         child && cmark_node_get_type(child) == CMARK_NODE_FOOTNOTE_DEFINITION;
         child = cmark_node_previous(child))
        definitions.prepend(child);
    // Without definitions there are no references, but for those of kept blocks.
    if (definitions.isEmpty() && !footnotes->keptReferences())
        return;
    const QStringList lines = definitions.isEmpty() ? QStringList() : markdown.split(u'\n');
    QStringList labels;
    QStringList texts;
    QList<cmark_node *> blocks;
    for (cmark_node *definition : std::as_const(definitions)) {
        const int first = cmark_node_get_start_line(definition);
        labels.append(
            definitionLabel(lines.value(first - 1), cmark_node_get_start_column(definition)));
        texts.append(linesOf(lines, first, cmark_node_get_end_line(definition)));
        // Its blocks move to a document of their own: rendered inside a definition, cmark
        // adds its own back links to the last paragraph.
        cmark_node *holder = cmark_node_new(CMARK_NODE_DOCUMENT);
        while (cmark_node *block = cmark_node_first_child(definition)) {
            cmark_node_unlink(block);
            cmark_node_append_child(holder, block);
        }
        cmark_node_unlink(definition);
        m_detached << definition << holder;
        blocks.append(holder);
    }

    const auto definitionOf = [](cmark_node *reference) {
        return qsizetype(QByteArray(cmark_node_get_literal(reference)).toInt()) - 1;
    };
    // Collected first, replaced after: the tree must not change under its iterator.
    QList<std::pair<cmark_node *, QString>> replacements;
    QList<std::pair<QString, qsizetype>> defined; // id, definition
    QHash<qsizetype, int> occurrences;
    cmark_iter *iter = cmark_iter_new(m_root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE) {
            const qsizetype index = definitionOf(node);
            if (index < 0 || index >= labels.size())
                continue;
            const QString id = footnotes->idFor(labels.at(index), ++occurrences[index]);
            replacements.append({node, footnoteReference(id, footnotes->reference(id))});
            defined.append({id, index});
        } else if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            footnotes->referenceAll(keptMarkup(node));
        }
    }
    cmark_iter_free(iter);
    // A reference becomes a placeholder text that html() replaces with its markup: text may
    // stand anywhere a reference may (a table cell takes no custom inline node), and raw HTML
    // is never rendered.
    for (const auto &[node, markup] : std::as_const(replacements)) {
        cmark_node *placeholder = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(placeholder,
                               referencePlaceholder(m_references.size()).toUtf8().constData());
        m_references.append(markup);
        if (cmark_node_replace(node, placeholder))
            cmark_node_free(node);
        else
            cmark_node_free(placeholder);
    }

    // A reference inside a definition is its text again: WordPress's footnotes hold none.
    QList<std::pair<cmark_node *, QString>> inner;
    for (cmark_node *holder : std::as_const(blocks)) {
        iter = cmark_iter_new(holder);
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            if (event == CMARK_EVENT_ENTER &&
                cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE)
                inner.append({node, u"[^"_s + labels.value(definitionOf(node)) + u']'});
        }
        cmark_iter_free(iter);
    }
    for (const auto &[node, text] : std::as_const(inner)) {
        cmark_node *literal = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(literal, text.toUtf8().constData());
        if (cmark_node_replace(node, literal))
            cmark_node_free(node);
        else
            cmark_node_free(literal);
    }

    QHash<qsizetype, QString> contents;
    for (const auto &[id, index] : std::as_const(defined)) {
        auto it = contents.find(index);
        if (it == contents.end())
            it = contents.insert(index, definitionHtml(blocks.at(index), lines));
        footnotes->define(id, labels.at(index), texts.at(index), it.value());
    }
}

// A footnote's content is one piece of rich text: its paragraphs joined by <br>, any other
// block as its plain text.
QString CmarkDocument::definitionHtml(cmark_node *blocks, const QStringList &lines) const
{
    QStringList parts;
    for (cmark_node *block = cmark_node_first_child(blocks); block;
         block = cmark_node_next(block)) {
        if (cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH)
            parts.append(innerHtml(block));
        else
            parts.append(BlockMarkup::escape(
                linesOf(lines, cmark_node_get_start_line(block), cmark_node_get_end_line(block))
                    .simplified()));
    }
    return parts.join(u"<br>"_s);
}

} // namespace quorum
