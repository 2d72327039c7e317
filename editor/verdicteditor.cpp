// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "verdicteditor.h"

#include "articledocument.h"
#include "fieldtext.h"
#include "markdownedit.h"
#include "movekeys.h"
#include "stancebar.h"
#include "stancerow.h"
#include "undorouting.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

int shareSum(const QList<Stance> &stances)
{
    int sum = 0;
    for (const Stance &stance : stances)
        sum += stance.percent;
    return sum;
}

} // namespace

VerdictEditor::VerdictEditor(ArticleDocument *document, QWidget *parent)
    : SectionEditor(document, parent)
    , m_bar(new StanceBar(this))
    , m_fromVoices(new QCheckBox(tr("Compute from forum voices"), this))
    , m_tally(new QLabel(this))
    , m_rowsWidget(new QWidget(this))
    , m_labelNote(new QLabel(this))
    , m_add(new QPushButton(tr("Add stance"), this))
    , m_warningRow(new QWidget(this))
    , m_warningIcon(new QLabel(m_warningRow))
    , m_warning(new QLabel(m_warningRow))
    , m_markdown(new MarkdownEdit(this))
{
    m_fromVoices->setAccessibleName(tr("Compute from forum voices"));
    m_fromVoices->setToolTip(tr("Tally the stances of every forum voice in the article"));
    m_tally->setWordWrap(true);
    m_tally->setTextFormat(Qt::PlainText);
    m_tally->setForegroundRole(QPalette::PlaceholderText);
    m_labelNote->setWordWrap(true);
    m_labelNote->setTextFormat(Qt::PlainText);
    m_labelNote->setAccessibleName(tr("Stance label note"));
    m_labelNote->hide();
    m_add->setAccessibleName(tr("Add stance"));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setAccessibleName(tr("Shares warning"));
    m_markdown->setAccessibleName(tr("Text below the split"));
    routeUndoToDocument(m_markdown, document);

    auto *rows = new QVBoxLayout(m_rowsWidget);
    rows->setContentsMargins(0, 0, 0, 0);

    auto *warningLayout = new QHBoxLayout(m_warningRow);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_warning, 1);
    m_warningRow->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    auto *markdownLabel = new QLabel(tr("Text below the split:"), this);
    markdownLabel->setBuddy(m_markdown);

    QVBoxLayout *body = bodyLayout();
    body->addWidget(m_bar);
    body->addWidget(m_fromVoices);
    body->addWidget(m_tally);
    body->addWidget(m_rowsWidget);
    body->addWidget(m_labelNote);
    body->addLayout(buttons);
    body->addWidget(m_warningRow);
    body->addWidget(markdownLabel);
    body->addWidget(m_markdown, 1);
    chainTabOrder();

    connect(m_fromVoices, &QCheckBox::toggled, this, [this](bool on) {
        const Section *shown = section();
        if (!shown)
            return;
        Section edited = *shown;
        edited.stancesFromVoices = on;
        const QList<Stance> tally = effectiveStances(this->document()->article(), *shown);
        if (!on && shareSum(tally) > 0) {
            // Keep the shares the writer was looking at, labels only voices used included.
            for (qsizetype i = 0; i < tally.size(); ++i) {
                if (i < edited.stances.size())
                    edited.stances[i].percent = tally.at(i).percent;
                else
                    edited.stances.append(tally.at(i));
            }
        }
        restructure(edited, m_fromVoices);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const Section *shown = section();
        if (!shown)
            return;
        Section edited = *shown;
        Stance stance;
        if (!shown->stancesFromVoices)
            stance.percent = qMax(0, 100 - shareSum(shown->stances));
        edited.stances.append(stance);
        restructure(edited, nullptr);
        labelEdit(stanceCount() - 1)->setFocus(Qt::OtherFocusReason);
    });
    connect(m_markdown, &QPlainTextEdit::textChanged, this, [this] {
        if (const Section *shown = section()) {
            Section edited = *shown;
            edited.markdown = m_markdown->toPlainText();
            commit(edited, /*mergeable=*/true);
        }
    });
    // Computed shares tally every voice of the article: follow the Forum Voices sections.
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        const Section *shown = section();
        const Section *changed = this->document()->section(id);
        if (shown && id != shown->id && shown->stancesFromVoices && changed &&
            changed->kind == SectionKind::ForumVoices)
            refreshBody(*shown);
    });
    connect(document, &ArticleDocument::metaChanged, this, [this] {
        const QString language = this->document()->article().meta.language;
        if (section() && m_markdown->language() != language)
            m_markdown->setLanguage(language);
    });
    connect(document, &ArticleDocument::structureChanged, this, [this] {
        if (const Section *shown = section())
            refreshBody(*shown);
    });
}

