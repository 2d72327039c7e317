// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "tldreditor.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "growingtextedit.h"
#include "movekeys.h"
#include "undorouting.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

bool isEnterKey(const QKeyEvent *event)
{
    return (plainModifiers(event) == Qt::NoModifier ||
            plainModifiers(event) == Qt::ShiftModifier) &&
           (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter);
}

/// A bullet is one paragraph: line breaks that come in (a paste) become spaces.
QString oneParagraph(QString text)
{
    text.replace(u'\n', u' ');
    text.replace(QChar::ParagraphSeparator, u' ');
    text.replace(QChar::LineSeparator, u' ');
    return text;
}

} // namespace

TlDrEditor::TlDrEditor(ArticleDocument *document, QWidget *parent)
    : SectionEditor(document, parent)
    , m_rowsWidget(new QWidget)
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_dropMarker(new QFrame(m_rowsWidget))
    , m_add(new QPushButton(tr("Add bullet"), m_rowsWidget))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_dropMarker->setBackgroundRole(QPalette::Highlight);
    m_dropMarker->setAutoFillBackground(true);
    m_dropMarker->hide();

    m_add->setAccessibleName(tr("Add bullet"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    auto *hint = new QLabel(tr("Enter starts the next bullet; Backspace on an empty bullet "
                               "removes it; Alt+Up and Alt+Down move a bullet."),
                            m_rowsWidget);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    // The rows go in before the button.
    m_rowsLayout->addLayout(buttons);
    m_rowsLayout->addWidget(hint);
    m_rowsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    bodyLayout()->addWidget(scroll, 1);
    setTabOrder(headingEdit(), m_add);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Section *shown = section()) {
            QStringList bullets = shown->bullets;
            bullets.append(QString());
            restructure(bullets, int(bullets.size()) - 1, 0);
        }
    });
}

QPlainTextEdit *TlDrEditor::bulletEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).edit : nullptr;
}

QWidget *TlDrEditor::dragGrip(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).grip : nullptr;
}

QToolButton *TlDrEditor::removeButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).remove : nullptr;
}

bool TlDrEditor::revealText(const TextLocation &location)
{
    if (SectionEditor::revealText(location))
        return true;
    if (location.sectionId != sectionId() || location.field != TextField::Bullet)
        return false;
    QPlainTextEdit *edit = bulletEdit(location.index);
    if (!edit)
        return false;
    revealInPlainTextEdit(edit, location.start, location.length);
    return true;
}

void TlDrEditor::refreshBody(const Section &section)
{
    setRowCount(int(section.bullets.size()));
    for (int i = 0; i < m_rows.size(); ++i)
        showPlainText(m_rows.at(i).edit, section.bullets.at(i));
}

void TlDrEditor::clearBody()
{
    setRowCount(0);
}

