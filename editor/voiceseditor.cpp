// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "voiceseditor.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "markdownedit.h"
#include "undorouting.h"
#include "voicecard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

std::optional<VoiceCard::Field> cardField(TextField field)
{
    switch (field) {
    case TextField::VoiceQuote:
        return VoiceCard::Field::Quote;
    case TextField::VoiceAuthor:
        return VoiceCard::Field::Author;
    case TextField::VoiceForum:
        return VoiceCard::Field::Forum;
    case TextField::VoiceUrl:
        return VoiceCard::Field::Url;
    case TextField::VoiceStance:
        return VoiceCard::Field::Stance;
    default:
        return std::nullopt;
    }
}

} // namespace

VoicesEditor::VoicesEditor(ArticleDocument *document, QWidget *parent)
    : SectionEditor(document, parent)
    , m_lead(new MarkdownEdit(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_empty(new QLabel(m_content))
    , m_add(new QPushButton(tr("Add voice"), this))
    , m_count(new QLabel(this))
{
    m_lead->setAccessibleName(tr("Lead text"));
    m_lead->setMaximumHeight(m_lead->fontMetrics().lineSpacing() * 5 +
                             2 * int(m_lead->document()->documentMargin()) +
                             2 * m_lead->frameWidth());
    routeUndoToDocument(m_lead, document);
    auto *leadLabel = new QLabel(tr("Lead:"), this);
    leadLabel->setBuddy(m_lead);

    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setAccessibleName(tr("Voices"));
    m_scroll->viewport()->installEventFilter(this);
    m_empty->setText(tr("No voices yet. Add one with “Add voice” or Ctrl+Shift+Return."));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_spacing = style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing);
    if (m_spacing < 0)
        m_spacing = fontMetrics().height() / 2;

    m_add->setAccessibleName(tr("Add voice"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_add->setToolTip(tr("Add a voice (Ctrl+Shift+Return adds one after the voice being edited)"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_count);
    buttons->addStretch(1);

    QVBoxLayout *body = bodyLayout();
    body->addWidget(leadLabel);
    body->addWidget(m_lead);
    body->addWidget(m_scroll, 1);
    body->addLayout(buttons);
    setTabOrder(headingEdit(), m_lead);
    setTabOrder(m_lead, m_add);

    connect(m_lead, &QPlainTextEdit::textChanged, this, [this] {
        if (const Section *shown = section()) {
            Section edited = *shown;
            edited.markdown = m_lead->toPlainText();
            commit(edited, /*mergeable=*/true);
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] { addVoice(voiceCount() - 1); });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this] { addVoice(voiceCount() - 1); });
    }
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &VoicesEditor::placeCards);
    // The stance choices are the verdict's, which may tally the voices of every section.
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        const Section *changed = this->document()->section(id);
        if (section() && changed &&
            (changed->kind == SectionKind::Verdict || changed->kind == SectionKind::ForumVoices))
            showStances();
    });
    connect(document, &ArticleDocument::metaChanged, this, [this] {
        const QString language = this->document()->article().meta.language;
        if (section() && m_lead->language() != language)
            m_lead->setLanguage(language);
    });
    connect(document, &ArticleDocument::structureChanged, this, [this] {
        if (section())
            showStances();
    });
}

int VoicesEditor::voiceCount() const
{
    const Section *shown = section();
    return shown ? int(shown->voices.size()) : 0;
}

bool VoicesEditor::revealText(const TextLocation &location)
{
    if (SectionEditor::revealText(location))
        return true;
    if (location.sectionId != sectionId())
        return false;
    if (location.field == TextField::Markdown) {
        revealInPlainTextEdit(m_lead, location.start, location.length);
        return true;
    }
    const std::optional<VoiceCard::Field> field = cardField(location.field);
    VoiceCard *card = field ? cardForVoice(location.index) : nullptr;
    if (!card)
        return false;
    card->revealField(*field, location.start, location.length);
    return true;
}