QLineEdit *VerdictEditor::labelEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).label : nullptr;
}

QSpinBox *VerdictEditor::shareBox(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).share : nullptr;
}

QToolButton *VerdictEditor::removeButton(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).remove : nullptr;
}

bool VerdictEditor::revealText(const TextLocation &location)
{
    if (SectionEditor::revealText(location))
        return true;
    if (location.sectionId != sectionId())
        return false;
    if (location.field == TextField::StanceLabel) {
        QLineEdit *edit = labelEdit(location.index);
        if (!edit)
            return false;
        revealInLineEdit(edit, location.start, location.length);
        return true;
    }
    if (location.field == TextField::Markdown) {
        revealInPlainTextEdit(m_markdown, location.start, location.length);
        return true;
    }
    return false;
}

void VerdictEditor::refreshBody(const Section &section)
{
    m_labelNote->hide();
    {
        const QSignalBlocker blocker(m_fromVoices);
        m_fromVoices->setChecked(section.stancesFromVoices);
    }
    setRowCount(int(section.stances.size()));
    const QList<Stance> shown = effectiveStances(document()->article(), section);
    for (int i = 0; i < m_rows.size(); ++i) {
        const StanceRow &row = m_rows.at(i);
        showLineText(row.label, section.stances.at(i).label);
        const QSignalBlocker blocker(row.share);
        row.share->setReadOnly(section.stancesFromVoices);
        row.share->setButtonSymbols(section.stancesFromVoices ? QAbstractSpinBox::NoButtons
                                                              : QAbstractSpinBox::UpDownArrows);
        row.share->setToolTip(section.stancesFromVoices ? tr("Computed from the forum voices")
                                                        : QString());
        const int percent =
            section.stancesFromVoices ? shown.at(i).percent : section.stances.at(i).percent;
        // Also when the box holds a number typed but not yet entered.
        if (row.share->value() != percent || row.share->cleanText().toInt() != percent)
            row.share->setValue(percent);
    }
    showShares(section);
    showPlainText(m_markdown, section.markdown);
    const QString language = document()->article().meta.language;
    if (m_markdown->language() != language)
        m_markdown->setLanguage(language);
}

void VerdictEditor::clearBody()
{
    setRowCount(0);
    m_labelNote->hide();
    m_bar->setStances({});
    m_tally->hide();
    m_warningRow->hide();
    const QSignalBlocker blocker(m_markdown);
    m_markdown->clear();
}

void VerdictEditor::showShares(const Section &section)
{
    const QList<Stance> shown = effectiveStances(document()->article(), section);
    m_bar->setStances(shown);
    paintSwatches();
    if (!section.stancesFromVoices) {
        m_tally->hide();
        showWarning(section.stances);
        return;
    }
    m_warningRow->hide();
    int voices = 0;
    for (const Section &other : document()->article().sections) {
        for (const Voice &voice : other.voices)
            voices += voice.stance.isEmpty() ? 0 : 1;
    }
    QString text = voices == 0
                       ? tr("No forum voice has a stance yet: give the voices a stance and the "
                            "shares follow.")
                       : tr("Tallied from %n forum voice(s) with a stance.", nullptr, voices);
    QStringList extra;
    for (qsizetype i = section.stances.size(); i < shown.size(); ++i)
        extra.append(shown.at(i).label);
    if (!extra.isEmpty())
        text += u' ' + tr("Voices also take stances not listed here: %1.")
                           .arg(QLocale().createSeparatedList(extra));
    m_tally->setText(text);
    m_tally->show();
}

