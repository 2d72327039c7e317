// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownhighlighter.h"

#include "keptblock.h"
#include "spellchecker.h"

#include <QFontDatabase>
#include <QTextBlockUserData>
#include <QTextDocument>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

/// What a block was last formatted from, so that a block whose reading changed is found.
class MarkdownHighlighter::AppliedSpans : public QTextBlockUserData
{
public:
    explicit AppliedSpans(QList<BlockSpan> spans)
        : spans(std::move(spans))
    {}
    QList<BlockSpan> spans;
};

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

// The length of the word character at `i` (2 for a letter outside the BMP), or 0.
qsizetype wordCharacterAt(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1));
        return QChar::isLetterOrNumber(u) || QChar::isMark(u) ? 2 : 0;
    }
    return c.isLetterOrNumber() || c.isMark() ? 1 : 0;
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document, SpellChecker *spelling)
    : QSyntaxHighlighter(static_cast<QObject *>(document))
    , m_spelling(spelling)
{
    // The text is re-read once per edit: this slot runs before QSyntaxHighlighter's own, which
    // is connected by setDocument() below, and formatChangedBlocks() after it.
    connect(document, &QTextDocument::contentsChange, this, [this] { m_stale = true; });
    setDocument(document);
    connect(document, &QTextDocument::contentsChange, this,
            &MarkdownHighlighter::formatChangedBlocks);
    if (spelling)
        connect(spelling, &SpellChecker::dictionaryChanged, this,
                &MarkdownHighlighter::spellingChanged);
}

void MarkdownHighlighter::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_formats.clear();
    rehighlight();
}

QString MarkdownHighlighter::markdownOf(const QTextDocument *document)
{
    QString text = document->toRawText();
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u'\n';
    }
    return text;
}

const QList<MarkdownSpan> &MarkdownHighlighter::spans()
{
    ensureParsed();
    formatChangedBlocks();
    return m_spans;
}

bool MarkdownHighlighter::isUpToDate() const
{
    const QTextDocument *doc = document();
    if (!doc || m_stale || m_formattingChanged || m_text != markdownOf(doc) ||
        m_blockSpans.size() != doc->blockCount())
        return false;
    int number = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next(), ++number) {
        const auto *applied = static_cast<const AppliedSpans *>(block.userData());
        if (!applied || applied->spans != m_blockSpans.at(number))
            return false;
    }
    return true;
}

QList<MarkdownHighlighter::Word> MarkdownHighlighter::words(QStringView text)
{
    QList<Word> words;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype step = wordCharacterAt(text, i);
        if (step == 0) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size()) {
            if ((step = wordCharacterAt(text, i)) > 0) {
                i += step;
            } else if (isApostrophe(text.at(i)) && i + 1 < text.size() &&
                       wordCharacterAt(text, i + 1) > 0) {
                ++i;
            } else {
                break;
            }
        }
        words.append({start, i - start});
    }
    return words;
}

