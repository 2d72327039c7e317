// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "gumbohtml.h"

namespace quorum::html {

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

bool isTag(const GumboNode *node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag;
}

bool isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

QStringList classesOf(const GumboNode *node)
{
    return attribute(node, "class").split(u' ', Qt::SkipEmptyParts);
}

bool hasClass(const GumboNode *node, const QString &name)
{
    return classesOf(node).contains(name);
}

Nodes childrenOf(const GumboNode *node)
{
    Nodes nodes;
    const GumboVector *children = nullptr;
    if (isElement(node))
        children = &node->v.element.children;
    else if (node->type == GUMBO_NODE_DOCUMENT)
        children = &node->v.document.children;
    if (!children)
        return nodes;
    for (unsigned int i = 0; i < children->length; ++i)
        nodes.append(static_cast<const GumboNode *>(children->data[i]));
    return nodes;
}

QString textOf(const GumboNode *node)
{
    if (isText(node))
        return QString::fromUtf8(node->v.text.text);
    QString text;
    for (const GumboNode *child : childrenOf(node))
        text += textOf(child);
    return text;
}

int headingLevel(const GumboNode *node)
{
    if (!isElement(node))
        return 0;
    switch (node->v.element.tag) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

ParsedHtml::ParsedHtml(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    m_output.reset(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
}

void ParsedHtml::OutputDeleter::operator()(GumboOutput *output) const
{
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

Nodes ParsedHtml::bodyNodes() const
{
    for (const GumboNode *child : childrenOf(m_output->root)) {
        if (isTag(child, GUMBO_TAG_BODY))
            return childrenOf(child);
    }
    return {};
}

} // namespace quorum::html
