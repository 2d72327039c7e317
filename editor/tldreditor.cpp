// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "tldreditor.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "undorouting.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

Qt::KeyboardModifiers plainModifiers(const QKeyEvent *event)
{
    return event->modifiers() & ~Qt::KeypadModifier;
}

bool isMoveKey(const QKeyEvent *event)
{
    return plainModifiers(event) == Qt::AltModifier &&
           (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down);
}

bool isEnterKey(const QKeyEvent *event)
{
    return plainModifiers(event) == Qt::NoModifier &&
           (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter);
}

} // namespace

TlDrEditor::TlDrEditor(ArticleDocument *document, QWidget *parent)
    : SectionEditor(document, parent)
    , m_rowsWidget(new QWidget)
    , m_dropMarker(new QFrame(m_rowsWidget))
    , m_add(new QPushButton(tr("Add bullet"), this))
{
    auto *rows = new QVBoxLayout(m_rowsWidget);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addStretch(1);
    m_dropMarker->setBackgroundRole(QPalette::Highlight);
    m_dropMarker->setAutoFillBackground(true);
    m_dropMarker->hide();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *hint = new QLabel(tr("Enter starts the next bullet; Backspace on an empty bullet "
                               "removes it; Alt+Up and Alt+Down move a bullet."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_add->setAccessibleName(tr("Add bullet"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    bodyLayout()->addWidget(scroll, 1);
    bodyLayout()->addLayout(buttons);
    bodyLayout()->addWidget(hint);
    setTabOrder(headingEdit(), m_add);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Section *shown = section()) {
            QStringList bullets = shown->bullets;
            bullets.append(QString());
            restructure(bullets, int(bullets.size()) - 1, 0);
        }
    });
}

QLineEdit *TlDrEditor::bulletEdit(int index) const
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
    QLineEdit *edit = bulletEdit(location.index);
    if (!edit)
        return false;
    revealInLineEdit(edit, location.start, location.length);
    return true;
}

void TlDrEditor::refreshBody(const Section &section)
{
    setRowCount(int(section.bullets.size()));
    for (int i = 0; i < m_rows.size(); ++i)
        showLineText(m_rows.at(i).edit, section.bullets.at(i));
}

void TlDrEditor::clearBody()
{
    setRowCount(0);
}

void TlDrEditor::setRowCount(int count)
{
    auto *layout = static_cast<QVBoxLayout *>(m_rowsWidget->layout());
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        row.widget->hide();
        layout->removeWidget(row.widget);
        row.widget->deleteLater(); // it may be handling the key that removed it
    }
    while (m_rows.size() < count) {
        const int number = int(m_rows.size()) + 1;
        Row row;
        row.widget = new QWidget(m_rowsWidget);
        row.grip = new QLabel(u"≡"_s, row.widget);
        row.edit = new QLineEdit(row.widget);
        row.remove = new QToolButton(row.widget);

        row.grip->setCursor(Qt::OpenHandCursor);
        row.grip->setToolTip(tr("Drag to move the bullet (or Alt+Up and Alt+Down)"));
        row.grip->setAccessibleName(tr("Move bullet %1").arg(number));
        row.grip->setForegroundRole(QPalette::PlaceholderText);
        row.grip->setAlignment(Qt::AlignCenter);
        row.grip->setMinimumWidth(row.grip->fontMetrics().height());
        row.grip->installEventFilter(this);

        row.edit->setAccessibleName(tr("Bullet %1").arg(number));
        row.edit->setPlaceholderText(tr("One sentence"));
        row.edit->installEventFilter(this);
        routeUndoToDocument(row.edit, document());
        connect(row.edit, &QLineEdit::textEdited, this,
                [this, edit = row.edit](const QString &text) {
                    const int index = rowOf(edit);
                    const Section *shown = section();
                    if (!shown || index < 0 || index >= shown->bullets.size())
                        return;
                    Section edited = *shown;
                    edited.bullets[index] = text;
                    commit(edited, /*mergeable=*/true);
                });

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
        rowLayout->addWidget(row.remove);
        layout->insertWidget(layout->count() - 1, row.widget); // before the stretch
        row.widget->show(); // now, not once the layout gets to it: it may take the focus next

        setTabOrder(m_rows.isEmpty() ? headingEdit() : m_rows.last().edit, row.edit);
        setTabOrder(row.edit, m_add);
        m_rows.append(row);
    }
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
    QLineEdit *edit = m_rows.at(index).edit;
    const QString text = edit->text();
    const int cursor = edit->cursorPosition();
    const int count = int(bullets.size());
    const bool plain = plainModifiers(event) == Qt::NoModifier;

    if (isMoveKey(event)) {
        const int to = event->key() == Qt::Key_Up ? index - 1 : index + 1;
        if (to >= 0 && to < count) {
            bullets.move(index, to);
            restructure(bullets, to, cursor);
        }
        return true;
    }
    if (isEnterKey(event)) {
        // Split at the cursor (a selection goes away, as typing over it would).
        const int start = edit->hasSelectedText() ? edit->selectionStart() : cursor;
        const int end = edit->hasSelectedText() ? edit->selectionEnd() : cursor;
        bullets[index] = text.left(start);
        bullets.insert(index + 1, text.mid(end));
        restructure(bullets, index + 1, 0);
        return true;
    }
    if (plain && event->key() == Qt::Key_Backspace && !edit->hasSelectedText()) {
        if (text.isEmpty()) {
            bullets.removeAt(index);
            restructure(bullets, index > 0 ? index - 1 : 0, index > 0 ? -1 : 0);
            return true;
        }
        if (cursor == 0 && index > 0) {
            const int join = int(bullets.at(index - 1).size());
            bullets[index - 1] += bullets.takeAt(index);
            restructure(bullets, index - 1, join);
            return true;
        }
        return false;
    }
    if (plain && event->key() == Qt::Key_Delete && !edit->hasSelectedText() &&
        cursor == text.size() && index + 1 < count) {
        bullets[index] += bullets.takeAt(index + 1);
        restructure(bullets, index, cursor);
        return true;
    }
    if (plain && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        const int to = event->key() == Qt::Key_Up ? index - 1 : index + 1;
        if (to < 0 || to >= count)
            return false;
        focusBullet(to, cursor);
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
        const int spacing = qMax(2, m_rowsWidget->layout()->spacing());
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
    QLineEdit *edit = bulletEdit(index);
    if (!edit) {
        m_add->setFocus(Qt::OtherFocusReason);
        return;
    }
    edit->setFocus(Qt::OtherFocusReason);
    edit->deselect();
    edit->setCursorPosition(position < 0 ? int(edit->text().size()) : position);
}

} // namespace quorum
