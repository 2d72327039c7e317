// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace quorum {

/// A footnote as WordPress (6.3 and later) keeps it: each reference in the text names it by
/// `id`, and the post meta `footnotes` holds its content, inline HTML, in the order of the
/// references.
struct PostFootnote
{
    QString id;
    QString content;

    bool operator==(const PostFootnote &) const = default;
};

/// A reference to footnote `id` showing `number`, as the block editor writes it:
/// `<sup data-fn="ID" class="fn"><a href="#ID" id="ID-link">N</a></sup>`.
QString footnoteReference(const QString &id, int number);

/// The ids that the footnote references (`data-fn`) in `markup` name, in order, repeats
/// included.
QStringList footnoteIdsIn(const QString &markup);

/// `markup` with the number each footnote reference shows set to `numberOf(id)`; a reference
/// whose number is 0 is left as it is. Markup without references comes back unchanged.
QString renumberFootnotes(const QString &markup,
                          const std::function<int(const QString &id)> &numberOf);

/// What WordPress renders for the footnotes block on the page (render_block_core_footnotes):
/// an ordered list of the contents, each with a link back to its reference, labelled in the
/// article's `language`. Empty without footnotes.
QString footnotesListHtml(const QList<PostFootnote> &footnotes, const QString &language);

/// The footnotes of an article while it is rendered. Footnotes are Markdown footnotes
/// (`[^label]` and `[^label]: text`) of one section's text each; WordPress numbers the
/// footnotes of a post across the whole post, by first reference, and so does this.
///
/// A footnote's id is the one the site gave it when the section was read from a post and its
/// label is still the one it was read with (SourceFootnote); otherwise it is derived from the
/// section id and the label, so that rendering an article again gives the same ids. Each
/// further reference to the same label is a footnote of its own in WordPress, with an id of its
/// own and the same content. References in markup kept as it is (kept blocks, a heading from
/// the site) are numbered in their place, with the content read from the site.
class FootnoteCollector
{
public:
    /// `article` is where the contents of footnotes referred to by kept markup are looked up.
    explicit FootnoteCollector(const Article *article = nullptr);

    /// Numbers `ids` 1, 2, 3… in this order before anything is referenced, as a post already
    /// numbers them (reading a post).
    void presetOrder(const QStringList &ids);

    /// What follows belongs to `section` (its labels, its ids).
    void enterSection(const Section &section);

    /// The id of the `occurrence`-th (1-based) reference to `label` in the current section.
    QString idFor(const QString &label, int occurrence) const;
    /// Footnote `id` is referenced; its number, given at its first reference.
    int reference(const QString &id);
    /// Every id that `markup` references, in order.
    void referenceAll(const QString &markup);
    /// The number of footnote `id`, 0 when it was never referenced.
    int number(const QString &id) const { return m_numbers.value(id); }

    /// Footnote `id` is defined in the current section's Markdown by `definition` (its text,
    /// label included) as `label`, and renders as `content`. Unless the definition is the one
    /// the section was read with, whose content the site stored, `content` is what it says.
    void define(const QString &id, const QString &label, const QString &definition,
                const QString &content);
    /// The content `content` gave footnote `id` as rendered: for a reader's checks.
    QString renderedContent(const QString &id) const { return m_rendered.value(id); }

    /// No footnote was referenced.
    bool isEmpty() const { return m_order.isEmpty(); }
    /// The footnotes referenced so far, by number, with their contents: those defined in
    /// Markdown, and those kept markup refers to whose content the site gave. A reference
    /// whose content is nowhere is numbered but has no entry.
    QList<PostFootnote> footnotes() const;

    /// Whether a kept block of the article refers to footnotes.
    bool keptReferences() const { return m_keptReferences; }

    /// Whether `section`'s text may refer to footnotes: it has a Markdown footnote reference,
    /// or a line standing for a kept block that refers to one.
    bool mayReference(const Section &section) const;

private:
    const SourceFootnote *sourceFootnote(const QString &id) const;

    const Article *m_article = nullptr;
    const Section *m_section = nullptr;
    QStringList m_order;
    QHash<QString, int> m_numbers;
    QHash<QString, QString> m_contents; ///< by id, defined in Markdown
    QHash<QString, QString> m_rendered;
    mutable QHash<QString, const SourceFootnote *> m_sourceById;
    mutable bool m_sourceIndexed = false;
    bool m_keptReferences = false;
};

} // namespace quorum
