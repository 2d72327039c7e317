// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptlineguard.h"

#include "keptblockcard.h"
#include "keptlines.h"
#include "markdownhighlighter.h"
#include "movekeys.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator;
}

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

// What a key press would do to the text, as far as kept lines care.
enum class KeyEdit
{
    None,
    Move,
    DeleteBackward, ///< Backspace, Ctrl+Backspace
    DeleteForward,  ///< Delete, Ctrl+Delete, delete to the end of the line
    DeleteLine,     ///< delete the line the cursor is on
    Cut,
    Insert
};

KeyEdit keyEditOf(const QKeyEvent *event, QString *text)
{
    if (isMoveKey(event))
        return KeyEdit::Move;
    // QPlainTextEdit takes Backspace with or without Shift before any key binding.
    if ((event->key() == Qt::Key_Backspace && !(event->modifiers() & ~Qt::ShiftModifier)) ||
        event->matches(QKeySequence::Backspace) || event->matches(QKeySequence::DeleteStartOfWord))
        return KeyEdit::DeleteBackward;
    if (event->matches(QKeySequence::Delete) || event->matches(QKeySequence::DeleteEndOfWord) ||
        event->matches(QKeySequence::DeleteEndOfLine))
        return KeyEdit::DeleteForward;
    if (event->matches(QKeySequence::DeleteCompleteLine))
        return KeyEdit::DeleteLine;
    if (event->matches(QKeySequence::Cut))
        return KeyEdit::Cut;
    if (event->matches(QKeySequence::InsertParagraphSeparator) ||
        event->matches(QKeySequence::InsertLineSeparator)) {
        *text = u"\n"_s;
        return KeyEdit::Insert;
    }
    const QString typed = event->text();
    if (typed.isEmpty() || (event->modifiers() & (Qt::ControlModifier | Qt::MetaModifier)) ||
        !(typed.at(0).isPrint() || typed.at(0) == u'\t'))
        return KeyEdit::None;
    *text = typed;
    return KeyEdit::Insert;
}

// What deleting a kept line takes: the line and its line break. Where blank lines stood on both
// sides, one of them goes too, so that no double gap is left; between two lines of text the
// line stays, empty, so that they do not run together into one paragraph.
std::pair<int, int> removalOf(const KeptLineBlock &kept)
{
    const QTextBlock previous = kept.block.previous();
    const QTextBlock next = kept.block.next();
    const bool blankBefore = !previous.isValid() || isBlank(previous);
    const bool blankAfter = !next.isValid() || isBlank(next);
    if (!blankBefore && !blankAfter)
        return {kept.start(), kept.end()};
    if (next.isValid()) {
        const QTextBlock afterBlank = next.next();
        const bool bothBlank = blankBefore && isBlank(next) && afterBlank.isValid();
        return {kept.start(), bothBlank ? afterBlank.position() : next.position()};
    }
    if (!previous.isValid())
        return {kept.start(), kept.end()};
    const QTextBlock beforeBlank = previous.previous();
    const bool bothBlank = isBlank(previous) && beforeBlank.isValid();
    return {bothBlank ? previous.position() - 1 : kept.start() - 1, kept.end()};
}

} // namespace

std::optional<KeptLineBlock> keptLineOf(const QTextBlock &block)
{
    if (!block.isValid())
        return std::nullopt;
    std::optional<KeptBlockLine> line = KeptBlockLine::parse(block.text());
    if (!line)
        return std::nullopt;
    return KeptLineBlock{block, std::move(*line)};
}

