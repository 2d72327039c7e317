// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace quorum {

/// Review comments as WordPress Notes (6.9 and later): the block editor's comments of type
/// `note` on a post, which only users who may edit the post see. A thread is a first note
/// (`parent` 0) with replies below it; it is resolved when its first note's status is
/// `approved` ("hold" while open), and the block editor records each resolving and reopening
/// as a reply of its own, with the comment meta `_wp_note_status` ("resolved" or "reopen") and
/// usually no text. A thread sits on the block whose `metadata.noteId` names its first note
/// (NoteAnchors).
///
/// A comment in Quorum is a thread, its replies the thread's replies; the note ids are kept in
/// the `extra` of the comment and of each reply (idKey()), so that every sync updates what it
/// made before instead of making it again. They belong to the post the article is bound to.
namespace SiteNotes {

/// What the Quorum plugin's entry in the REST index says about Notes.
enum class Support
{
    None,         ///< no Notes, or no plugin to say so: nothing is synced
    OnePerBlock,  ///< WordPress 6.9 and 7.0: a block shows one thread
    ManyPerBlock, ///< WordPress 7.1 and later: a block shows every thread it names
};
Support support(const QJsonObject &index);

/// The member of a comment's or reply's `extra` that holds its note's id.
QString idKey();
/// The note id `extra` records; 0 for none.
qint64 idIn(const QJsonObject &extra);
/// `comments` without any note id, for an article that is published to another post.
QList<ReviewComment> withoutIds(QList<ReviewComment> comments);

/// One note, as `GET wp/v2/comments?type=note&context=edit` gives it.
struct Note
{
    qint64 id = 0;
    qint64 parent = 0;
    QString authorName;
    QDateTime date;        ///< UTC
    QString content;       ///< HTML, as stored (`content.raw`)
    bool approved = false; ///< on a thread's first note: resolved
    /// "resolved" or "reopen" on a note that records a resolution; empty on any other.
    QString resolution;

    bool operator==(const Note &) const = default;
};
QList<Note> readNotes(const QJsonArray &answer);
/// The query of `GET wp/v2/comments` for page `page` (from 1) of post `postId`'s notes: open and
/// resolved ones (not those in the trash), with what readNotes() reads. The answer's header
/// X-WP-TotalPages says how many pages there are.
QList<std::pair<QString, QString>> listQuery(qint64 postId, int page);

/// The content of the note for a comment's (or reply's) `text` by `author`: the text as HTML,
/// its line breaks as they are. WordPress makes the site's user the note's author, so the name of
/// a Quorum author who is someone else (`siteUser` is that user's display name) stands in front:
/// "Ann: text".
QString contentFor(const QString &author, const QString &text, const QString &siteUser);
/// The text of a note's `content` (HTML, as the block editor writes it: a line with bold,
/// italic, code, links and mentions), without the "author: " contentFor() put in front.
QString textOf(const QString &content, const QString &author = {});
/// The text of `note` for a comment or reply by `author`: its content's text, without "author: "
/// when the note's author is someone else, as contentFor() wrote it then.
QString textOf(const Note &note, const QString &author);

/// The threads each section's heading names when the article is published
/// (ContentRenderer::setHeadingNotes), by section id: the first notes of the section's comments
/// that have one, in the article's order, except those that one of the section's other blocks
/// names (a thread begun in the block editor on a paragraph stays there). On a site whose blocks
/// show one thread each, the heading names one: the section's first open thread, or its first
/// when all are resolved; the others are on the post but on no block, where the Notes panel
/// lists them.
QHash<QString, QList<qint64>> headingNotes(const Article &article, Support support);

/// Which section each thread sits on, by first note id, as the blocks of the post `content`
/// name them (any block of a section, inner blocks included): a section starts at a heading
/// block of level 1 or 2, as PostContentReader cuts a post, and is the section of `article`
/// that the heading's anchor names, or else the one in the same place.
QHash<qint64, QString> sectionsOfNotes(const Article &article, const QString &content);

/// `article`'s comments brought up to date with the post's `notes` (a pull): a thread whose
/// first note a comment records updates it (text, resolved, replies added, edited or deleted on
/// the site, and the section its block is in now); a comment that records a note the post no
/// longer has was deleted on the site and is left out. Any other thread becomes a comment whose
/// id is "n" and the first note's id, on the section `sectionsOfNotes` gives, or detached on
/// the first section when it is on no block. A comment or reply not published yet whose text a
/// thread or reply says exactly takes that note's id, so that an article the site keeps without
/// the ids (a publish whose last save was refused) gets no second copy of them.
QList<ReviewComment> pulledComments(const Article &article, const QList<Note> &notes,
                                    const QString &content);

/// `current` with the note ids of `synced` (what a publish made of the same comments, by
/// comment id; replies by author, time and text), and nothing else of it: the comments may have
/// changed while the publish ran.
QList<ReviewComment> withIdsOf(const QList<ReviewComment> &current,
                               const QList<ReviewComment> &synced);

} // namespace SiteNotes

} // namespace quorum
