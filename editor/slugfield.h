// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QWidget>

#include <functional>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QToolButton;

namespace quorum {

class ArticleDocument;
struct Article;

/// The slug in the article details: the last part of the post's address.
///
/// Until the post is published, the slug follows the title while it is empty or what
/// slugify() makes of the title; editing it by hand stops that, "Follow Title" starts it
/// again, and every keystroke is an edit. Once the post is published (isPublished), links
/// point at its address: the slug no longer follows the title, a note under the field says
/// so, and a slug typed by hand is one edit made when the writer presses Enter or leaves the
/// field, and only after the question (setChangeQuestion) was answered yes. A no puts the
/// slug back and changes nothing.
class SlugField : public QWidget
{
    Q_OBJECT

public:
    /// Asked before the slug of a published post changes from `from` to `to`; true changes it.
    using ChangeQuestion = std::function<bool(const QString &from, const QString &to)>;

    explicit SlugField(ArticleDocument *document, QWidget *parent = nullptr);

    /// True when the slug of `article` follows its title (see the class comment).
    static bool followsTitle(const Article &article);

    /// The window asks the writer (only it shows message boxes). Without a question, a
    /// published post's slug changes as the writer enters it.
    void setChangeQuestion(ChangeQuestion question) { m_question = std::move(question); }

    QLineEdit *edit() const { return m_edit; }
    QAbstractButton *followTitleButton() const;
    /// Why the slug of a published post stays; shown only then.
    QLabel *publishedNote() const { return m_note; }

    /// Shows the slug as the document has it, unless a slug for a published post is being
    /// typed and the document's did not change.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Makes the slug `slug`: asks first for a published post, and puts the slug back when
    /// the answer is no. `typing` merges the edit with the next keystroke's.
    void change(const QString &slug, bool typing);
    /// True when the field holds a slug for a published post that is not entered yet.
    bool holdsTypedSlug() const;

    ArticleDocument *m_document;
    QLineEdit *m_edit;
    QToolButton *m_followTitle;
    QLabel *m_note;
    ChangeQuestion m_question;
    QString m_shown;       ///< the document's slug when the field last showed it
    bool m_asking = false; ///< the question is open: leaving the field for it is no answer
};

} // namespace quorum
