// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace quorum {

class FlowLayout;

/// A list of short terms (categories, tags) shown as chips with a remove button, followed by
/// a field to type a new one. Enter or a comma adds what was typed (or the completion picked
/// in the popup); Backspace in the empty field removes the last chip. Left at the start of the
/// field walks into the chips, where Left and Right move and Delete or Backspace removes.
/// The completer offers the terms set with setCompletionTerms() and the terms remembered in
/// QSettings under recentTermsKey(), leaving out the ones already present.
class TokenEdit : public QWidget
{
    Q_OBJECT

public:
    explicit TokenEdit(QWidget *parent = nullptr);

    QStringList tokens() const { return m_tokens; }
    /// Shows `tokens` (changes made elsewhere, undo) without emitting tokensEdited.
    void setTokens(const QStringList &tokens);

    /// Adds `token` (trimmed) as the user would, unless it is empty or already there
    /// (ignoring case); remembers it as recent. Returns true when it was added.
    bool addToken(const QString &token);
    /// Removes the token at `index` as the user would.
    void removeToken(int index);

    /// Terms to offer besides the recent ones (the article's own).
    void setCompletionTerms(const QStringList &terms);
    /// Where recent terms are kept ("editor/recentTags"); empty keeps none.
    void setRecentTermsKey(const QString &key) { m_recentKey = key; }
    QString recentTermsKey() const { return m_recentKey; }
    /// Remembers `terms` as recently used (most recent first), as adding them would.
    void rememberTerms(const QStringList &terms);
    /// The terms the completer offers now, in order.
    QStringList completionTerms() const;

    /// The field for new terms; it carries the accessible name of the whole list.
    QLineEdit *lineEdit() const { return m_edit; }
    QCompleter *completer() const { return m_completer; }
    /// The remove button of each chip, in token order.
    QList<QWidget *> removeButtons() const;
    void setPlaceholderText(const QString &text);

    /// How many recent terms QSettings keeps per key.
    static constexpr int kRecentTermsKept = 100;

signals:
    /// The user added or removed a token; `tokens` is the new list.
    void tokensEdited(const QStringList &tokens);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildChips();
    void commitTyped();
    void textEdited(const QString &text);
    void focusChip(int index);
    void refreshCompletions();

    QStringList m_tokens;
    QStringList m_terms;
    QString m_recentKey;
    FlowLayout *m_layout;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QList<QWidget *> m_chips;
};

} // namespace quorum
