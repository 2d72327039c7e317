// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <gumbo.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace quorum::html {

// Reading HTML parsed by libgumbo: small questions about its nodes.

using Nodes = QList<const GumboNode *>;

bool isElement(const GumboNode *node);
bool isTag(const GumboNode *node, GumboTag tag);
bool isText(const GumboNode *node);
/// The value of attribute `name`, or an empty text.
QString attribute(const GumboNode *node, const char *name);
QStringList classesOf(const GumboNode *node);
bool hasClass(const GumboNode *node, const QString &name);
Nodes childrenOf(const GumboNode *node);
/// The text of a node and all below it, as a browser shows it without markup.
QString textOf(const GumboNode *node);
/// 1 to 6 for h1 to h6, else 0.
int headingLevel(const GumboNode *node);

/// An HTML text parsed as a whole document (HTML5 parsing rules): what a browser makes of it.
class ParsedHtml
{
public:
    explicit ParsedHtml(const QString &html);

    /// The body's children: the nodes of the text as a fragment.
    Nodes bodyNodes() const;

private:
    struct OutputDeleter
    {
        void operator()(GumboOutput *output) const;
    };
    std::unique_ptr<GumboOutput, OutputDeleter> m_output;
};

} // namespace quorum::html
