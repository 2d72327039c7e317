// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "htmlequivalence.h"

#include "blockgrammar.h"
#include "gumbohtml.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum::html {

namespace {

bool sameInnerBlocks(const QList<ParsedBlock> &a, const QList<ParsedBlock> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).name != b.at(i).name || a.at(i).attributes != b.at(i).attributes ||
            !sameInnerBlocks(a.at(i).innerBlocks, b.at(i).innerBlocks))
            return false;
    }
    return true;
}

bool agrees(const QJsonObject &fresh, const QJsonObject &original)
{
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        if (original.value(it.key()) != it.value())
            return false;
    }
    return true;
}

// The element's attributes in a fixed order; with `only`, just those it names.
QString attributesOf(const GumboNode *node, const QSet<QString> *only = nullptr)
{
    QStringList pairs;
    const GumboVector &attributes = node->v.element.attributes;
    for (unsigned int i = 0; i < attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(attributes.data[i]);
        const QString name = QString::fromUtf8(attribute->name);
        if (only && !only->contains(name))
            continue;
        QString value = QString::fromUtf8(attribute->value);
        if (name == u"class") {
            QStringList classes = value.split(u' ', Qt::SkipEmptyParts);
            // Classes newer WordPress releases add to the same blocks (6.2 and 6.6): the same
            // block whether written or not.
            classes.removeAll(u"wp-block-heading"_s);
            classes.removeAll(u"wp-block-list"_s);
            if (classes.isEmpty())
                continue;
            classes.sort();
            value = classes.join(u' ');
        }
        pairs.append(name + u"=\"" + value + u'"');
    }
    pairs.sort();
    return pairs.join(u' ');
}

QString tagName(const GumboNode *node)
{
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(node->v.element.tag));
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

// What the element and everything below it mean, as one text. The outer element is written
// without attributes, and the first element inside it with those in `second` only: what
// carryAttributes keeps of the original.
void canonical(const GumboNode *node, bool inPre, int depth, const QSet<QString> &second,
               QString *out)
{
    if (isText(node)) {
        QString text = QString::fromUtf8(node->v.text.text);
        if (!inPre) {
            const QString simple = text.simplified();
            text = simple.isEmpty() ? u" "_s
                                    : (text.front().isSpace() ? u" "_s : QString()) + simple +
                                          (text.back().isSpace() ? u" "_s : QString());
        }
        text.replace(u'&', u"&amp;"_s).replace(u'<', u"&lt;"_s);
        *out += text;
        return;
    }
    if (!isElement(node))
        return; // comments: the delimiters of inner blocks, compared as blocks
    const QString name = tagName(node);
    *out += u'<' + name;
    if (depth != 0) {
        const QString attributes = attributesOf(node, depth == 1 ? &second : nullptr);
        if (!attributes.isEmpty())
            *out += u' ' + attributes;
    }
    *out += u'>';
    const bool pre = inPre || node->v.element.tag == GUMBO_TAG_PRE;
    bool firstElement = true;
    for (const GumboNode *child : childrenOf(node)) {
        const bool element = isElement(child);
        canonical(child, pre, depth == 0 && firstElement && element ? 1 : 2, second, out);
        firstElement = firstElement && !element;
    }
    *out += u"</"_s + name + u'>';
}

// `outerDepth` 0 leaves the outer element's attributes out (and keeps only `second` of the
// next); 2 writes every attribute.
QString canonicalHtml(const ParsedHtml &parsed, const QSet<QString> &second, int outerDepth = 0)
{
    QString out;
    bool first = true;
    for (const GumboNode *node : parsed.bodyNodes()) {
        canonical(node, false, first && isElement(node) ? outerDepth : 2, second, &out);
        first = first && !isElement(node);
    }
    // White space next to a block-level tag is layout, not text.
    static const QRegularExpression aroundBlocks(
        u"\\s*(</?(?:p|ul|ol|li|blockquote|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|"
        "h[1-6]|pre|hr|div|br)\\b[^>]*>)\\s*"_s);
    out.replace(aroundBlocks, u"\\1"_s);
    return out.trimmed();
}

// The names of the attributes of the first element inside the outer one.
QSet<QString> secondElementAttributes(const ParsedHtml &parsed)
{
    QSet<QString> names;
    for (const GumboNode *node : parsed.bodyNodes()) {
        if (!isElement(node))
            continue;
        for (const GumboNode *child : childrenOf(node)) {
            if (!isElement(child))
                continue;
            const GumboVector &attributes = child->v.element.attributes;
            for (unsigned int i = 0; i < attributes.length; ++i)
                names.insert(QString::fromUtf8(
                    static_cast<const GumboAttribute *>(attributes.data[i])->name));
            return names;
        }
        return names;
    }
    return names;
}

void describeBlocks(const QList<ParsedBlock> &blocks, QString *out)
{
    for (const ParsedBlock &block : blocks) {
        *out += u'[' + block.name + u' ' +
                QString::fromUtf8(QJsonDocument(block.attributes).toJson(QJsonDocument::Compact));
        describeBlocks(block.innerBlocks, out);
        *out += u']';
    }
}

} // namespace

QString canonicalBlock(const QString &content, const ParsedBlock &block)
{
    QString out;
    describeBlocks({block}, &out);
    out += u'\n' + canonicalHtml(ParsedHtml(blockHtml(content, block)), {}, 2);
    return out;
}

bool sameBlock(const QString &original, const QString &fresh)
{
    if (original == fresh)
        return true;
    const BlockParse a = parseBlockMarkup(original);
    const BlockParse b = parseBlockMarkup(fresh);
    if (!a.ok || !b.ok || a.blocks.size() != 1 || b.blocks.size() != 1)
        return false;
    const ParsedBlock &was = a.blocks.first();
    const ParsedBlock &now = b.blocks.first();
    // A list from before WordPress 6.1 holds its items as HTML, not as list-item blocks: the
    // same list, which an edit writes the way WordPress writes it now.
    const bool oldList = was.name == u"core/list" && was.innerBlocks.isEmpty();
    if (was.name != now.name || !agrees(now.attributes, was.attributes) ||
        (!oldList && !sameInnerBlocks(was.innerBlocks, now.innerBlocks)))
        return false;
    const ParsedHtml freshHtml(blockHtml(fresh, now));
    const QSet<QString> second = secondElementAttributes(freshHtml);
    return canonicalHtml(ParsedHtml(blockHtml(original, was)), second) ==
           canonicalHtml(freshHtml, second);
}

} // namespace quorum::html
