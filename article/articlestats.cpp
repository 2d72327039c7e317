// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlestats.h"

#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// Collects readable text as UTF-8 and counts its words on the way: white space inside a
/// block becomes single spaces, and each block ends with one '\n'. Works on bytes, decoding
/// only what is not ASCII, because the text of a long article passes through here at each
/// recount.
class TextBuilder
{
public:
    void reserve(qsizetype bytes) { m_text.reserve(bytes); }
    void add(const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        add(utf8.constData(), utf8.size());
    }
    void add(const char *text, qsizetype length)
    {
        // At most every byte plus one space before it; written through a pointer, as appending
        // byte by byte costs more than reading the Markdown.
        const qsizetype start = m_text.size();
        m_text.resize(start + 2 * length);
        char *out = m_text.data() + start;
        const auto *bytes = reinterpret_cast<const unsigned char *>(text);
        for (qsizetype i = 0; i < length;) {
            // The common case first: a run of visible ASCII characters, copied as it is.
            if (bytes[i] > ' ' && bytes[i] < 0x80) {
                if (m_space)
                    *out++ = ' ';
                m_space = false;
                m_blockHasText = m_inWord = true;
                qsizetype end = i;
                while (end < length && bytes[end] > ' ' && bytes[end] < 0x80)
                    ++end;
                for (qsizetype k = i; k < end && !m_wordHasLetter; ++k) {
                    const unsigned char c = bytes[k];
                    m_wordHasLetter =
                        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                }
                std::memcpy(out, text + i, size_t(end - i));
                out += end - i;
                i = end;
                continue;
            }
            const unsigned char c = bytes[i];
            qsizetype size = 1;
            bool space = c == ' ' || (c >= '\t' && c <= '\r');
            bool letter = false;
            if (c >= 0x80) {
                const char32_t point = decode(bytes + i, length - i, &size);
                space = QChar::isSpace(point);
                letter = QChar::isLetterOrNumber(point);
            }
            if (space) {
                endWord();
                m_space = m_blockHasText;
            } else {
                if (m_space)
                    *out++ = ' ';
                m_space = false;
                for (qsizetype k = 0; k < size; ++k)
                    *out++ = text[i + k];
                m_blockHasText = m_inWord = true;
                m_wordHasLetter = m_wordHasLetter || letter;
            }
            i += size;
        }
        m_text.truncate(out - m_text.constData());
    }
    void add(const char *text)
    {
        if (text)
            add(text, qsizetype(std::strlen(text)));
    }
    void space()
    {
        endWord();
        m_space = m_blockHasText;
    }
    void endBlock()
    {
        endWord();
        if (m_blockHasText)
            m_text += '\n';
        m_blockHasText = false;
        m_space = false;
    }
    qsizetype words() const { return m_words; }
    QString text() const { return QString::fromUtf8(m_text); }

private:
    void endWord()
    {
        m_words += m_inWord && m_wordHasLetter;
        m_inWord = m_wordHasLetter = false;
    }
    /// The code point that starts at `bytes`; U+FFFD for a broken sequence.
    static char32_t decode(const unsigned char *bytes, qsizetype available, qsizetype *size)
    {
        const unsigned char lead = bytes[0];
        const int length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        char32_t point = length == 4 ? lead & 0x07 : length == 3 ? lead & 0x0f : lead & 0x1f;
        if (length == 1 || length > available) {
            *size = 1;
            return QChar::ReplacementCharacter;
        }
        for (int k = 1; k < length; ++k) {
            if ((bytes[k] & 0xc0) != 0x80) {
                *size = k;
                return QChar::ReplacementCharacter;
            }
            point = (point << 6) | (bytes[k] & 0x3f);
        }
        *size = length;
        return point;
    }

    QByteArray m_text;
    qsizetype m_words = 0;
    bool m_inWord = false;
    bool m_wordHasLetter = false;
    bool m_blockHasText = false;
    bool m_space = false;
};

cmark_parser *newParser()
{
    // Without the extensions the renderer attaches (tables, strikethrough, autolinks): they
    // add pipes and tildes around text, never words, and reading costs twice as long with them.
    return cmark_parser_new(CMARK_OPT_DEFAULT);
}

bool isBlock(cmark_node *node)
{
    return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

/// The text a reader sees of `markdown`: text, code and raw HTML (which the renderer shows as
/// text); not link addresses (attributes, not nodes) nor image descriptions.
void addMarkdown(TextBuilder &out, const QString &markdown)
{
    if (markdown.trimmed().isEmpty())
        return;
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser *parser = newParser();
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *root = cmark_parser_finish(parser);
    cmark_iter *iter = cmark_iter_new(root);
    int insideImage = 0;
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE) {
            insideImage += event == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (insideImage > 0)
            continue;
        if (isBlock(node)) {
            // Each block (paragraph, heading, list item, table cell...) stands apart.
            out.endBlock();
            if (event == CMARK_EVENT_ENTER &&
                (type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK)) {
                out.add(cmark_node_get_literal(node));
                out.endBlock();
            }
            continue;
        }
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE:
            out.add(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out.space();
            break;
        default:
            break; // emphasis, links, strikethrough: their text is in their children
        }
    }
    cmark_iter_free(iter);
    cmark_node_free(root);
    cmark_parser_free(parser);
    out.endBlock();
}

