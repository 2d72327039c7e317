// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "voicecard.h"

#include "fieldtext.h"
#include "sectioneditor.h"
#include "stancebar.h"
#include "undorouting.h"
#include "voicelink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

enum class CardKey
{
    None,
    MoveUp,
    MoveDown,
    Add
};

CardKey cardKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (modifiers == Qt::AltModifier && event->key() == Qt::Key_Up)
        return CardKey::MoveUp;
    if (modifiers == Qt::AltModifier && event->key() == Qt::Key_Down)
        return CardKey::MoveDown;
    if (modifiers == (Qt::ControlModifier | Qt::ShiftModifier) &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter))
        return CardKey::Add;
    return CardKey::None;
}

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

VoiceCard::VoiceCard(ArticleDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_duplicate(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_quote(new QPlainTextEdit(this))
    , m_author(new QLineEdit(this))
    , m_forum(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QWidget(this))
    , m_urlIcon(new QLabel(m_urlProblem))
    , m_urlMessage(new QLabel(tr("Not an http or https link"), m_urlProblem))
    , m_dated(new QCheckBox(tr("Date:"), this))
    , m_date(new QDateEdit(this))
    , m_stance(new QComboBox(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_up->setToolTip(tr("Move the voice up (Alt+Up)"));
    m_down->setToolTip(tr("Move the voice down (Alt+Down)"));
    for (QToolButton *button : {m_up, m_down}) {
        button->setFocusPolicy(Qt::NoFocus); // Alt+Up and Alt+Down from any field
        button->setAutoRaise(true);
    }
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_remove->setText(tr("Delete"));
    m_remove->setIcon(
        QIcon::fromTheme(u"edit-delete"_s, style()->standardIcon(QStyle::SP_TrashIcon)));
    for (QToolButton *button : {m_duplicate, m_remove}) {
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }

    m_quote->setTabChangesFocus(true);
    m_quote->setPlaceholderText(tr("What the person wrote, in their words"));
    m_author->setPlaceholderText(tr("User name"));
    m_forum->setPlaceholderText(tr("Where it was written"));
    m_url->setPlaceholderText(tr("https://…"));
    m_urlMessage->setForegroundRole(QPalette::Text);
    m_urlProblem->hide();
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setCalendarPopup(true);
    m_date->setKeyboardTracking(false); // one undo step per date entered
    QSizePolicy datePolicy = m_date->sizePolicy();
    datePolicy.setRetainSizeWhenHidden(true); // the same height dated or not
    m_date->setSizePolicy(datePolicy);
    m_date->hide();
    m_stance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fitQuoteHeight();

    auto *problemLayout = new QHBoxLayout(m_urlProblem);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_urlIcon);
    problemLayout->addWidget(m_urlMessage);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_urlProblem);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    for (QToolButton *button : {m_up, m_down, m_duplicate, m_remove})
        header->addWidget(button);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addStretch(1);

    auto *grid = new QGridLayout(this);
    const int stripe = fontMetrics().height() / 4;
    grid->setContentsMargins(grid->contentsMargins() + QMargins(stripe, 0, 0, 0));
    grid->addLayout(header, 0, 0, 1, 4);
    grid->addWidget(fieldLabel(tr("Quote:"), m_quote, this), 1, 0, Qt::AlignTop);
    grid->addWidget(m_quote, 1, 1, 1, 3);
    grid->addWidget(fieldLabel(tr("Author:"), m_author, this), 2, 0);
    grid->addWidget(m_author, 2, 1);
    grid->addWidget(fieldLabel(tr("Forum:"), m_forum, this), 2, 2);
    grid->addWidget(m_forum, 2, 3);
    grid->addWidget(fieldLabel(tr("Link:"), m_url, this), 3, 0);
    grid->addLayout(urlRow, 3, 1, 1, 3);
    grid->addWidget(m_dated, 4, 0);
    grid->addLayout(dateRow, 4, 1);
    grid->addWidget(fieldLabel(tr("Stance:"), m_stance, this), 4, 2);
    grid->addWidget(m_stance, 4, 3, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    for (QWidget *field : focusChain())
        field->installEventFilter(this);
    for (QWidget *field : {static_cast<QWidget *>(m_quote), static_cast<QWidget *>(m_author),
                           static_cast<QWidget *>(m_forum), static_cast<QWidget *>(m_url),
                           static_cast<QWidget *>(m_date)})
        routeUndoToDocument(field, document);
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_quote, &QPlainTextEdit::textChanged, this, [this] {
        m_voice.quote = m_quote->toPlainText();
        emitEdit(true);
    });
    connect(m_author, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_voice.author = text;
        emitEdit(true);
    });
    connect(m_forum, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_voice.forum = text;
        emitEdit(true);
    });
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A whole link arriving at once in an empty card is a paste (typing starts with one
        // character, never a link): the forum follows from it, in the same undo step.
        const bool pasted = m_voice.url.isEmpty() && m_voice.quote.isEmpty() &&
                            m_voice.author.isEmpty() && m_voice.forum.isEmpty() &&
                            isVoiceLink(text);
        m_voice.url = text;
        if (pasted) {
            m_voice.forum = forumNameFromLink(text);
            showLineText(m_forum, m_voice.forum);
        }
        showUrlState();
        emitEdit(!pasted);
    });
    connect(m_dated, &QCheckBox::toggled, this, [this](bool dated) {
        m_voice.date = dated ? QDate::currentDate() : QDate();
        showDate();
        emitEdit(false);
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_voice.date = date;
        emitEdit(false);
    });
    connect(m_stance, &QComboBox::activated, this, [this](int choice) {
        m_voice.stance = m_choices.value(choice);
        showStanceChoices(); // a label the verdict lacks goes once it is not chosen
        update();            // the edge takes the stance's colour
        emitEdit(false);
    });
    connect(m_up, &QToolButton::clicked, this,
            [this] { emit moveRequested(m_index, m_index - 1); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { emit moveRequested(m_index, m_index + 1); });
    connect(m_duplicate, &QToolButton::clicked, this, [this] { emit duplicateRequested(m_index); });
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_index); });
}

