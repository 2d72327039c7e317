// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "sectioneditor.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace quorum {

class VoiceCard;

/// The editor of a Forum Voices section: the lead in Markdown, then a card per voice, and
/// "Add voice" (also Ctrl+Shift+Return, which adds after the voice being edited).
///
/// A section may hold hundreds of voices, so the editor keeps cards only for the voices in
/// view (and one beyond each edge, so that Tab walks on into the next voice) and gives them
/// to other voices as the writer scrolls. All cards have one height, so the list places them
/// without measuring. An edit made elsewhere (undo, redo) updates only the fields that differ
/// in the cards in view. The stance choices follow the verdict's stances (verdictStances).
class VoicesEditor : public SectionEditor
{
    Q_OBJECT

public:
    explicit VoicesEditor(ArticleDocument *document, QWidget *parent = nullptr);

    MarkdownEdit *markdownEdit() const override { return m_lead; }
    bool revealText(const TextLocation &location) override;

    /// How many voices the shown section has.
    int voiceCount() const;
    /// Scrolls voice `index` into view and returns its card; nullptr for no such voice.
    VoiceCard *cardForVoice(int index);
    /// The cards that exist, in view or not (they are few, whatever the number of voices).
    int cardCount() const { return int(m_cards.size()); }
    QPushButton *addButton() const { return m_add; }
    QScrollArea *scrollArea() const { return m_scroll; }

protected:
    void refreshBody(const Section &section) override;
    void clearBody() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Gives a card to each voice in view (and one beyond each edge), keeping the card that
    /// has the focus, and places them.
    void placeCards();
    VoiceCard *boundCard(int index) const;
    VoiceCard *newCard();
    int cardHeight();
    int pitch() { return cardHeight() + m_spacing; }
    void showStances();
    void chainTabOrder();

    /// Sends `edited` as one undo step, shows it and focuses `field` of voice `focus` (the
    /// Add button when there is no such voice).
    void restructure(const Section &edited, int focus, int field, int position);
    void addVoice(int after);
    void duplicateVoice(int index);
    void removeVoice(int index);
    void moveVoice(int from, int to);

    MarkdownEdit *m_lead;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QLabel *m_empty;
    QPushButton *m_add;
    QLabel *m_count;
    QList<VoiceCard *> m_cards;
    QList<Stance> m_stances;
    QString m_shownId;
    int m_cardHeight = 0;
    int m_spacing = 0;
    bool m_placing = false;
};

} // namespace quorum
