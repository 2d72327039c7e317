// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "footnotes.h"

#include "articlewording.h"
#include "blockmarkup.h"
#include "keptblock.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// The footnote references Quorum looks for are the block editor's own markup (or Quorum's,
// which is the same), found by position like the rest of a serializer's output
// (sourcedmarkup.cpp): no HTML parser is needed to find an attribute Quorum wrote.
const QString kAttribute = u" data-fn=\""_s;

// The namespace of the name-based UUIDs of footnotes written in Quorum.
const QUuid kFootnoteNamespace(u"5eabfac9-e32c-495d-a6b8-8f78dce75e3b"_s);

// Where each reference's id stands in `markup`: its start and end. Only an attribute of a
// <sup> start tag counts (in text, "<" is always escaped).
QList<std::pair<qsizetype, qsizetype>> idPositions(const QString &markup)
{
    QList<std::pair<qsizetype, qsizetype>> positions;
    for (qsizetype at = markup.indexOf(kAttribute); at >= 0; at = markup.indexOf(kAttribute, at)) {
        const qsizetype tag = markup.lastIndexOf(u'<', at);
        const bool inSup = tag >= 0 && QStringView(markup).sliced(tag).startsWith(u"<sup ") &&
                           markup.indexOf(u'>', tag) > at;
        at += kAttribute.size();
        const qsizetype end = markup.indexOf(u'"', at);
        if (end < 0)
            break;
        if (inSup)
            positions.append({at, end});
        at = end;
    }
    return positions;
}

} // namespace

QString footnoteReference(const QString &id, int number)
{
    const QString escaped = BlockMarkup::escape(id);
    return u"<sup data-fn=\"%1\" class=\"fn\"><a href=\"#%1\" id=\"%1-link\">%2</a></sup>"_s.arg(
        escaped, QString::number(number));
}

QStringList footnoteIdsIn(const QString &markup)
{
    QStringList ids;
    for (const auto &[start, end] : idPositions(markup))
        ids.append(markup.mid(start, end - start));
    return ids;
}

QString renumberFootnotes(const QString &markup,
                          const std::function<int(const QString &id)> &numberOf)
{
    QString result;
    qsizetype copied = 0;
    for (const auto &[start, end] : idPositions(markup)) {
        // The number is the text of the link that the <sup> holds.
        const qsizetype link = markup.indexOf(u'>', end) + 1;
        if (link <= 0 || !QStringView(markup).sliced(link).startsWith(u"<a "))
            continue;
        const qsizetype textStart = markup.indexOf(u'>', link) + 1;
        const qsizetype textEnd = markup.indexOf(u"</a>"_s, textStart);
        if (textStart <= 0 || textEnd < 0 ||
            !QStringView(markup).sliced(textEnd).startsWith(u"</a></sup>"))
            continue;
        const int number = numberOf(markup.mid(start, end - start));
        const QString text = QString::number(number);
        if (number <= 0 || QStringView(markup).sliced(textStart, textEnd - textStart) == text)
            continue;
        result += QStringView(markup).sliced(copied, textStart - copied);
        result += text;
        copied = textEnd;
    }
    if (copied == 0)
        return markup;
    result += QStringView(markup).sliced(copied);
    return result;
}

QString footnotesListHtml(const QList<PostFootnote> &footnotes, const QString &language)
{
    if (footnotes.isEmpty())
        return {};
    QString items;
    for (qsizetype i = 0; i < footnotes.size(); ++i) {
        const QString id = BlockMarkup::escape(footnotes.at(i).id);
        const QString label = BlockMarkup::escape(
            articleLabel(ArticleLabel::FootnoteBackLink, language, QString::number(i + 1)));
        items +=
            u"<li id=\"%1\">%2 <a href=\"#%1-link\" aria-label=\"%3\">\u21a9\ufe0e</a></li>"_s.arg(
                id, footnotes.at(i).content, label);
    }
    return u"<ol class=\"wp-block-footnotes\">"_s + items + u"</ol>"_s;
}

FootnoteCollector::FootnoteCollector(const Article *article)
    : m_article(article)
{
    if (!article)
        return;
    for (const Section &section : article->sections) {
        for (const SourceBlock &block : section.source.blocks) {
            if (block.markup.contains(kAttribute) && KeptBlockLine::parse(block.markdown)) {
                m_keptReferences = true;
                return;
            }
        }
    }
}

void FootnoteCollector::presetOrder(const QStringList &ids)
{
    for (const QString &id : ids)
        reference(id);
}

void FootnoteCollector::enterSection(const Section &section)
{
    m_section = &section;
}

QString FootnoteCollector::idFor(const QString &label, int occurrence) const
{
    if (!m_section)
        return {};
    if (occurrence == 1) {
        for (const SourceFootnote &footnote : m_section->source.footnotes) {
            if (!footnote.label.isEmpty() && footnote.label == label)
                return footnote.id;
        }
    }
    QString name = m_section->id + u'\n' + label;
    if (occurrence > 1)
        name += u'\n' + QString::number(occurrence);
    return QUuid::createUuidV5(kFootnoteNamespace, name).toString(QUuid::WithoutBraces);
}

int FootnoteCollector::reference(const QString &id)
{
    auto it = m_numbers.constFind(id);
    if (it != m_numbers.cend())
        return it.value();
    m_order.append(id);
    m_numbers.insert(id, int(m_order.size()));
    return int(m_order.size());
}

void FootnoteCollector::referenceAll(const QString &markup)
{
    for (const QString &id : footnoteIdsIn(markup))
        reference(id);
}

void FootnoteCollector::define(const QString &id, const QString &label, const QString &definition,
                               const QString &content)
{
    m_rendered.insert(id, content);
    QString chosen = content;
    if (m_section) {
        for (const SourceFootnote &footnote : m_section->source.footnotes) {
            if (!footnote.label.isEmpty() && footnote.label == label) {
                if (footnote.markdown == definition)
                    chosen = footnote.content;
                break;
            }
        }
    }
    m_contents.insert(id, chosen);
}

QList<PostFootnote> FootnoteCollector::footnotes() const
{
    QList<PostFootnote> footnotes;
    footnotes.reserve(m_order.size());
    for (const QString &id : m_order) {
        if (const auto it = m_contents.constFind(id); it != m_contents.cend())
            footnotes.append({id, it.value()});
        else if (const SourceFootnote *source = sourceFootnote(id))
            footnotes.append({id, source->content});
    }
    return footnotes;
}

bool FootnoteCollector::mayReference(const Section &section) const
{
    // Asked of every section before the one being rendered, on every edit: a search for one
    // character (vectorized in Qt) finds the candidates.
    const QString &text = section.markdown;
    for (qsizetype at = text.indexOf(u'^'); at > 0; at = text.indexOf(u'^', at + 1)) {
        if (text.at(at - 1) == u'[')
            return true;
    }
    return m_keptReferences && text.contains(u"<!-- quorum:kept "_s);
}

const SourceFootnote *FootnoteCollector::sourceFootnote(const QString &id) const
{
    if (!m_article)
        return nullptr;
    if (!m_sourceIndexed) {
        for (const Section &section : m_article->sections) {
            for (const SourceFootnote &footnote : section.source.footnotes) {
                if (!m_sourceById.contains(footnote.id))
                    m_sourceById.insert(footnote.id, &footnote);
            }
        }
        m_sourceIndexed = true;
    }
    return m_sourceById.value(id);
}

} // namespace quorum