void VerdictEditor::previewStances()
{
    const Section *shown = section();
    if (!shown)
        return;
    const bool computed = shown->stancesFromVoices;
    // Computed shares come first in the verdict's order, then labels only voices use.
    QList<Stance> typed =
        computed ? effectiveStances(document()->article(), *shown) : shown->stances;
    for (int i = 0; i < m_rows.size() && i < shown->stances.size(); ++i) {
        typed[i].label = m_rows.at(i).label->text();
        bool ok = false;
        const int percent = m_rows.at(i).share->cleanText().toInt(&ok);
        if (!computed)
            typed[i].percent = ok ? qBound(0, percent, 100) : 0;
    }
    m_bar->setStances(typed);
    if (!computed)
        showWarning(typed);
}

void VerdictEditor::renameStance(int index)
{
    const Section *shown = section();
    QLineEdit *edit = labelEdit(index);
    if (!shown || !edit || index >= shown->stances.size())
        return;
    const QString old = shown->stances.at(index).label;
    const QString typed = edit->text().trimmed();
    QString note;
    switch (document()->renameStance(shown->id, index, typed)) {
    case ArticleDocument::StanceRename::Renamed:
        return;
    case ArticleDocument::StanceRename::Unchanged:
        showLineText(edit, old); // the spaces typed around it go
        return;
    case ArticleDocument::StanceRename::Blank:
        note = old.isEmpty() ? tr("A stance needs a label.")
                             : tr("A stance needs a label: this one keeps “%1”.").arg(old);
        break;
    case ArticleDocument::StanceRename::Taken:
        // Voices name their stance by its label: two stances with one label would be one.
        note = old.isEmpty()
                   ? tr("Another stance is already called “%1”: give this one a label of its "
                        "own.")
                         .arg(typed)
                   : tr("Another stance is already called “%1”: this one keeps “%2”, so that "
                        "the voices of the two stay apart.")
                         .arg(typed, old);
        break;
    }
    showLineText(edit, old);
    showShares(*shown);
    m_labelNote->setText(note);
    m_labelNote->show();
}

bool VerdictEditor::takeBackTypedLabel(int index)
{
    const Section *shown = section();
    QLineEdit *edit = labelEdit(index);
    if (!shown || !edit || index >= shown->stances.size() ||
        edit->text() == shown->stances.at(index).label)
        return false;
    showLineText(edit, shown->stances.at(index).label);
    showShares(*shown);
    return true;
}

void VerdictEditor::showWarning(const QList<Stance> &stances)
{
    const int sum = shareSum(stances);
    if (stances.isEmpty() || sum == 100) {
        m_warningRow->hide();
        return;
    }
    const int size = m_warning->fontMetrics().height();
    m_warningIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning)
                                 .pixmap(QSize(size, size), devicePixelRatioF()));
    m_warning->setText(tr("The shares add up to %1%, not 100%.").arg(sum));
    m_warningRow->show();
}

void VerdictEditor::paintSwatches()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows.at(i).paintSwatch(i + 1, palette());
}

