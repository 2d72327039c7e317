// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "commentanchors.h"

#include <QHash>
#include <QList>
#include <QString>

namespace quorum {

/// How an article stores the image file at `absolutePath`: relative to `articleFolder` when
/// the image is inside it, with '/' separators; otherwise the absolute path. The rule for a
/// picture chosen in a file dialog, and for one chosen before the article had a folder.
QString storedImagePath(const QString &absolutePath, const QString &articleFolder);

/// Rewrites the image paths of an article whose file moves from `oldFolder` to `newFolder`
/// (absolute folders; `oldFolder` empty for an article never saved), so that every image still
/// names the same file, and copies nothing:
///
/// - A relative path is made relative to the new folder (with "../" where it must).
/// - An absolute featured image (chosen before the article was saved) becomes what choosing it
///   now would give (storedImagePath).
/// - Web addresses, data: URIs and, in Markdown, addresses that start with '/' (the site's own,
///   as publishing reads them) are never touched; nor is a relative path while there is no
///   old folder it was relative to.
///
/// In Markdown text only the destination of image syntax changes (`![alt](path)`, and the
/// definition `[label]: path` an image refers to), never text in code or text that merely
/// looks like a path; comments anchored in the text move with it. The featured image, the
/// Markdown and TL;DR bullets of every section, the revisions and the published snapshot are
/// rewritten, and the Markdown the site's blocks were read as, so that they still match.
///
/// It remembers the texts it rewrote: an undo history holds the same text many times.
class ImagePathMove
{
public:
    ImagePathMove(const QString &oldFolder, const QString &newFolder);

    Article apply(const Article &article);

    /// The featured image path `path`, moved.
    QString path(const QString &path) const;

    /// `markdown` with its image destinations moved; `changes` (if given) receives the
    /// replacements made, in text order, positions in `markdown`.
    QString markdown(const QString &markdown, QList<TextChange> *changes = nullptr);

private:
    struct MovedText
    {
        QString text;
        QList<TextChange> changes;
    };
    MovedText moved(const QString &markdown);
    Section section(const Section &section, QList<ReviewComment> *comments);
    QString destination(const QString &written, bool angled) const;

    QString m_oldFolder;
    QString m_newFolder;
    QHash<QString, MovedText> m_texts;
};

/// `article` with its image paths moved from `oldFolder` to `newFolder` (see ImagePathMove).
Article withImagesMoved(const Article &article, const QString &oldFolder, const QString &newFolder);

} // namespace quorum
