// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "markdownedit.h"

#include "keptblockcard.h"
#include "keptlineguard.h"
#include "markdownhighlighter.h"
#include "spellchecker.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

enum class Shortcut
{
    None,
    Bold,
    Italic,
    Link
};

Shortcut shortcutOf(const QKeyEvent *event)
{
    if (event->matches(QKeySequence::Bold))
        return Shortcut::Bold;
    if (event->matches(QKeySequence::Italic))
        return Shortcut::Italic;
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K))
        return Shortcut::Link;
    return Shortcut::None;
}

// A selection that is an address already becomes the link's address, not its text.
bool isAddress(const QString &text)
{
    if (text.contains(u' ') || text.contains(u'\n'))
        return false;
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() &&
           (url.scheme() == u"http" || url.scheme() == u"https" || url.scheme() == u"mailto");
}

// True when the selection [start, end) lies in [from, to); a cursor (start == end) must be
// inside, not at either edge, so that a shortcut typed just after bold text starts anew.
bool covers(qsizetype from, qsizetype to, qsizetype start, qsizetype end)
{
    return start == end ? from < start && start < to : from <= start && end <= to;
}

} // namespace

MarkdownEdit::MarkdownEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_spelling(new SpellChecker(this))
    , m_highlighter(new MarkdownHighlighter(document(), m_spelling))
    , m_kept(new KeptLineGuard(this))
{
    setAccessibleName(tr("Section text"));
    setAccessibleDescription(
        tr("Markdown text. Ctrl+B bold, Ctrl+I italic, Ctrl+K link; the context menu offers "
           "spelling corrections."));
    setTabChangesFocus(true);
    m_highlighter->setPalette(palette());
}

MarkdownEdit::~MarkdownEdit()
{
    // ~QWidget clears the focus, and the guard must not hear of it from a widget that is no
    // longer a MarkdownEdit.
    removeEventFilter(m_kept);
}

void MarkdownEdit::setLanguage(const QString &language)
{
    m_language = language;
    m_spelling->setLanguage(language);
}

QString MarkdownEdit::markdown() const
{
    return MarkdownHighlighter::markdownOf(document());
}

bool MarkdownEdit::event(QEvent *event)
{
    // Claim the formatting keys (and Alt+Up, Alt+Down on a kept line) before a window
    // shortcut on the same keys takes them.
    if (event->type() == QEvent::ShortcutOverride &&
        (shortcutOf(static_cast<QKeyEvent *>(event)) != Shortcut::None ||
         m_kept->claimsShortcut(static_cast<QKeyEvent *>(event)))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEdit::keyPressEvent(QKeyEvent *event)
{
    switch (shortcutOf(event)) {
    case Shortcut::Bold:
        toggleBold();
        return;
    case Shortcut::Italic:
        toggleItalic();
        return;
    case Shortcut::Link:
        toggleLink();
        return;
    case Shortcut::None:
        break;
    }
    if (m_kept->keyPress(event))
        return;
    // Shift+Return would put a line separator inside the line; Markdown knows only lines.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        QKeyEvent plain(event->type(), event->key(), event->modifiers() & ~Qt::ShiftModifier,
                        event->text(), event->isAutoRepeat(), ushort(event->count()));
        QPlainTextEdit::keyPressEvent(&plain);
        event->setAccepted(plain.isAccepted());
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEdit::contextMenuEvent(QContextMenuEvent *event)
{
    const QPoint position =
        event->reason() == QContextMenuEvent::Keyboard ? cursorRect().center() : event->pos();
    const std::unique_ptr<QMenu> menu(createContextMenu(position));
    emit contextMenuAboutToShow(menu.get());
    menu->exec(viewport()->mapToGlobal(position));
}

QMenu *MarkdownEdit::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    if (m_undoStack) {
        // The field keeps no history of its own: Undo and Redo are the article's.
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            const bool undo = action->objectName() == u"edit-undo";
            if (!undo && action->objectName() != u"edit-redo")
                continue;
            QAction *replacement = undo ? m_undoStack->createUndoAction(menu, tr("&Undo"))
                                        : m_undoStack->createRedoAction(menu, tr("&Redo"));
            menu->insertAction(action, replacement);
            menu->removeAction(action);
        }
    }
    m_kept->extendContextMenu(menu, position);

    const std::optional<MarkdownHighlighter::Word> word =
        m_highlighter->misspelledWordAt(cursorForPosition(position).position());
    if (!word)
        return menu;
    const QString written = markdown().mid(word->start, word->length);
    QAction *first = menu->actions().value(0);
    const QStringList suggestions = m_spelling->suggestions(written);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(QString(suggestion).replace(u'&', u"&&"_s), menu);
        connect(action, &QAction::triggered, this, [this, word, written, suggestion] {
            // Only if the word is still there: the text may have changed under the menu.
            if (markdown().mid(word->start, word->length) != written)
                return;
            replace(word->start, word->start + word->length, suggestion,
                    word->start + suggestion.size(), word->start + suggestion.size());
        });
        menu->insertAction(first, action);
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No Suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(first, none);
    }
    auto *add = new QAction(tr("Add to Dictionary"), menu);
    connect(add, &QAction::triggered, this,
            [this, written] { m_spelling->addToDictionary(written); });
    menu->insertAction(first, add);
    menu->insertSeparator(first);
    return menu;
}

void MarkdownEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    else if (event->type() == QEvent::FontChange)
        m_highlighter->rehighlight(); // a kept line's height follows the font
}