VoiceCard *VoicesEditor::cardForVoice(int index)
{
    if (index < 0 || index >= voiceCount())
        return nullptr;
    const int height = cardHeight();
    m_scroll->ensureVisible(0, index * pitch() + height / 2, 0, height / 2 + m_spacing);
    placeCards(); // when the scroll position did not change
    return boundCard(index);
}

void VoicesEditor::refreshBody(const Section &section)
{
    if (section.id != m_shownId) {
        // Another section: start at its first voice.
        m_shownId = section.id;
        m_placing = true;
        m_scroll->verticalScrollBar()->setValue(0);
        m_placing = false;
    }
    showPlainText(m_lead, section.markdown);
    const QString language = document()->article().meta.language;
    if (m_lead->language() != language)
        m_lead->setLanguage(language);
    m_count->setText(tr("%n voice(s)", nullptr, int(section.voices.size())));
    m_stances = verdictStances(document()->article());
    placeCards();
}

void VoicesEditor::clearBody()
{
    m_shownId.clear();
    for (VoiceCard *card : std::as_const(m_cards)) {
        card->release();
        card->hide();
    }
    const QSignalBlocker blocker(m_lead);
    m_lead->clear();
    m_count->clear();
    m_empty->hide();
}

void VoicesEditor::showStances()
{
    const QList<Stance> stances = verdictStances(document()->article());
    if (stances == m_stances)
        return;
    m_stances = stances;
    for (VoiceCard *card : std::as_const(m_cards)) {
        if (card->index() >= 0)
            card->setStances(m_stances);
    }
}

int VoicesEditor::cardHeight()
{
    if (m_cardHeight == 0) {
        VoiceCard *card = m_cards.isEmpty() ? newCard() : m_cards.constFirst();
        card->ensurePolished();
        m_cardHeight = card->sizeHint().height();
    }
    return m_cardHeight;
}

VoiceCard *VoicesEditor::boundCard(int index) const
{
    for (VoiceCard *card : m_cards) {
        if (card->index() == index)
            return card;
    }
    return nullptr;
}

VoiceCard *VoicesEditor::newCard()
{
    auto *card = new VoiceCard(document(), m_content);
    card->hide();
    connect(card, &VoiceCard::voiceEdited, this,
            [this](int index, const Voice &voice, bool typing) {
                const Section *shown = section();
                if (!shown || index < 0 || index >= shown->voices.size())
                    return;
                Section edited = *shown;
                edited.voices[index] = voice;
                commit(edited, typing);
            });
    connect(card, &VoiceCard::moveRequested, this, &VoicesEditor::moveVoice);
    connect(card, &VoiceCard::addRequested, this, &VoicesEditor::addVoice);
    connect(card, &VoiceCard::duplicateRequested, this, &VoicesEditor::duplicateVoice);
    connect(card, &VoiceCard::removeRequested, this, &VoicesEditor::removeVoice);
    m_cards.append(card);
    return card;
}

void VoicesEditor::placeCards()
{
    if (m_placing)
        return;
    const Section *shown = section();
    const int count = shown ? int(shown->voices.size()) : 0;
    const int height = cardHeight();
    const int step = pitch();
    const int width = m_scroll->viewport()->width();

    m_placing = true; // resizing the content may move the scroll bar
    m_empty->setVisible(shown && count == 0);
    if (count == 0) {
        m_empty->setGeometry(0, 0, width, m_empty->heightForWidth(width));
        m_content->resize(width, m_empty->height());
    } else {
        m_content->resize(width, count * step - m_spacing);
    }
    m_placing = false;

    const int top = m_scroll->verticalScrollBar()->value();
    const int bottom = top + m_scroll->viewport()->height();
    // One card beyond each edge, so that Tab and Shift+Tab walk on to the next voice (the
    // scroll area then brings it into view).
    const int first = qMax(0, top / step - 1);
    const int last = qMin(count - 1, bottom / step + 1);
    QWidget *focus = QApplication::focusWidget();

    for (VoiceCard *card : std::as_const(m_cards)) {
        const int index = card->index();
        if (index < 0)
            continue;
        const bool keep =
            index < count && ((index >= first && index <= last) || card->isAncestorOf(focus));
        if (!keep) {
            card->release();
            card->hide();
        }
    }
    bool rebound = false;
    for (int index = first; index <= last; ++index) {
        VoiceCard *card = boundCard(index);
        if (!card) {
            rebound = true;
            for (VoiceCard *free : std::as_const(m_cards)) {
                if (free->index() < 0) {
                    card = free;
                    break;
                }
            }
            if (!card)
                card = newCard();
        }
        card->setStances(m_stances);
        card->showVoice(index, count, shown->voices.at(index));
    }
    for (VoiceCard *card : std::as_const(m_cards)) {
        const int index = card->index();
        if (index < 0)
            continue;
        if (index < first || index > last) // the focused card out of view
            card->showVoice(index, count, shown->voices.at(index));
        card->setGeometry(0, index * step, width - m_spacing, height); // clear of the scroll bar
        card->show();
    }
    if (rebound)
        chainTabOrder();
}

