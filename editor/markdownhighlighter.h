// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "markdownspans.h"

#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <optional>

namespace quorum {

class SpellChecker;

/// Highlights Markdown as cmark-gfm reads it (markdownSpans(), the reading the renderer uses),
/// with colours from a palette so that it follows light and dark themes, and underlines the
/// words the SpellChecker does not know (never in code, URLs, autolinks or raw HTML). A kept
/// block's line (see KeptBlockLine) gets no colours: its text is made invisible and one line
/// high, for MarkdownEdit to draw the block's card over it.
///
/// Each edit re-reads the whole text once (the first block highlighted after the edit asks
/// for it), then QSyntaxHighlighter formats the edited blocks and this highlighter also
/// formats any other block whose reading changed (a `*` typed on one line can make emphasis
/// of the line above). All of it runs synchronously inside QTextDocument::contentsChange.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    /// Highlights `document`; `spelling` (may be null: no underlines) must outlive this.
    MarkdownHighlighter(QTextDocument *document, SpellChecker *spelling = nullptr);

    /// Colours come from `palette` (Text, PlaceholderText, Link, AlternateBase).
    void setPalette(const QPalette &palette);

    /// The document's text as Markdown: blocks joined by \n (line separators too), the rest
    /// as typed (a no-break space stays one).
    static QString markdownOf(const QTextDocument *document);

    /// Where the constructs of the current text are (re-read when the text changed).
    const QList<MarkdownSpan> &spans();

    /// True when every block shows the formats of the document's current text. Right after
    /// an edit returns this holds already: highlighting runs inside the edit.
    bool isUpToDate() const;

    /// A word of a block: the run [start, start + length) of the block's text.
    struct Word
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Word &) const = default;
    };
    /// The words spelling looks at in `text`: letters, marks and digits, with apostrophes
    /// inside (don't, writer’s); hyphens, underscores and punctuation separate words.
    static QList<Word> words(QStringView text);

    /// The misspelled word at document position `position` (a cursor just after a word is
    /// at it), in document positions; none when the word there is correct or not checked.
    std::optional<Word> misspelledWordAt(int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    // What a character is shown as: a set of these bits.
    enum Style : quint16
    {
        Italic = 1 << 0,
        Bold = 1 << 1,
        Strike = 1 << 2,
        Monospace = 1 << 3,
        Marker = 1 << 4,
        Link = 1 << 5,
        Address = 1 << 6,
        Misspelled = 1 << 7,
        NoSpelling = 1 << 8, ///< not a format: spelling skips these characters
    };
    /// A span cut to one block: positions in the block's text.
    struct BlockSpan
    {
        quint16 style = 0;
        int start = 0;
        int length = 0;
        bool operator==(const BlockSpan &) const = default;
    };

    class AppliedSpans;

    static quint16 styleOf(MarkdownSpanKind kind);
    void ensureParsed();
    /// After an edit: formats the blocks whose reading changed but Qt did not format.
    void formatChangedBlocks();
    QTextCharFormat formatFor(quint16 style);
    bool shouldCheck(QStringView word) const;
    void spellingChanged();

    QPointer<SpellChecker> m_spelling;
    QPalette m_palette;
    QHash<quint16, QTextCharFormat> m_formats;
    QString m_text;
    QList<MarkdownSpan> m_spans;
    QList<QList<BlockSpan>> m_blockSpans; ///< by block number
    bool m_stale = true;
    bool m_formattingChanged = false;
    bool m_needsCheck = false;
};

} // namespace quorum