bool keepsKeptLines(const QTextDocument *document, int start, int end, QStringView text)
{
    const bool lineBefore = start == 0 || isLineBreak(document->characterAt(start - 1));
    const bool lineAfter =
        end >= document->characterCount() - 1 || isLineBreak(document->characterAt(end));
    // Whether the edited stretch, once edited, ends a line and starts one.
    const bool endsLine = text.isEmpty() ? lineBefore : isLineBreak(text.back());
    const bool startsLine = text.isEmpty() ? lineAfter : isLineBreak(text.front());
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() <= end;
         block = block.next()) {
        const std::optional<KeptLineBlock> kept = keptLineOf(block);
        if (!kept || (start <= kept->start() && end >= kept->end()))
            continue; // not a kept line, or taken out whole
        if (end <= kept->start() && endsLine)
            continue; // the edit ends on the line before it
        if (start >= kept->end() && startsLine)
            continue; // it starts on the line after it
        return false;
    }
    // A kept line in the text must land on a line of its own too; only the text's first and
    // last lines meet other text.
    const auto firstBreak = std::find_if(text.cbegin(), text.cend(), isLineBreak);
    const auto lastBreak = std::find_if(text.crbegin(), text.crend(), isLineBreak);
    const QStringView firstLine = text.left(firstBreak - text.cbegin());
    const QStringView lastLine = text.right(lastBreak - text.crbegin());
    return (lineBefore || !KeptBlockLine::parse(firstLine)) &&
           (lineAfter || !KeptBlockLine::parse(lastLine));
}

std::pair<int, int> widenedOverKeptLines(const QTextDocument *document, int start, int end)
{
    if (start >= end)
        return {start, end};
    const std::optional<KeptLineBlock> first = keptLineOf(document->findBlock(start));
    const std::optional<KeptLineBlock> last = keptLineOf(document->findBlock(end));
    if (first && last && first->block == last->block &&
        !(start <= first->start() && end >= first->end()))
        return removalOf(*first); // inside one kept line: the whole line
    int from = start;
    int to = end;
    if (first && start > first->start() && start < first->end())
        from = first->start();
    if (last && end > last->start() && end < last->end())
        to = last->end();
    if (keepsKeptLines(document, from, to, {}))
        return {from, to};
    // Deleting would join a kept line to the text beside it: the line break between them stays.
    if (first && from == first->end())
        from = std::min(from + 1, to);
    if (last && to == last->start())
        to = std::max(to - 1, from);
    return {from, to};
}

KeptLineGuard::KeptLineGuard(QPlainTextEdit *edit)
    : QObject(edit)
    , m_edit(edit)
{
    connect(edit, &QPlainTextEdit::cursorPositionChanged, this, &KeptLineGuard::followCursor);
    connect(edit, &QPlainTextEdit::selectionChanged, this, &KeptLineGuard::followCursor);
    edit->installEventFilter(this);
}

bool KeptLineGuard::keyPress(QKeyEvent *event)
{
    QString text;
    const KeyEdit edit = keyEditOf(event, &text);
    const QTextCursor cursor = m_edit->textCursor();
    switch (edit) {
    case KeyEdit::None:
        return false;
    case KeyEdit::Move:
        if (const std::optional<KeptLineBlock> kept = keptLineAtCursor()) {
            moveLine(kept->block.blockNumber(), event->key() == Qt::Key_Up);
            return true;
        }
        return false;
    case KeyEdit::Cut:
        return cursor.hasSelection() && !widenSelection();
    case KeyEdit::Insert:
        return !allowInsertion(text);
    case KeyEdit::DeleteBackward:
    case KeyEdit::DeleteForward:
    case KeyEdit::DeleteLine:
        break;
    }
    if (cursor.hasSelection())
        return !widenSelection();
    // Backspace just after a kept line or Delete just before it would join it to the next
    // line: either removes the kept line, as does any deletion on it.
    const QTextBlock block = cursor.block();
    std::optional<KeptLineBlock> kept = keptLineOf(block);
    if (!kept && edit == KeyEdit::DeleteBackward && cursor.atBlockStart())
        kept = keptLineOf(block.previous());
    if (!kept && edit == KeyEdit::DeleteForward && cursor.atBlockEnd())
        kept = keptLineOf(block.next());
    return kept && removeLine(kept->block.blockNumber());
}

bool KeptLineGuard::claimsShortcut(const QKeyEvent *event) const
{
    return isMoveKey(event) && keptLineAtCursor();
}

