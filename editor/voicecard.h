// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QFrame>

#include <optional>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace quorum {

class ArticleDocument;

/// One forum voice as a card: the quote (several lines), author, forum, link, date and stance,
/// with buttons to move, duplicate and delete it. A card shows whichever voice it is given,
/// so that a list can keep a few cards and reuse them as the writer scrolls; it always has
/// the same height.
///
/// The card never changes the document itself: it reports what the writer did (an edited
/// voice, a move, a new voice after it...) and the list turns that into an undo step.
/// Alt+Up and Alt+Down in any of its fields ask to move the voice, Ctrl+Shift+Return to add a
/// voice after it. A link that is not http or https shows an inline message (the voice keeps
/// what was typed). Pasting a link into an otherwise empty card fills the forum from it.
class VoiceCard : public QFrame
{
    Q_OBJECT

public:
    enum class Field
    {
        Quote,
        Author,
        Forum,
        Url,
        Dated,
        Date,
        Stance,
        Duplicate,
        Remove
    };

    explicit VoiceCard(ArticleDocument *document, QWidget *parent = nullptr);

    /// Shows `voice`, the voice at `index` (0-based) of `count` voices. Fields that already
    /// show their value are left alone, so the cursor and selection stay.
    void showVoice(int index, int count, const Voice &voice);
    /// Leaves the card showing nothing; index() is -1 afterwards.
    void release();
    int index() const { return m_index; }
    const Voice &voice() const { return m_voice; }

    /// The verdict's stances: the choices of the stance box (with "No stance" first) and the
    /// colour of the card's edge.
    void setStances(const QList<Stance> &stances);

    /// The field that has the keyboard focus, if any, and where the cursor is in it.
    std::optional<Field> focusedField() const;
    int cursorPosition(Field field) const;
    /// Focuses `field`; in a text field selects `start`..`start + length` (all of it when
    /// `start` is -1; a cursor at `start` when `length` is 0).
    void revealField(Field field, qsizetype start = -1, qsizetype length = 0);
    /// The card's fields and buttons that take the focus, in tab order.
    QList<QWidget *> focusChain() const;

    QPlainTextEdit *quoteEdit() const { return m_quote; }
    QLineEdit *authorEdit() const { return m_author; }
    QLineEdit *forumEdit() const { return m_forum; }
    QLineEdit *urlEdit() const { return m_url; }
    /// The inline message about the link; visible only for a link that is not http or https.
    QLabel *urlMessage() const { return m_urlMessage; }
    QCheckBox *datedBox() const { return m_dated; }
    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *stanceBox() const { return m_stance; }
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *duplicateButton() const { return m_duplicate; }
    QToolButton *removeButton() const { return m_remove; }

signals:
    /// The writer changed this voice; `voice` is all of it as it now is. `typing` when it was
    /// a keystroke in a text field (it may merge with the next into one undo step).
    void voiceEdited(int index, const Voice &voice, bool typing);
    /// Move the voice from `index` to `to` (Alt+Up, Alt+Down or the arrow buttons).
    void moveRequested(int index, int to);
    /// Add a new voice right after this one (Ctrl+Shift+Return).
    void addRequested(int after);
    void duplicateRequested(int index);
    void removeRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *fieldWidget(Field field) const;
    void setNumber(int number, int count);
    void showStanceChoices();
    void showUrlState();
    void showDate();
    void fitQuoteHeight();
    void emitEdit(bool typing);

    int m_index = -1;
    int m_number = 0;
    int m_count = 0;
    Voice m_voice;
    QList<Stance> m_stances;
    QStringList m_choices;        ///< the stance box's labels ("" first), as last built
    bool m_unknownChoice = false; ///< the last choice is the voice's, not the verdict's

    QLabel *m_title;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_duplicate;
    QToolButton *m_remove;
    QPlainTextEdit *m_quote;
    QLineEdit *m_author;
    QLineEdit *m_forum;
    QLineEdit *m_url;
    QWidget *m_urlProblem;
    QLabel *m_urlIcon;
    QLabel *m_urlMessage;
    QCheckBox *m_dated;
    QDateEdit *m_date;
    QComboBox *m_stance;
};

} // namespace quorum