bool MarkdownHighlighter::shouldCheck(QStringView word) const
{
    // One letter is not worth an underline; a word with digits is a name or a number.
    return word.size() > 1 &&
           std::none_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<MarkdownHighlighter::Word> MarkdownHighlighter::misspelledWordAt(int position)
{
    ensureParsed();
    if (!m_spelling || !m_spelling->isAvailable() || !document())
        return std::nullopt;
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const QString text = block.text();
    const qsizetype at = position - block.position();
    const QList<BlockSpan> none;
    const QList<BlockSpan> &spans =
        block.blockNumber() < m_blockSpans.size() ? m_blockSpans.at(block.blockNumber()) : none;
    for (const Word &word : words(text)) {
        if (at < word.start || at > word.start + word.length)
            continue;
        const bool skipped = std::any_of(spans.cbegin(), spans.cend(), [&](const BlockSpan &s) {
            return (s.style & NoSpelling) && s.start < word.start + word.length &&
                   word.start < s.start + s.length;
        });
        const QStringView written = QStringView(text).mid(word.start, word.length);
        if (skipped || !shouldCheck(written) || m_spelling->isCorrect(written.toString()))
            return std::nullopt;
        return Word{block.position() + word.start, word.length};
    }
    return std::nullopt;
}

quint16 MarkdownHighlighter::styleOf(MarkdownSpanKind kind)
{
    switch (kind) {
    case MarkdownSpanKind::Heading:
    case MarkdownSpanKind::Strong:
        return Bold;
    case MarkdownSpanKind::Emphasis:
        return Italic;
    case MarkdownSpanKind::Strikethrough:
        return Strike;
    case MarkdownSpanKind::Code:
    case MarkdownSpanKind::CodeBlock:
        return Monospace | NoSpelling;
    case MarkdownSpanKind::LinkText:
    case MarkdownSpanKind::ImageText:
        return Link;
    case MarkdownSpanKind::Autolink:
        return Link | NoSpelling;
    case MarkdownSpanKind::LinkDestination:
    case MarkdownSpanKind::RawHtml:
        return Address | NoSpelling;
    case MarkdownSpanKind::HeadingMarker:
    case MarkdownSpanKind::Delimiter:
    case MarkdownSpanKind::ListMarker:
    case MarkdownSpanKind::BlockQuoteMarker:
    case MarkdownSpanKind::TableDelimiter:
    case MarkdownSpanKind::ThematicBreak:
        return Marker;
    }
    return 0;
}

void MarkdownHighlighter::ensureParsed()
{
    QTextDocument *doc = document();
    if (!m_stale || !doc)
        return;
    m_stale = false;
    QString text = markdownOf(doc);
    if (text == m_text && m_blockSpans.size() == doc->blockCount())
        return;
    m_text = std::move(text);
    m_spans = markdownSpans(m_text);

    // Cut every span into the blocks it covers.
    QList<int> starts;
    starts.reserve(doc->blockCount());
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        starts.append(block.position());
    m_blockSpans = QList<QList<BlockSpan>>(starts.size());
    for (const MarkdownSpan &span : std::as_const(m_spans)) {
        const quint16 style = styleOf(span.kind);
        const auto first = std::upper_bound(starts.cbegin(), starts.cend(), int(span.start));
        for (qsizetype b = std::max<qsizetype>(0, first - starts.cbegin() - 1);
             b < starts.size() && starts.at(b) < span.end(); ++b) {
            const qsizetype blockEnd = b + 1 < starts.size() ? starts.at(b + 1) - 1 : m_text.size();
            const qsizetype from = std::max<qsizetype>(span.start, starts.at(b));
            const qsizetype to = std::min(span.end(), blockEnd);
            if (to > from)
                m_blockSpans[b].append({style, int(from - starts.at(b)), int(to - from)});
        }
    }
    m_formattingChanged = true;
}

void MarkdownHighlighter::formatChangedBlocks()
{
    ensureParsed();
    if (!m_formattingChanged || !document())
        return;
    m_formattingChanged = false;
    int number = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next(), ++number) {
        const auto *applied = static_cast<const AppliedSpans *>(block.userData());
        const QList<BlockSpan> &now = m_blockSpans.at(number);
        if (applied ? applied->spans != now : !now.isEmpty())
            rehighlightBlock(block);
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    ensureParsed();
    const int number = currentBlock().blockNumber();
    const QList<BlockSpan> spans =
        number >= 0 && number < m_blockSpans.size() ? m_blockSpans.at(number) : QList<BlockSpan>();
    if (KeptBlockLine::parse(text)) {
        // The editor draws a card over a kept block's line (see KeptBlockCard), so its text is
        // never seen. Its first character is large, to give the card room around its text, and
        // the others tiny, so that the line never wraps however narrow the editor.
        QTextCharFormat hidden;
        hidden.setForeground(Qt::transparent);
        const QFont font = document()->defaultFont();
        if (font.pointSizeF() > 0)
            hidden.setFontPointSize(font.pointSizeF() * 1.8);
        else
            hidden.setProperty(QTextFormat::FontPixelSize, qRound(font.pixelSize() * 1.8));
        setFormat(0, 1, hidden);
        hidden.clearProperty(QTextFormat::FontPixelSize);
        hidden.setFontPointSize(1);
        setFormat(1, int(text.size()) - 1, hidden);
        setCurrentBlockUserData(new AppliedSpans(spans));
        return;
    }
    QVarLengthArray<quint16, 1024> styles(text.size());
    std::fill(styles.begin(), styles.end(), quint16(0));
    for (const BlockSpan &span : spans) {
        const int end = std::min(int(text.size()), span.start + span.length);
        for (int i = span.start; i < end; ++i)
            styles[i] |= span.style;
    }

    if (m_spelling && m_spelling->isAvailable()) {
        for (const Word &word : words(text)) {
            const auto first = styles.cbegin() + word.start;
            const auto last = first + word.length;
            if (std::any_of(first, last, [](quint16 style) { return style & NoSpelling; }))
                continue;
            const QStringView written = QStringView(text).mid(word.start, word.length);
            if (shouldCheck(written) && !m_spelling->isCorrect(written.toString())) {
                for (qsizetype i = word.start; i < word.start + word.length; ++i)
                    styles[i] |= Misspelled;
            }
        }
    }

    for (qsizetype i = 0; i < text.size();) {
        const quint16 style = styles[i] & ~NoSpelling;
        qsizetype end = i + 1;
        while (end < text.size() && (styles[end] & ~NoSpelling) == style)
            ++end;
        if (style)
            setFormat(int(i), int(end - i), formatFor(style));
        i = end;
    }
    setCurrentBlockUserData(new AppliedSpans(spans));
}

QTextCharFormat MarkdownHighlighter::formatFor(quint16 style)
{
    if (const auto known = m_formats.constFind(style); known != m_formats.cend())
        return *known;
    QTextCharFormat format;
    if (style & Italic)
        format.setFontItalic(true);
    if (style & Bold)
        format.setFontWeight(QFont::Bold);
    if (style & Strike)
        format.setFontStrikeOut(true);
    if (style & Monospace) {
        format.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
        format.setBackground(m_palette.color(QPalette::AlternateBase));
    }
    if (style & Link)
        format.setForeground(m_palette.color(QPalette::Link));
    if (style & (Marker | Address))
        format.setForeground(m_palette.color(QPalette::PlaceholderText));
    if (style & Misspelled) {
        format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        // A red that reads on light and on dark backgrounds.
        const bool dark = m_palette.color(QPalette::Base).lightness() < 128;
        format.setUnderlineColor(dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28));
    }
    m_formats.insert(style, format);
    return format;
}

void MarkdownHighlighter::spellingChanged()
{
    rehighlight();
}

} // namespace quorum