bool KeptLineGuard::allowInsertion(const QString &text, bool tell)
{
    QTextCursor cursor = m_edit->textCursor();
    const auto [from, to] =
        widenedOverKeptLines(m_edit->document(), cursor.selectionStart(), cursor.selectionEnd());
    if (!keepsKeptLines(m_edit->document(), from, to, text)) {
        if (tell)
            refuse(from, to);
        return false;
    }
    if (from != cursor.selectionStart() || to != cursor.selectionEnd()) {
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
    }
    return true;
}

bool KeptLineGuard::allowReplacement(int start, int end, const QString &text)
{
    if (keepsKeptLines(m_edit->document(), start, end, text))
        return true;
    refuse(start, end);
    return false;
}

bool KeptLineGuard::allowsDrop(const QDropEvent *event) const
{
    const QTextCursor cursor = m_edit->textCursor();
    const bool movesOwnText =
        (event->source() == m_edit || event->source() == m_edit->viewport()) &&
        event->dropAction() == Qt::MoveAction;
    // Moving part of a kept line away would cut it; copying it is harmless.
    if (movesOwnText && !keepsKeptLines(m_edit->document(), cursor.selectionStart(),
                                        cursor.selectionEnd(), QString()))
        return false;
    const int at = m_edit->cursorForPosition(event->position().toPoint()).position();
    const QString text = event->mimeData() ? event->mimeData()->text() : QString();
    return keepsKeptLines(m_edit->document(), at, at, text);
}

bool KeptLineGuard::widenSelection()
{
    QTextCursor cursor = m_edit->textCursor();
    const auto [from, to] =
        widenedOverKeptLines(m_edit->document(), cursor.selectionStart(), cursor.selectionEnd());
    if (from != cursor.selectionStart() || to != cursor.selectionEnd()) {
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        m_edit->setTextCursor(cursor);
    }
    return from < to;
}

bool KeptLineGuard::removeLine(int blockNumber)
{
    const std::optional<KeptLineBlock> kept =
        keptLineOf(m_edit->document()->findBlockByNumber(blockNumber));
    if (!kept)
        return false;
    const auto [from, to] = removalOf(*kept);
    replace(from, to, QString(), from);
    return true;
}

bool KeptLineGuard::moveLine(int blockNumber, bool up)
{
    const std::optional<KeptLineBlock> kept =
        keptLineOf(m_edit->document()->findBlockByNumber(blockNumber));
    if (!kept)
        return false;
    const QString before = MarkdownHighlighter::markdownOf(m_edit->document());
    const std::optional<KeptLineMove> moved = moveKeptLine(before, kept->start(), up);
    if (!moved)
        return false;
    // The smallest replacement: the rest of the text and its layout stay as they are.
    const QString &after = moved->markdown;
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    replace(int(prefix), int(before.size() - suffix),
            after.mid(prefix, after.size() - suffix - prefix),
            int(moved->lineStart + kept->end() - kept->start()));
    return true;
}

QString KeptLineGuard::toolTipAt(const QPoint &viewportPosition) const
{
    const std::optional<KeptLineBlock> kept =
        keptLineOf(m_edit->cursorForPosition(viewportPosition).block());
    if (!kept)
        return {};
    // The nearest line is not always the one under the pointer (below the last line).
    const QRect line = m_edit->cursorRect(QTextCursor(kept->block));
    if (viewportPosition.y() < line.top() || viewportPosition.y() > line.bottom())
        return {};
    return KeptBlockCard::toolTip(kept->line);
}