void MarkdownEdit::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    // Kept lines are drawn as cards over their (hidden) text.
    QPainter painter(viewport());
    const QTextCursor cursor = textCursor();
    const QRect exposed = event->rect();
    const QPointF offset = contentOffset();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF rect = blockBoundingGeometry(block).translated(offset);
        if (rect.top() > exposed.bottom())
            break;
        const std::optional<KeptLineBlock> kept = keptLineOf(block);
        if (!kept || !block.isVisible() || rect.bottom() < exposed.top())
            continue;
        auto state = KeptBlockCard::State::Normal;
        if (cursor.hasSelection() && cursor.selectionStart() < kept->end() &&
            cursor.selectionEnd() > kept->start())
            state = KeptBlockCard::State::Selected;
        else if (!cursor.hasSelection() && hasFocus() && cursor.block() == block)
            state = cursor.atBlockStart() ? KeptBlockCard::State::CursorBefore
                                          : KeptBlockCard::State::CursorAfter;
        const QRectF card(rect.left(), rect.top(), viewport()->width() - rect.left(),
                          rect.height());
        KeptBlockCard::paint(&painter, card, kept->line, palette(), font(), state);
    }
}

bool MarkdownEdit::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_kept->toolTipAt(help->pos());
        if (!tip.isEmpty()) {
            QToolTip::showText(help->globalPos(), tip, viewport());
            return true;
        }
    }
    return QPlainTextEdit::viewportEvent(event);
}

void MarkdownEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_kept->allowInsertion(source->text()))
        QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEdit::inputMethodEvent(QInputMethodEvent *event)
{
    // What is being composed would go into the text just as the committed text would.
    const QString text =
        event->commitString().isEmpty() ? event->preeditString() : event->commitString();
    if (!text.isEmpty() && !m_kept->allowInsertion(text, !event->commitString().isEmpty())) {
        event->accept();
        return;
    }
    QPlainTextEdit::inputMethodEvent(event);
}

void MarkdownEdit::dragMoveEvent(QDragMoveEvent *event)
{
    QPlainTextEdit::dragMoveEvent(event);
    if (!m_kept->allowsDrop(event))
        event->ignore();
}

void MarkdownEdit::dropEvent(QDropEvent *event)
{
    if (!m_kept->allowsDrop(event)) {
        event->ignore();
        return;
    }
    QPlainTextEdit::dropEvent(event);
}

void MarkdownEdit::toggleBold()
{
    toggleDelimited(MarkdownSpanKind::Strong, u"**"_s);
}

void MarkdownEdit::toggleItalic()
{
    toggleDelimited(MarkdownSpanKind::Emphasis, u"*"_s);
}

void MarkdownEdit::toggleDelimited(MarkdownSpanKind kind, const QString &marker)
{
    const QTextCursor cursor = textCursor();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    const QString text = markdown();
    const qsizetype n = marker.size();

    // Already strong (or emphasised) there: the innermost such span loses its delimiters.
    // A copy: editing re-reads the text and replaces the highlighter's list.
    const QList<MarkdownSpan> spans = m_highlighter->spans();
    const MarkdownSpan *inside = nullptr;
    for (const MarkdownSpan &span : spans) {
        if (span.kind == kind && covers(span.start, span.end(), start, end) &&
            (!inside || span.length < inside->length))
            inside = &span;
    }
    if (inside) {
        const qsizetype innerStart = inside->start;
        const qsizetype innerEnd = inside->end() - 2 * n;
        replace(inside->start, inside->end(), text.mid(inside->start + n, inside->length - 2 * n),
                std::clamp(start - n, innerStart, innerEnd),
                std::clamp(end - n, innerStart, innerEnd));
        return;
    }
    // Empty markers around the cursor, as the shortcut left them: take them away again.
    if (start == end && start >= n && text.mid(start - n, 2 * n) == marker + marker) {
        replace(start - n, start + n, QString(), start - n, start - n);
        return;
    }
    // Spaces at the ends of the selection stay outside: "** a **" is not strong.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    replace(start, end, marker + text.mid(start, end - start) + marker, start + n, end + n);
}

void MarkdownEdit::toggleLink()
{
    QTextCursor cursor = textCursor();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    const QString text = markdown();

    // Inside a link: it becomes its text again.
    // A copy: editing re-reads the text and replaces the highlighter's list.
    const QList<MarkdownSpan> spans = m_highlighter->spans();
    for (const MarkdownSpan &label : spans) {
        if (label.kind != MarkdownSpanKind::LinkText)
            continue;
        qsizetype linkEnd = label.end();
        for (const MarkdownSpan &destination : spans) {
            if (destination.kind == MarkdownSpanKind::LinkDestination &&
                destination.start == label.end())
                linkEnd = destination.end();
        }
        if (covers(label.start, linkEnd, start, end)) {
            const QString inner = text.mid(label.start + 1, label.length - 2);
            replace(label.start, linkEnd, inner, label.start, label.start + inner.size());
            return;
        }
    }

    if (start == end) {
        cursor.select(QTextCursor::WordUnderCursor);
        start = cursor.selectionStart();
        end = cursor.selectionEnd();
    }
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    const QString selected = text.mid(start, end - start);
    if (isAddress(selected)) {
        replace(start, end, u"[]("_s + selected + u')', start + 1, start + 1);
        return;
    }
    const QString address = u"https://"_s;
    const qsizetype addressStart = start + selected.size() + 3;
    replace(start, end, u'[' + selected + u"]("_s + address + u')', addressStart,
            addressStart + address.size());
}

void MarkdownEdit::replace(qsizetype start, qsizetype end, const QString &text,
                           qsizetype selectStart, qsizetype selectEnd)
{
    if (!m_kept->allowReplacement(int(start), int(end), text))
        return;
    QTextCursor cursor(document());
    // One edit block: one change of the document, so one undo step in the article.
    cursor.beginEditBlock();
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    cursor.setPosition(int(selectStart));
    cursor.setPosition(int(selectEnd), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

} // namespace quorum