void TlDrEditor::setRowCount(int count)
{
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        row.widget->hide();
        m_rowsLayout->removeWidget(row.widget);
        row.widget->deleteLater(); // it may be handling the key that removed it
    }
    while (m_rows.size() < count) {
        const int number = int(m_rows.size()) + 1;
        Row row;
        row.widget = new QWidget(m_rowsWidget);
        row.grip = new QLabel(u"≡"_s, row.widget);
        row.edit = new GrowingTextEdit(row.widget);
        row.remove = new QToolButton(row.widget);

        row.grip->setCursor(Qt::OpenHandCursor);
        row.grip->setToolTip(tr("Drag to move the bullet (or Alt+Up and Alt+Down)"));
        row.grip->setAccessibleName(tr("Move bullet %1").arg(number));
        row.grip->setForegroundRole(QPalette::PlaceholderText);
        row.grip->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        row.grip->setMinimumWidth(row.grip->fontMetrics().height());
        row.grip->installEventFilter(this);

        QPlainTextEdit *edit = row.edit;
        edit->setAccessibleName(tr("Bullet %1").arg(number));
        edit->setPlaceholderText(tr("One sentence"));
        edit->installEventFilter(this);
        routeUndoToDocument(edit, document());
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] { bulletEdited(edit); });

        // Reached from the keyboard by emptying the bullet and pressing Backspace.
        row.remove->setFocusPolicy(Qt::NoFocus);
        row.remove->setIcon(
            QIcon::fromTheme(u"list-remove"_s, style()->standardIcon(QStyle::SP_TrashIcon)));
        row.remove->setAutoRaise(true);
        row.remove->setToolTip(tr("Remove the bullet"));
        row.remove->setAccessibleName(tr("Remove bullet %1").arg(number));
        connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
            const int index = rowOf(button);
            const Section *shown = section();
            if (!shown || index < 0 || index >= shown->bullets.size())
                return;
            QStringList bullets = shown->bullets;
            bullets.removeAt(index);
            restructure(bullets, qMin(index, int(bullets.size()) - 1), -1);
        });

        auto *rowLayout = new QHBoxLayout(row.widget);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(row.grip);
        rowLayout->addWidget(row.edit, 1);
        rowLayout->addWidget(row.remove, 0, Qt::AlignTop);
        m_rowsLayout->insertWidget(int(m_rows.size()), row.widget);
        row.widget->show(); // now, not once the layout gets to it: it may take the focus next

        setTabOrder(m_rows.isEmpty() ? static_cast<QWidget *>(headingEdit()) : m_rows.last().edit,
                    edit);
        setTabOrder(edit, m_add);
        m_rows.append(row);
    }
}

void TlDrEditor::bulletEdited(QPlainTextEdit *edit)
{
    const int index = rowOf(edit);
    const Section *shown = section();
    if (!shown || index < 0 || index >= shown->bullets.size())
        return;
    const QString typed = edit->toPlainText();
    const QString text = oneParagraph(typed);
    Section edited = *shown;
    edited.bullets[index] = text;
    commit(edited, /*mergeable=*/text == typed);
    if (text != typed)
        showPlainText(edit, text);
}

int TlDrEditor::rowOf(const QObject *object) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (object == row.edit || object == row.grip || object == row.remove)
            return i;
    }
    return -1;
}

bool TlDrEditor::eventFilter(QObject *watched, QEvent *event)
{
    const int index = rowOf(watched);
    if (index < 0)
        return SectionEditor::eventFilter(watched, event);
    if (watched == m_rows.at(index).grip)
        return handleDrag(index, event) || SectionEditor::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // These keys belong to the bullet even where the window binds them.
        auto *key = static_cast<QKeyEvent *>(event);
        if (isMoveKey(key) || isEnterKey(key)) {
            event->accept();
            return true;
        }
    } else if (event->type() == QEvent::KeyPress) {
        if (handleKey(index, static_cast<QKeyEvent *>(event)))
            return true;
    }
    return SectionEditor::eventFilter(watched, event);
}

bool TlDrEditor::handleKey(int index, QKeyEvent *event)
{
    const Section *shown = section();
    if (!shown || index >= shown->bullets.size())
        return false;
    QStringList bullets = shown->bullets;
    QPlainTextEdit *edit = m_rows.at(index).edit;
    const QString text = edit->toPlainText();
    const QTextCursor cursor = edit->textCursor();
    const int position = cursor.position();
    const int count = int(bullets.size());
    const bool plain = plainModifiers(event) == Qt::NoModifier;

    if (isMoveKey(event)) {
        const int to = event->key() == Qt::Key_Up ? index - 1 : index + 1;
        if (to >= 0 && to < count) {
            bullets.move(index, to);
            restructure(bullets, to, position);
        }
        return true;
    }
    if (isEnterKey(event)) {
        // Split at the cursor (a selection goes away, as typing over it would).
        bullets[index] = text.left(cursor.selectionStart());
        bullets.insert(index + 1, text.mid(cursor.selectionEnd()));
        restructure(bullets, index + 1, 0);
        return true;
    }
    if (plain && event->key() == Qt::Key_Backspace && !cursor.hasSelection()) {
        if (text.isEmpty()) {
            bullets.removeAt(index);
            restructure(bullets, index > 0 ? index - 1 : 0, index > 0 ? -1 : 0);
            return true;
        }
        if (position == 0 && index > 0) {
            const int join = int(bullets.at(index - 1).size());
            bullets[index - 1] += bullets.takeAt(index);
            restructure(bullets, index - 1, join);
            return true;
        }
        return false;
    }
    if (plain && event->key() == Qt::Key_Delete && !cursor.hasSelection() &&
        position == text.size() && index + 1 < count) {
        bullets[index] += bullets.takeAt(index + 1);
        restructure(bullets, index, position);
        return true;
    }
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        // On from the first or last line into the bullet above or below.
        const bool up = event->key() == Qt::Key_Up;
        QTextCursor probe = cursor;
        const int to = up ? index - 1 : index + 1;
        if (probe.movePosition(up ? QTextCursor::Up : QTextCursor::Down) || to < 0 || to >= count)
            return false;
        focusBulletAt(to, edit->cursorRect().center().x(), up);
        return true;
    }
    return false;
}