QList<QWidget *> VoiceCard::focusChain() const
{
    return {m_quote, m_author, m_forum, m_url, m_dated, m_date, m_stance, m_duplicate, m_remove};
}

QWidget *VoiceCard::fieldWidget(Field field) const
{
    return focusChain().at(int(field));
}

void VoiceCard::showVoice(int index, int count, const Voice &voice)
{
    setNumber(index + 1, count);
    m_index = index;
    m_voice = voice;
    showPlainText(m_quote, voice.quote);
    showLineText(m_author, voice.author);
    showLineText(m_forum, voice.forum);
    showLineText(m_url, voice.url);
    showUrlState();
    showDate();
    showStanceChoices();
    update();
}

void VoiceCard::release()
{
    m_index = -1;
}

void VoiceCard::setStances(const QList<Stance> &stances)
{
    if (stances == m_stances)
        return;
    m_stances = stances;
    showStanceChoices();
    update();
}

void VoiceCard::setNumber(int number, int count)
{
    m_up->setEnabled(number > 1);
    m_down->setEnabled(number < count);
    if (number == m_number && count == m_count)
        return;
    m_title->setText(tr("Voice %1 of %2").arg(number).arg(count));
    if (number != m_number) {
        m_quote->setAccessibleName(tr("Quote of voice %1").arg(number));
        m_author->setAccessibleName(tr("Author of voice %1").arg(number));
        m_forum->setAccessibleName(tr("Forum of voice %1").arg(number));
        m_url->setAccessibleName(tr("Link of voice %1").arg(number));
        m_dated->setAccessibleName(tr("Voice %1 has a date").arg(number));
        m_date->setAccessibleName(tr("Date of voice %1").arg(number));
        m_stance->setAccessibleName(tr("Stance of voice %1").arg(number));
        m_up->setAccessibleName(tr("Move voice %1 up").arg(number));
        m_down->setAccessibleName(tr("Move voice %1 down").arg(number));
        m_duplicate->setAccessibleName(tr("Duplicate voice %1").arg(number));
        m_remove->setAccessibleName(tr("Delete voice %1").arg(number));
    }
    m_number = number;
    m_count = count;
}

