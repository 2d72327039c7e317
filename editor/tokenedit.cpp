// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "tokenedit.h"

#include "flowlayout.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStringListModel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

/// The field for a new token: Enter and comma ask to add, Backspace in the empty field and
/// Left at its start ask to go back into the chips. Reimplemented as a key handler (not an
/// event filter) because the completer hands keys from its popup straight to event().
class TokenLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onCommit;
    std::function<void()> onBackspaceWhenEmpty;
    std::function<void()> onLeftAtStart;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && plain) {
            onCommit();
            event->accept();
            return;
        }
        if (event->text() == u","_s) {
            onCommit();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Backspace && plain && text().isEmpty()) {
            onBackspaceWhenEmpty();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Left && event->modifiers() == Qt::NoModifier &&
            cursorPosition() == 0 && !hasSelectedText()) {
            onLeftAtStart();
            event->accept();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

/// One token: its text and a remove button, on a rounded background in the palette's button
/// colour.
class Chip : public QWidget
{
public:
    Chip(const QString &text, QWidget *parent)
        : QWidget(parent)
        , m_label(new QLabel(text, this))
        , m_remove(new QToolButton(this))
    {
        auto *layout = new QHBoxLayout(this);
        const int pad = fontMetrics().height() / 4;
        layout->setContentsMargins(3 * pad, pad / 2, pad, pad / 2);
        layout->setSpacing(pad);
        layout->addWidget(m_label);
        layout->addWidget(m_remove);
        m_label->setTextFormat(Qt::PlainText);
        m_remove->setText(u"×"_s);
        m_remove->setAutoRaise(true);
        // Out of the Tab chain: the arrow keys walk the chips (see TokenEdit).
        m_remove->setFocusPolicy(Qt::ClickFocus);
        m_remove->setAccessibleName(TokenEdit::tr("Remove %1").arg(text));
        m_remove->setToolTip(TokenEdit::tr("Remove “%1”").arg(text));
    }
    QToolButton *removeButton() const { return m_remove; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const bool focused = m_remove->hasFocus();
        painter.setPen(
            QPen(palette().color(focused ? QPalette::Highlight : QPalette::Mid), focused ? 2 : 1));
        painter.setBrush(palette().color(QPalette::Button));
        const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
        painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);
    }

private:
    QLabel *m_label;
    QToolButton *m_remove;
};

bool containsIgnoringCase(const QStringList &list, const QString &text)
{
    return list.contains(text, Qt::CaseInsensitive);
}

} // namespace

TokenEdit::TokenEdit(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this))
    , m_completionModel(new QStringListModel(this))
{
    auto *edit = new TokenLineEdit(this);
    m_edit = edit;
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->insertWidget(-1, m_edit);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 12);
    m_edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusProxy(m_edit);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_completer = new QCompleter(m_completionModel, this);
    m_completer->setWidget(m_edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &term) {
                addToken(term);
                m_edit->clear();
            });

    edit->onCommit = [this] { commitTyped(); };
    edit->onBackspaceWhenEmpty = [this] {
        if (!m_tokens.isEmpty())
            removeToken(int(m_tokens.size()) - 1);
    };
    edit->onLeftAtStart = [this] { focusChip(int(m_chips.size()) - 1); };
    connect(m_edit, &QLineEdit::textEdited, this, &TokenEdit::textEdited);
}

void TokenEdit::setTokens(const QStringList &tokens)
{
    if (tokens == m_tokens)
        return;
    m_tokens = tokens;
    rebuildChips();
}

bool TokenEdit::addToken(const QString &token)
{
    const QString trimmed = token.simplified();
    if (trimmed.isEmpty() || containsIgnoringCase(m_tokens, trimmed))
        return false;
    m_tokens.append(trimmed);
    rebuildChips();
    rememberTerms({trimmed});
    emit tokensEdited(m_tokens);
    return true;
}

void TokenEdit::removeToken(int index)
{
    if (index < 0 || index >= m_tokens.size())
        return;
    m_tokens.removeAt(index);
    rebuildChips();
    emit tokensEdited(m_tokens);
}

void TokenEdit::setCompletionTerms(const QStringList &terms)
{
    m_terms = terms;
}