bool TlDrEditor::handleDrag(int index, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        if (static_cast<QMouseEvent *>(event)->button() != Qt::LeftButton)
            return false;
        m_dragFrom = index;
        m_rows.at(index).grip->setCursor(Qt::ClosedHandCursor);
        return true;
    case QEvent::MouseMove: {
        if (m_dragFrom < 0)
            return false;
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = m_rows.at(index).grip->mapTo(m_rowsWidget, mouse->position().toPoint());
        const int gap = dropGap(at.y());
        const int spacing = qMax(2, m_rowsLayout->spacing());
        const int y = gap < m_rows.size() ? m_rows.at(gap).widget->geometry().top() - spacing / 2
                                          : m_rows.last().widget->geometry().bottom() + spacing / 2;
        m_dropMarker->setGeometry(0, y - 1, m_rowsWidget->width(), 2);
        m_dropMarker->show();
        m_dropMarker->raise();
        return true;
    }
    case QEvent::MouseButtonRelease: {
        if (m_dragFrom < 0)
            return false;
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QPoint at = m_rows.at(index).grip->mapTo(m_rowsWidget, mouse->position().toPoint());
        const int from = m_dragFrom;
        m_dragFrom = -1;
        m_dropMarker->hide();
        m_rows.at(index).grip->setCursor(Qt::OpenHandCursor);
        const int gap = dropGap(at.y());
        const int to = gap > from ? gap - 1 : gap;
        const Section *shown = section();
        if (shown && to != from && from < shown->bullets.size()) {
            QStringList bullets = shown->bullets;
            bullets.move(from, to);
            restructure(bullets, to, -1);
        }
        return true;
    }
    default:
        return false;
    }
}

int TlDrEditor::dropGap(int y) const
{
    int gap = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (y > m_rows.at(i).widget->geometry().center().y())
            gap = i + 1;
    }
    return gap;
}

void TlDrEditor::restructure(const QStringList &bullets, int focus, int position)
{
    const Section *shown = section();
    if (!shown)
        return;
    Section edited = *shown;
    edited.bullets = bullets;
    commit(edited, /*mergeable=*/false);
    refreshBody(*section());
    focusBullet(focus, position);
}

void TlDrEditor::focusBullet(int index, int position)
{
    QPlainTextEdit *edit = bulletEdit(index);
    if (!edit) {
        m_add->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int size = int(edit->toPlainText().size());
    revealInPlainTextEdit(edit, position < 0 ? size : qMin(position, size), 0);
}

void TlDrEditor::focusBulletAt(int index, int x, bool lastLine)
{
    QPlainTextEdit *edit = bulletEdit(index);
    const int y = lastLine ? edit->viewport()->height() - edit->fontMetrics().height() / 2
                           : edit->fontMetrics().height() / 2;
    edit->setTextCursor(edit->cursorForPosition(QPoint(x, y)));
    edit->setFocus(Qt::OtherFocusReason);
}

} // namespace quorum