void KeptLineGuard::extendContextMenu(QMenu *menu, const QPoint &viewportPosition)
{
    // Cut and Delete act on the widened selection, so that no kept line is half deleted.
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        const bool cut = action->objectName() == u"edit-cut";
        if (!cut && action->objectName() != u"edit-delete")
            continue;
        auto *replacement = new QAction(action->icon(), action->text(), menu);
        replacement->setObjectName(action->objectName());
        replacement->setEnabled(action->isEnabled());
        connect(replacement, &QAction::triggered, this, [this, cut] {
            if (!widenSelection())
                return;
            if (cut) {
                m_edit->cut();
                return;
            }
            QTextCursor cursor = m_edit->textCursor();
            cursor.removeSelectedText();
            m_edit->setTextCursor(cursor);
        });
        menu->insertAction(action, replacement);
        delete action;
    }

    const std::optional<KeptLineBlock> kept =
        keptLineOf(m_edit->cursorForPosition(viewportPosition).block());
    if (!kept)
        return;
    const int number = kept->block.blockNumber();
    const QString text = MarkdownHighlighter::markdownOf(m_edit->document());
    QAction *first = menu->actions().value(0);
    auto *remove = new QAction(tr("Delete Kept Block"), menu);
    remove->setObjectName(u"deleteKeptBlock"_s);
    connect(remove, &QAction::triggered, this, [this, number] { removeLine(number); });
    menu->insertAction(first, remove);
    for (const bool up : {true, false}) {
        auto *move = new QAction(up ? tr("Move Kept Block Up") : tr("Move Kept Block Down"), menu);
        move->setObjectName(up ? u"moveKeptBlockUp"_s : u"moveKeptBlockDown"_s);
        move->setShortcut(QKeySequence(up ? u"Alt+Up"_s : u"Alt+Down"_s));
        move->setEnabled(moveKeptLine(text, kept->start(), up).has_value());
        connect(move, &QAction::triggered, this, [this, number, up] { moveLine(number, up); });
        menu->insertAction(first, move);
    }
    menu->insertSeparator(first);
}

bool KeptLineGuard::eventFilter(QObject *watched, QEvent *event)
{
    // The card under the cursor is drawn as current only while the editor has focus.
    if ((event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) && m_onKeptLine)
        m_edit->viewport()->update();
    return QObject::eventFilter(watched, event);
}

std::optional<KeptLineBlock> KeptLineGuard::keptLineAtCursor() const
{
    return keptLineOf(m_edit->textCursor().block());
}

void KeptLineGuard::replace(int start, int end, const QString &text, int cursorAt)
{
    QTextCursor cursor(m_edit->document());
    // One edit block: one change of the document, so one undo step in the article.
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    cursor.setPosition(cursorAt);
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
}

void KeptLineGuard::refuse(int start, int end)
{
    std::optional<KeptLineBlock> kept = keptLineOf(m_edit->document()->findBlock(start));
    if (!kept)
        kept = keptLineOf(m_edit->document()->findBlock(end));
    // The cursor goes where typing can go on: after the line (Enter starts the next one).
    if (kept) {
        QTextCursor cursor = m_edit->textCursor();
        cursor.setPosition(kept->end());
        m_edit->setTextCursor(cursor);
    }
    // Otherwise the text brought a kept line of its own into the middle of a line.
    const QString why = kept ? KeptBlockCard::refusal(kept->line)
                             : tr("A kept block's line can only stand on a line of its own.");
    QToolTip::showText(m_edit->viewport()->mapToGlobal(m_edit->cursorRect().bottomLeft()), why,
                       m_edit->viewport());
}

void KeptLineGuard::followCursor()
{
    const QTextCursor cursor = m_edit->textCursor();
    if (!cursor.hasSelection()) {
        // A kept line is one piece: the cursor stands before it or after it, never inside. A
        // step to the left from its end goes to its start; anything else into it, to its end.
        const std::optional<KeptLineBlock> kept = keptLineOf(cursor.block());
        const int at = cursor.position();
        if (kept && at > kept->start() && at < kept->end()) {
            QTextCursor outside = cursor;
            outside.setPosition(m_lastPosition == kept->end() ? kept->start() : kept->end());
            m_edit->setTextCursor(outside); // comes back here
            return;
        }
    }
    m_lastPosition = cursor.position();
    bool onKeptLine = false;
    for (QTextBlock block = m_edit->document()->findBlock(cursor.selectionStart());
         block.isValid() && block.position() <= cursor.selectionEnd() && !onKeptLine;
         block = block.next())
        onKeptLine = keptLineOf(block).has_value();
    if (onKeptLine || m_onKeptLine)
        m_edit->viewport()->update();
    m_onKeptLine = onKeptLine;
}

} // namespace quorum