void VoiceCard::showStanceChoices()
{
    QStringList choices{QString()};
    for (const Stance &stance : std::as_const(m_stances))
        choices.append(stance.label);
    const bool unknown = !m_voice.stance.isEmpty() && !choices.contains(m_voice.stance);
    if (unknown)
        choices.append(m_voice.stance);
    if (choices != m_choices || unknown != m_unknownChoice) {
        const QSignalBlocker blocker(m_stance);
        m_stance->clear();
        const int size = fontMetrics().height() * 3 / 4;
        m_stance->setIconSize(QSize(size, size));
        for (qsizetype i = 0; i < choices.size(); ++i) {
            const QString &label = choices.at(i);
            QPixmap swatch(QSize(size, size) * devicePixelRatio());
            swatch.setDevicePixelRatio(devicePixelRatio());
            swatch.fill(i == 0 ? QColor(Qt::transparent)
                               : StanceBar::stanceColor(stanceIndex(m_stances, label), palette()));
            const QString text = i == 0 ? tr("No stance")
                                 : unknown && i == choices.size() - 1
                                     ? tr("%1 (not in the verdict)").arg(label)
                                     : label;
            m_stance->addItem(QIcon(swatch), text);
        }
        m_choices = choices;
        m_unknownChoice = unknown;
    }
    const int current = int(m_choices.indexOf(m_voice.stance));
    if (m_stance->currentIndex() != current) {
        const QSignalBlocker blocker(m_stance);
        m_stance->setCurrentIndex(current);
    }
}

void VoiceCard::showUrlState()
{
    const bool problem = !m_voice.url.isEmpty() && !isVoiceLink(m_voice.url);
    if (problem && m_urlIcon->pixmap().isNull()) {
        const int size = fontMetrics().height();
        m_urlIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning)
                                 .pixmap(QSize(size, size), devicePixelRatioF()));
    }
    m_urlProblem->setVisible(problem);
    m_url->setAccessibleDescription(problem ? m_urlMessage->text() : QString());
}

void VoiceCard::showDate()
{
    const bool dated = m_voice.date.isValid();
    if (m_dated->isChecked() != dated) {
        const QSignalBlocker blocker(m_dated);
        m_dated->setChecked(dated);
    }
    m_date->setVisible(dated);
    if (dated && m_date->date() != m_voice.date) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m_voice.date);
    }
}

void VoiceCard::fitQuoteHeight()
{
    // Three lines, whatever the font: every card has the same height, so that a list of
    // them can place cards without measuring each one.
    const int margin = int(m_quote->document()->documentMargin());
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 3 + 2 * margin +
                            2 * m_quote->frameWidth());
}

void VoiceCard::emitEdit(bool typing)
{
    if (m_index >= 0)
        emit voiceEdited(m_index, m_voice, typing);
}

std::optional<VoiceCard::Field> VoiceCard::focusedField() const
{
    const QList<QWidget *> chain = focusChain();
    for (qsizetype i = 0; i < chain.size(); ++i) {
        if (chain.at(i)->hasFocus())
            return Field(i);
    }
    return std::nullopt;
}

int VoiceCard::cursorPosition(Field field) const
{
    if (field == Field::Quote)
        return m_quote->textCursor().position();
    if (auto *edit = qobject_cast<QLineEdit *>(fieldWidget(field)))
        return edit->cursorPosition();
    return 0;
}

void VoiceCard::revealField(Field field, qsizetype start, qsizetype length)
{
    QWidget *widget = fieldWidget(field);
    if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        revealInLineEdit(edit, start, length);
        return;
    }
    if (field == Field::Quote) {
        revealInPlainTextEdit(m_quote, start, length);
        return;
    }
    if (!widget->isVisible()) // an undated voice's date: its box
        widget = m_dated;
    widget->setFocus(Qt::OtherFocusReason);
}

bool VoiceCard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const CardKey key = cardKey(static_cast<QKeyEvent *>(event));
    if (key == CardKey::None)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // the card's keys even where the window binds them
        return true;
    }
    if (m_index < 0)
        return true;
    switch (key) {
    case CardKey::MoveUp:
        if (m_index > 0)
            emit moveRequested(m_index, m_index - 1);
        break;
    case CardKey::MoveDown:
        if (m_index + 1 < m_count)
            emit moveRequested(m_index, m_index + 1);
        break;
    case CardKey::Add:
        emit addRequested(m_index);
        break;
    case CardKey::None:
        break;
    }
    return true;
}

void VoiceCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // The edge takes the stance's colour, as the quote's border does in the preview.
    QPainter painter(this);
    const QRect inside = contentsRect();
    const int stripe = fontMetrics().height() / 4;
    painter.fillRect(QRect(inside.left(), inside.top(), stripe, inside.height()),
                     StanceBar::stanceColor(stanceIndex(m_stances, m_voice.stance), palette()));
}

void VoiceCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitQuoteHeight();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_choices.clear(); // rebuild the colour swatches
        showStanceChoices();
        m_urlIcon->setPixmap({});
        showUrlState();
    }
    QFrame::changeEvent(event);
}

} // namespace quorum