void addBlock(TextBuilder &out, const QString &text)
{
    out.add(text);
    out.endBlock();
}

bool isWebUrl(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == u"https" || url.scheme() == u"http");
}

/// A quote and its citation as ContentRenderer shows them.
void addVoice(TextBuilder &out, const Voice &voice)
{
    // Paragraph breaks in a quote are block breaks; other line breaks are spaces.
    static const QRegularExpression blankLine(u"\\n[ \\t]*\\n"_s);
    if (voice.quote.contains(u'\n')) {
        for (const QString &paragraph : voice.quote.split(blankLine, Qt::SkipEmptyParts))
            addBlock(out, paragraph);
    } else {
        addBlock(out, voice.quote);
    }
    out.add(voice.author);
    out.space();
    out.add(!voice.forum.trimmed().isEmpty() ? voice.forum
            : isWebUrl(voice.url)            ? voice.url
                                             : QString());
    out.space();
    if (voice.date.isValid()) {
        char date[16];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", voice.date.year(), voice.date.month(),
                      voice.date.day());
        out.add(date);
        out.space();
    }
    out.add(voice.stance);
    out.endBlock();
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

/// `phrase` with its words joined by single spaces, as TextBuilder writes text.
QString normalizedPhrase(const QString &phrase)
{
    return phrase.simplified();
}

void addSection(TextBuilder &out, const Article &article, const Section &section)
{
    out.reserve(section.heading.size() + section.markdown.size() + 64);
    addBlock(out, section.heading.trimmed().isEmpty() ? defaultSectionHeading(section.kind)
                                                      : section.heading);
    switch (section.kind) {
    case SectionKind::TlDr:
        for (const QString &bullet : section.bullets)
            addMarkdown(out, bullet);
        break;
    case SectionKind::Verdict: {
        const QList<Stance> stances = effectiveStances(article, section);
        if (!stances.isEmpty()) {
            addBlock(out, stanceSummary(stances));
            for (const Stance &stance : stances)
                addBlock(out, QString(QString::number(stance.percent) + u"% "_s + stance.label));
        }
        addMarkdown(out, section.markdown);
        break;
    }
    case SectionKind::ForumVoices:
        addMarkdown(out, section.markdown);
        for (const Voice &voice : section.voices)
            addVoice(out, voice);
        break;
    case SectionKind::Introduction:
    case SectionKind::Text:
    case SectionKind::Conclusion:
        addMarkdown(out, section.markdown);
        break;
    }
}

} // namespace

QString readableText(const Article &article, const Section &section)
{
    TextBuilder out;
    addSection(out, article, section);
    return out.text();
}

qsizetype countWords(QStringView text)
{
    qsizetype words = 0;
    bool inWord = false;
    bool wordHasLetter = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            words += inWord && wordHasLetter;
            inWord = wordHasLetter = false;
            continue;
        }
        inWord = true;
        wordHasLetter = wordHasLetter || isWordCharacter(c);
    }
    return words + (inWord && wordHasLetter);
}

qsizetype countPhrase(QStringView text, const QString &phrase)
{
    const QString needle = normalizedPhrase(phrase);
    if (needle.isEmpty())
        return 0;
    qsizetype count = 0;
    for (qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(needle, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + needle.size();
        const bool startsWord = at == 0 || !isWordCharacter(text.at(at - 1));
        const bool endsWord = end == text.size() || !isWordCharacter(text.at(end));
        if (startsWord && endsWord) {
            ++count;
            at = end - 1; // occurrences do not overlap
        }
    }
    return count;
}

int readingMinutes(qsizetype words)
{
    return int(
        std::max<qsizetype>(1, (words + kReadingWordsPerMinute - 1) / kReadingWordsPerMinute));
}

ArticleStats articleStats(const Article &article)
{
    ArticleStatsCounter counter;
    return counter.count(article);
}

ArticleStats ArticleStatsCounter::count(const Article &article)
{
    const QString keyword = normalizedPhrase(article.meta.focusKeyword);
    ArticleStats stats;
    QHash<QString, Entry> seen;
    seen.reserve(article.sections.size());
    for (const Section &section : article.sections) {
        auto found = m_sections.find(section.id);
        // A computed verdict also depends on the voices of other sections: read it again.
        const bool dependsOnOthers =
            section.kind == SectionKind::Verdict && section.stancesFromVoices;
        Entry entry;
        if (found != m_sections.end() && found->section == section && !dependsOnOthers) {
            entry = std::move(*found);
        } else {
            TextBuilder out;
            addSection(out, article, section);
            entry.section = section;
            entry.text = out.text();
            entry.words = out.words();
            entry.keyword.clear();
            entry.occurrences = 0;
        }
        if (entry.keyword != keyword) {
            entry.keyword = keyword;
            entry.occurrences = countPhrase(entry.text, keyword);
        }
        stats.words += entry.words;
        stats.keywordOccurrences += entry.occurrences;
        seen.insert(section.id, std::move(entry));
    }
    m_sections = std::move(seen); // forgets removed sections
    stats.readingMinutes = readingMinutes(stats.words);
    stats.keywordOccurrences += countPhrase(article.meta.title.simplified(), keyword) +
                                countPhrase(article.meta.excerpt.simplified(), keyword);
    return stats;
}

} // namespace quorum