void TokenEdit::rememberTerms(const QStringList &terms)
{
    if (m_recentKey.isEmpty() || terms.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(m_recentKey).toStringList();
    for (const QString &term : terms) {
        recent.removeIf(
            [&term](const QString &old) { return !old.compare(term, Qt::CaseInsensitive); });
        recent.prepend(term);
    }
    settings.setValue(m_recentKey, recent.mid(0, kRecentTermsKept));
}

QStringList TokenEdit::completionTerms() const
{
    QStringList terms;
    QStringList candidates = m_terms;
    if (!m_recentKey.isEmpty())
        candidates += QSettings().value(m_recentKey).toStringList();
    for (const QString &term : std::as_const(candidates)) {
        if (!term.trimmed().isEmpty() && !containsIgnoringCase(m_tokens, term) &&
            !containsIgnoringCase(terms, term))
            terms.append(term);
    }
    return terms;
}

QList<QWidget *> TokenEdit::removeButtons() const
{
    QList<QWidget *> buttons;
    for (QWidget *chip : m_chips)
        buttons.append(static_cast<Chip *>(chip)->removeButton());
    return buttons;
}

void TokenEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void TokenEdit::rebuildChips()
{
    const bool hadFocus = std::any_of(m_chips.cbegin(), m_chips.cend(), [](QWidget *chip) {
        return chip->isAncestorOf(QApplication::focusWidget());
    });
    // Later: the chip whose button is being clicked or pressed may be among them.
    for (QWidget *chip : std::as_const(m_chips)) {
        m_layout->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        auto *chip = new Chip(m_tokens.at(i), this);
        chip->setVisible(true);
        chip->removeButton()->installEventFilter(this);
        connect(chip->removeButton(), &QToolButton::clicked, this, [this, chip] {
            const int index = int(m_chips.indexOf(chip));
            removeToken(index);
            // The button that had the focus went with its chip: keep the keyboard in the list.
            focusChip(qMin(index, int(m_chips.size()) - 1));
        });
        m_layout->insertWidget(int(i), chip);
        m_chips.append(chip);
    }
    if (hadFocus)
        m_edit->setFocus();
    updateGeometry();
}

void TokenEdit::commitTyped()
{
    QString token = m_edit->text();
    QAbstractItemView *popup = m_completer->popup();
    if (popup->isVisible() && popup->currentIndex().isValid())
        token = popup->currentIndex().data().toString();
    popup->hide();
    addToken(token);
    m_edit->clear();
}

void TokenEdit::textEdited(const QString &text)
{
    // A comma typed or pasted ends a token; what follows the last comma is still being typed.
    if (text.contains(u',')) {
        const QStringList parts = text.split(u',');
        for (qsizetype i = 0; i + 1 < parts.size(); ++i)
            addToken(parts.at(i));
        m_edit->setText(parts.constLast().trimmed());
    }
    const QString prefix = m_edit->text().trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    refreshCompletions();
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void TokenEdit::refreshCompletions()
{
    const QStringList terms = completionTerms();
    if (m_completionModel->stringList() != terms)
        m_completionModel->setStringList(terms);
}

void TokenEdit::focusChip(int index)
{
    if (index >= 0 && index < m_chips.size())
        static_cast<Chip *>(m_chips.at(index))->removeButton()->setFocus(Qt::OtherFocusReason);
    else
        m_edit->setFocus(Qt::OtherFocusReason);
}

bool TokenEdit::eventFilter(QObject *watched, QEvent *event)
{
    const int index =
        int(std::find_if(m_chips.cbegin(), m_chips.cend(),
                         [watched](QWidget *chip) {
                             return static_cast<Chip *>(chip)->removeButton() == watched;
                         }) -
            m_chips.cbegin());
    if (index >= m_chips.size())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut) {
        m_chips.at(index)->update(); // the focused chip is drawn outlined
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Left:
        focusChip(qMax(0, index - 1));
        return true;
    case Qt::Key_Right:
        focusChip(index + 1); // past the last chip: the text field
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        removeToken(index);
        focusChip(key->key() == Qt::Key_Backspace ? qMax(0, index - 1) : index);
        if (m_chips.isEmpty())
            m_edit->setFocus(Qt::OtherFocusReason);
        return true;
    default:
        return false;
    }
}

} // namespace quorum