void VerdictEditor::setRowCount(int count)
{
    auto *layout = static_cast<QVBoxLayout *>(m_rowsWidget->layout());
    const bool changed = m_rows.size() != count;
    while (m_rows.size() > count) {
        const StanceRow row = m_rows.takeLast();
        row.widget->hide();
        layout->removeWidget(row.widget);
        row.widget->deleteLater(); // it may be handling the click that removed it
    }
    while (m_rows.size() < count) {
        const StanceRow row = StanceRow::create(int(m_rows.size()) + 1, m_rowsWidget);
        routeUndoToDocument(row.label, document());
        row.label->installEventFilter(this); // after: the last filter installed sees keys first
        // The label shows in the bar as it is typed; renaming the stance and its voices is one
        // edit, made when the writer presses Enter or leaves the box.
        connect(row.label, &QLineEdit::textEdited, this, &VerdictEditor::previewStances);
        connect(row.label, &QLineEdit::editingFinished, this,
                [this, edit = row.label] { renameStance(rowOf(edit)); });

        routeUndoToDocument(row.share, document());
        // The box's own textChanged waits for the value; its line edit tells of each key.
        if (auto *typed = row.share->findChild<QLineEdit *>())
            connect(typed, &QLineEdit::textEdited, this, &VerdictEditor::previewStances);
        connect(row.share, &QSpinBox::valueChanged, this, [this, box = row.share](int value) {
            const int index = rowOf(box);
            const Section *shown = section();
            if (!shown || shown->stancesFromVoices || index < 0 || index >= shown->stances.size())
                return;
            Section edited = *shown;
            edited.stances[index].percent = value;
            commit(edited, /*mergeable=*/false);
            showShares(*section());
        });

        connect(row.remove, &QToolButton::clicked, this, [this, button = row.remove] {
            const int index = rowOf(button);
            const Section *shown = section();
            if (!shown || index < 0 || index >= shown->stances.size())
                return;
            Section edited = *shown;
            edited.stances.removeAt(index);
            restructure(edited, nullptr);
            if (QLineEdit *next = labelEdit(qMin(index, stanceCount() - 1)))
                next->setFocus(Qt::OtherFocusReason);
            else
                m_add->setFocus(Qt::OtherFocusReason);
        });

        layout->addWidget(row.widget);
        row.widget->show(); // now, not once the layout gets to it: it may take the focus next
        m_rows.append(row);
    }
    if (changed)
        chainTabOrder();
}

void VerdictEditor::chainTabOrder()
{
    QWidget *previous = m_fromVoices;
    setTabOrder(headingEdit(), m_fromVoices);
    for (const StanceRow &row : std::as_const(m_rows)) {
        for (QWidget *next : {static_cast<QWidget *>(row.label), static_cast<QWidget *>(row.share),
                              static_cast<QWidget *>(row.remove)}) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
    setTabOrder(previous, m_add);
    setTabOrder(m_add, m_markdown);
}

int VerdictEditor::rowOf(const QObject *object) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const StanceRow &row = m_rows.at(i);
        if (object == row.label || object == row.share || object == row.remove)
            return i;
    }
    return -1;
}

bool VerdictEditor::eventFilter(QObject *watched, QEvent *event)
{
    const int index = rowOf(watched);
    if (index >= 0 &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        // A label typed but not yet entered is no step of the document: Undo takes back the
        // typing first, and only then the document's last step.
        if (watched == m_rows.at(index).label && key->matches(QKeySequence::Undo) &&
            event->type() == QEvent::KeyPress && takeBackTypedLabel(index))
            return true;
        if (isMoveKey(key)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the stance's key even where the window binds it
                return true;
            }
            renameStance(index); // a label being typed moves with its stance
            const Section *shown = section();
            const int to = key->key() == Qt::Key_Up ? index - 1 : index + 1;
            if (shown && to >= 0 && to < shown->stances.size()) {
                const int cursor = m_rows.at(index).label->cursorPosition();
                Section edited = *shown;
                edited.stances.move(index, to);
                restructure(edited, nullptr);
                m_rows.at(to).label->setFocus(Qt::OtherFocusReason);
                m_rows.at(to).label->setCursorPosition(cursor);
            }
            return true;
        }
    }
    return SectionEditor::eventFilter(watched, event);
}

void VerdictEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        paintSwatches();
    SectionEditor::changeEvent(event);
}

void VerdictEditor::restructure(const Section &edited, QWidget *focus)
{
    commit(edited, /*mergeable=*/false);
    if (const Section *shown = section())
        refreshBody(*shown);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

} // namespace quorum