void VoicesEditor::chainTabOrder()
{
    QList<VoiceCard *> bound;
    for (VoiceCard *card : std::as_const(m_cards)) {
        if (card->index() >= 0)
            bound.append(card);
    }
    std::sort(bound.begin(), bound.end(),
              [](const VoiceCard *a, const VoiceCard *b) { return a->index() < b->index(); });
    QWidget *previous = m_lead;
    for (const VoiceCard *card : std::as_const(bound)) {
        for (QWidget *next : card->focusChain()) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_add);
}

void VoicesEditor::restructure(const Section &edited, int focus, int field, int position)
{
    commit(edited, /*mergeable=*/false);
    const Section *shown = section();
    if (!shown)
        return;
    refreshBody(*shown);
    if (VoiceCard *card = cardForVoice(focus))
        card->revealField(VoiceCard::Field(field), position, 0);
    else
        m_add->setFocus(Qt::OtherFocusReason);
}

void VoicesEditor::addVoice(int after)
{
    const Section *shown = section();
    if (!shown)
        return;
    Section edited = *shown;
    const int index = qBound(0, after + 1, int(edited.voices.size()));
    edited.voices.insert(index, Voice{});
    restructure(edited, index, int(VoiceCard::Field::Quote), 0);
}

void VoicesEditor::duplicateVoice(int index)
{
    const Section *shown = section();
    if (!shown || index < 0 || index >= shown->voices.size())
        return;
    Section edited = *shown;
    edited.voices.insert(index + 1, shown->voices.at(index));
    restructure(edited, index + 1, int(VoiceCard::Field::Quote), 0);
}

void VoicesEditor::removeVoice(int index)
{
    const Section *shown = section();
    if (!shown || index < 0 || index >= shown->voices.size())
        return;
    Section edited = *shown;
    edited.voices.removeAt(index);
    restructure(edited, qMin(index, int(edited.voices.size()) - 1), int(VoiceCard::Field::Quote),
                0);
}

void VoicesEditor::moveVoice(int from, int to)
{
    const Section *shown = section();
    if (!shown || from < 0 || from >= shown->voices.size() || to < 0 ||
        to >= shown->voices.size() || from == to)
        return;
    VoiceCard::Field field = VoiceCard::Field::Quote;
    int position = 0;
    if (const VoiceCard *card = boundCard(from)) {
        field = card->focusedField().value_or(VoiceCard::Field::Quote);
        position = card->cursorPosition(field);
    }
    Section edited = *shown;
    edited.voices.move(from, to);
    restructure(edited, to, int(field), position);
}

bool VoicesEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        placeCards();
    return SectionEditor::eventFilter(watched, event);
}

void VoicesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        // The cards measure their fields anew first.
        m_cardHeight = 0;
        QMetaObject::invokeMethod(this, &VoicesEditor::placeCards, Qt::QueuedConnection);
    }
    SectionEditor::changeEvent(event);
}

} // namespace quorum
