// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace quorum {

class ArticleDocument;
struct Section;

/// A plain editor for any section: its heading and one text. The text is the Markdown of
/// Introduction, Text and Conclusion sections and the lead of Forum Voices; for a TL;DR it
/// holds one bullet per line, for a Verdict one "Label: percent" per line. Every change goes
/// to the document as a mergeable undo step; undo and redo show up here.
class PlainSectionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PlainSectionEditor(ArticleDocument *document, QWidget *parent = nullptr);

    /// Shows the section with `id` (nothing for an unknown id).
    void showSection(const QString &id);
    QString sectionId() const { return m_sectionId; }

    QLineEdit *headingEdit() const { return m_heading; }
    QPlainTextEdit *textEdit() const { return m_text; }

    /// The text this editor shows for `section`, and the section it makes of an edited text.
    static QString textOf(const Section &section);
    static void applyText(Section *section, const QString &text);

private:
    void refresh();
    void commit();

    ArticleDocument *m_document;
    QString m_sectionId;
    QLabel *m_kindLabel;
    QLineEdit *m_heading;
    QPlainTextEdit *m_text;
    QLabel *m_hint;
    QLabel *m_voices;
    bool m_committing = false;
};

} // namespace quorum
