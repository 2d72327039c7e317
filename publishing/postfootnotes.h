// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "footnotes.h"
#include "gumbohtml.h"
#include "sectionsource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace quorum::html {

/// The footnotes of a post being read back (PostContentReader): the references in its markup
/// (`<sup data-fn="ID">`, as WordPress's block editor writes them) and the contents the post
/// meta `footnotes` holds. A footnote reads as a Markdown footnote labelled with its number in
/// the post, when its content is known and Markdown says it the same way (checked by rendering
/// the definition, not assumed); otherwise the blocks that refer to it are kept as they are.
class PostFootnotes
{
public:
    /// `footnotes` from the post meta; `content` the post's content, whose references give
    /// the footnotes their numbers, in order of first reference, as WordPress numbers them.
    PostFootnotes(const QList<PostFootnote> &footnotes, const QString &content);

    /// Every footnote referenced in the post, by number.
    const QStringList &order() const { return m_order; }
    bool isEmpty() const { return m_order.isEmpty(); }

    /// The Markdown label of footnote `id` (its number), or an empty text when Markdown
    /// cannot stand for it.
    QString label(const QString &id) const { return m_labels.value(id); }
    /// Its definition, label included: "[^3]: text". Empty with the label.
    QString definition(const QString &id) const { return m_definitions.value(id); }

    /// What a section keeps of footnote `id`: with its label and definition when the section's
    /// Markdown refers to it (`inMarkdown`). False when the site gave it no content.
    bool source(const QString &id, bool inMarkdown, SourceFootnote *footnote) const;

private:
    QStringList m_order;
    QHash<QString, QString> m_contents;
    QHash<QString, QString> m_labels;
    QHash<QString, QString> m_definitions;
};

} // namespace quorum::html
