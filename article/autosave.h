// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

namespace quorum {

class ArticleDocument;

/// A recovery copy left behind by a Quorum that ended without saving (a crash, `kill -9`).
struct RecoveryEntry
{
    QString id;
    QString originalPath; ///< the article's own file, or empty for a never-saved article
    QString title;
    QDateTime written; ///< when the copy was last written
    QString copyPath;  ///< the recovery copy, a .quorum file
};

/// Keeps a recovery copy of an article with unsaved changes, outside the user's file, in the
/// user's data folder (dataFolder()). The copy is written at most `interval` (1 s) after the first
/// edit that it does not have yet, so that even continuous typing is never more than a second or
/// two from safety; it is written on a worker thread, so typing does not wait for the disk.
/// Saving, undoing back to the saved state or discarding removes it. A lock file held for
/// the life of this object tells other Quorum processes that the copy is not abandoned.
class Autosave : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(ArticleDocument *document, QObject *parent = nullptr);
    ~Autosave() override;

    /// The folder that holds recovery copies.
    static QString directory();
    /// Copies whose process is gone, newest first.
    static QList<RecoveryEntry> abandoned();
    /// Reads a recovery copy; on failure fills `error`.
    static bool read(const RecoveryEntry &entry, Article *article, QString *error);
    /// Deletes a recovery copy (after restoring or discarding it).
    static void remove(const RecoveryEntry &entry);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Where this document's copy goes.
    QString copyPath() const;
    /// Writes the copy now, on this thread; false with `error` when it could not.
    bool writeNow(QString *error);
    /// Removes this document's copy (a save, or the user discarding the changes).
    void discard();

signals:
    /// A copy could not be written (a full disk, no permission): the window tells the user.
    void failed(const QString &error);
    /// A copy was written (for tests and the status bar).
    void written();

private:
    void scheduleWrite();
    /// Creates the folder and takes this copy's lock.
    bool prepare(QString *error);
    void writeInBackground();
    QString infoPath() const;
    QByteArray infoBytes() const;

    ArticleDocument *m_document;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_timer;
    bool m_writing = false;
    bool m_writeAgain = false;
    int m_generation = 0; ///< bumped by discard(), so that a late write is thrown away
};

} // namespace quorum
