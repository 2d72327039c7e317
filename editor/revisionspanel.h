// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace quorum {

class ArticleDocument;
class DiffView;

/// Saved revisions of the article and comparisons between versions: save a named revision,
/// compare any two of the revisions, the last saved version, the last published version and
/// the current text (section by section, word by word), and restore a version as a whole or
/// one section of it. Restoring is one undo step in the document.
class RevisionsPanel : public QWidget
{
    Q_OBJECT

public:
    /// The versions besides saved revisions (whose ids are theirs), as compare() takes them.
    static QString currentVersion() { return QStringLiteral("current"); }
    static QString savedVersion() { return QStringLiteral("saved"); }
    static QString publishedVersion() { return QStringLiteral("published"); }

    explicit RevisionsPanel(ArticleDocument *document, QWidget *parent = nullptr);

    /// Who saves revisions (the window sets it from the settings).
    void setUserName(const QString &name) { m_userName = name; }

    /// Shows `from` → `to` (version ids: a revision id or one of the three above); an id that
    /// does not exist (no published version yet) leaves that side as it was.
    void compare(const QString &from, const QString &to);
    /// The last saved version against the current text.
    void compareWithSaved() { compare(savedVersion(), currentVersion()); }
    /// The last published version against the current text.
    void compareWithPublished() { compare(publishedVersion(), currentVersion()); }
    QString fromVersion() const;
    QString toVersion() const;

    /// The version `id` as a snapshot, or nothing when there is no such version.
    std::optional<Revision> version(const QString &id) const;

    DiffView *diffView() const { return m_diff; }
    QListWidget *revisionList() const { return m_list; }

    /// Restores the "from" version as a whole, or only the section the diff view's cursor is
    /// in (the buttons do the same).
    void restoreVersion();
    void restoreCurrentSection();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildVersions();
    void scheduleUpdate();
    void updateDiff();
    void updateButtons();
    void saveRevision();

    ArticleDocument *m_document;
    QString m_userName;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPushButton *m_save;
    QPushButton *m_delete;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_restore;
    QPushButton *m_restoreSection;
    DiffView *m_diff;
    QTimer *m_timer;
    bool m_dirty = true;
};

} // namespace quorum
