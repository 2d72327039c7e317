// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sitenotes.h"

#include "blockgrammar.h"
#include "blockmarkup.h"
#include "gumbohtml.h"
#include "noteanchors.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace quorum::SiteNotes {

namespace {

const QString kIdKey = u"noteId"_s;

void setId(QJsonObject *extra, qint64 id)
{
    if (id > 0)
        extra->insert(kIdKey, id);
    else
        extra->remove(kIdKey);
}

// The text a browser shows of note content: line breaks and paragraphs as new lines.
void appendText(const GumboNode *node, QString *text)
{
    using namespace html;
    if (isText(node)) {
        *text += QString::fromUtf8(node->v.text.text);
        return;
    }
    if (isTag(node, GUMBO_TAG_BR)) {
        *text += u'\n';
        return;
    }
    const bool block = isTag(node, GUMBO_TAG_P) || isTag(node, GUMBO_TAG_DIV);
    if (block && !text->isEmpty() && !text->endsWith(u'\n'))
        *text += u'\n';
    for (const GumboNode *child : childrenOf(node))
        appendText(child, text);
    if (block && !text->endsWith(u'\n'))
        *text += u'\n';
}

bool startsSection(const ParsedBlock &block)
{
    if (block.name != u"core/heading")
        return false;
    const int level = block.attributes.value(u"level"_s).toInt(2);
    return level == 1 || level == 2;
}

void collectIds(const QList<ParsedBlock> &blocks, QList<qint64> *ids)
{
    for (const ParsedBlock &block : blocks) {
        ids->append(NoteAnchors::idsOf(block.attributes));
        collectIds(block.innerBlocks, ids);
    }
}

// The first note of the thread `note` is in, through its parents.
qint64 rootOf(const Note &note, const QHash<qint64, const Note *> &byId)
{
    const Note *at = &note;
    for (int depth = 0; at->parent != 0 && depth < 64; ++depth) {
        const Note *up = byId.value(at->parent);
        if (!up)
            return 0; // a reply to a note that is not listed (trashed): no thread to join
        at = up;
    }
    return at->id;
}

bool earlier(const Note *a, const Note *b)
{
    return std::tie(a->date, a->id) < std::tie(b->date, b->id);
}

CommentReply replyFrom(const Note &note)
{
    CommentReply reply{note.authorName, note.date, textOf(note.content), {}};
    setId(&reply.extra, note.id);
    return reply;
}

// `replies` (of a comment that records its thread) brought up to date with the thread's.
QList<CommentReply> pulledReplies(const QList<CommentReply> &replies,
                                  const QList<const Note *> &notes)
{
    QHash<qint64, const Note *> byId;
    for (const Note *note : notes)
        byId.insert(note->id, note);
    QSet<qint64> matched;
    QList<CommentReply> result;
    for (CommentReply reply : replies) {
        const qint64 id = idIn(reply.extra);
        if (id > 0) {
            const Note *note = byId.value(id);
            if (!note)
                continue; // deleted on the site
            matched.insert(id);
            const QString text = textOf(*note, reply.author);
            if (!text.isEmpty())
                reply.text = text;
        } else {
            // Not published yet, or published while the site kept an article without the id.
            for (const Note *note : notes) {
                if (!matched.contains(note->id) &&
                    textOf(*note, reply.author) == reply.text.trimmed()) {
                    matched.insert(note->id);
                    setId(&reply.extra, note->id);
                    break;
                }
            }
        }
        result.append(reply);
    }
    for (const Note *note : notes) {
        if (!matched.contains(note->id))
            result.append(replyFrom(*note));
    }
    return result;
}

} // namespace

Support support(const QJsonObject &index)
{
    const QJsonObject plugin = index.value(u"quorum"_s).toObject();
    if (!plugin.value(u"notes"_s).toBool())
        return Support::None;
    return plugin.value(u"notes_per_block"_s).toString() == u"many" ? Support::ManyPerBlock
                                                                    : Support::OnePerBlock;
}

QString idKey()
{
    return kIdKey;
}

qint64 idIn(const QJsonObject &extra)
{
    return extra.value(kIdKey).toInteger();
}

QList<ReviewComment> withoutIds(QList<ReviewComment> comments)
{
    for (ReviewComment &comment : comments) {
        comment.extra.remove(kIdKey);
        for (CommentReply &reply : comment.replies)
            reply.extra.remove(kIdKey);
    }
    return comments;
}

QList<Note> readNotes(const QJsonArray &answer)
{
    QList<Note> notes;
    for (const QJsonValue &value : answer) {
        const QJsonObject object = value.toObject();
        Note note;
        note.id = object.value(u"id"_s).toInteger();
        if (note.id <= 0)
            continue;
        note.parent = object.value(u"parent"_s).toInteger();
        note.authorName = object.value(u"author_name"_s).toString();
        note.date = QDateTime::fromString(object.value(u"date_gmt"_s).toString(), Qt::ISODate);
        note.date.setTimeSpec(Qt::UTC);
        const QJsonValue content = object.value(u"content"_s);
        note.content = content.isObject() ? content[u"raw"_s].toString() : content.toString();
        note.approved = object.value(u"status"_s).toString() == u"approved";
        const QString status = object[u"meta"_s][u"_wp_note_status"_s].toString();
        if (status == u"resolved" || status == u"reopen")
            note.resolution = status;
        notes.append(note);
    }
    return notes;
}

QList<std::pair<QString, QString>> listQuery(qint64 postId, int page)
{
    // Status "all" is approved and held alike; the edit context has the raw content and meta.
    return {{u"post"_s, QString::number(postId)},
            {u"type"_s, u"note"_s},
            {u"status"_s, u"all"_s},
            {u"context"_s, u"edit"_s},
            {u"per_page"_s, u"100"_s},
            {u"page"_s, QString::number(page)},
            {u"_fields"_s, u"id,parent,author_name,date_gmt,content,status,meta"_s}};
}

QString contentFor(const QString &author, const QString &text, const QString &siteUser)
{
    // Line breaks stay as they are: WordPress shows them as such (wpautop), and its filter
    // of comment HTML for users without unfiltered_html would take a <br> out.
    QString content = BlockMarkup::escape(text.trimmed());
    const QString name = author.trimmed();
    if (!name.isEmpty() && name != siteUser.trimmed())
        content = BlockMarkup::escape(name) + u": "_s + content;
    return content;
}

QString textOf(const QString &content, const QString &author)
{
    QString text;
    if (content.contains(u'<') || content.contains(u'&')) {
        const html::ParsedHtml parsed(content);
        for (const GumboNode *node : parsed.bodyNodes())
            appendText(node, &text);
    } else {
        text = content;
    }
    text = text.trimmed();
    const QString prefix = author.trimmed() + u": "_s;
    if (prefix.size() > 2 && text.startsWith(prefix))
        text = text.mid(prefix.size()).trimmed();
    return text;
}

QString textOf(const Note &note, const QString &author)
{
    return textOf(note.content, author.trimmed() != note.authorName.trimmed() ? author : QString());
}

QHash<QString, QList<qint64>> headingNotes(const Article &article, Support support)
{
    QHash<QString, QList<qint64>> result;
    if (support == Support::None)
        return result;
    for (const Section &section : article.sections) {
        QSet<qint64> elsewhere;
        for (const SourceBlock &block : section.source.blocks) {
            for (qint64 id : NoteAnchors::idsIn(block.markup))
                elsewhere.insert(id);
        }
        QList<qint64> ids;
        qint64 firstOpen = 0;
        for (const ReviewComment &comment : article.comments) {
            const qint64 id = idIn(comment.extra);
            if (comment.sectionId != section.id || id <= 0 || elsewhere.contains(id) ||
                ids.contains(id))
                continue;
            ids.append(id);
            if (!comment.resolved && firstOpen == 0)
                firstOpen = id;
        }
        if (support == Support::OnePerBlock && ids.size() > 1)
            ids = {firstOpen > 0 ? firstOpen : ids.constFirst()};
        if (!ids.isEmpty())
            result.insert(section.id, ids);
    }
    return result;
}

QHash<qint64, QString> sectionsOfNotes(const Article &article, const QString &content)
{
    QHash<qint64, QString> result;
    const BlockParse parse = parseBlockMarkup(content);
    if (!parse.ok || article.sections.isEmpty())
        return result;
    // The post cut into parts as PostContentReader cuts it: what comes before the first
    // heading (a part only when there is any), then one part per heading.
    struct Part
    {
        QString anchor; ///< the section id the heading's anchor names
        QList<qint64> ids;
    };
    static const QRegularExpression anchor(u"\\bid=\"section-([^\"]+)\""_s);
    QList<Part> parts(1);
    bool anyBefore = false;
    for (const ParsedBlock &block : parse.blocks) {
        if (startsSection(block))
            parts.append(Part{anchor.match(block.innerHtml).captured(1), {}});
        else if (parts.size() == 1)
            anyBefore = true;
        collectIds({block}, &parts.last().ids);
    }
    if (!anyBefore)
        parts.removeFirst();
    const bool inStep = parts.size() == article.sections.size();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part &part = parts.at(i);
        QString id;
        if (!part.anchor.isEmpty() && article.indexOfSection(part.anchor) >= 0)
            id = part.anchor;
        else if (inStep)
            id = article.sections.at(i).id;
        if (id.isEmpty())
            continue;
        for (qint64 note : part.ids) {
            if (!result.contains(note)) // a block pasted twice: the first place counts
                result.insert(note, id);
        }
    }
    return result;
}

QList<ReviewComment> pulledComments(const Article &article, const QList<Note> &notes,
                                    const QString &content)
{
    QHash<qint64, const Note *> byId;
    for (const Note &note : notes)
        byId.insert(note.id, &note);
    QList<const Note *> roots;
    QHash<qint64, QList<const Note *>> replies; // by first note
    for (const Note &note : notes) {
        if (note.parent == 0) {
            roots.append(&note);
            continue;
        }
        const qint64 root = rootOf(note, byId);
        // A resolution is the thread's state, which its first note holds: not a reply.
        if (root > 0 && note.resolution.isEmpty())
            replies[root].append(&note);
    }
    std::sort(roots.begin(), roots.end(), earlier);
    for (QList<const Note *> &thread : replies)
        std::sort(thread.begin(), thread.end(), earlier);

    const QHash<qint64, QString> sections = sectionsOfNotes(article, content);
    QHash<qint64, qsizetype> known;
    for (qsizetype i = 0; i < article.comments.size(); ++i) {
        if (const qint64 id = idIn(article.comments.at(i).extra); id > 0)
            known.insert(id, i);
    }
    QList<ReviewComment> comments = article.comments;
    QSet<qsizetype> keep;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (idIn(comments.at(i).extra) == 0)
            keep.insert(i);
    }
    for (const Note *root : std::as_const(roots)) {
        qsizetype at = known.value(root->id, -1);
        if (at < 0) {
            // Published while the site kept an article without the id: the same text, on the
            // same section, not yet recorded.
            for (qsizetype i = 0; i < comments.size(); ++i) {
                const ReviewComment &comment = comments.at(i);
                if (idIn(comment.extra) == 0 &&
                    textOf(*root, comment.author) == comment.text.trimmed() &&
                    sections.value(root->id, comment.sectionId) == comment.sectionId) {
                    at = i;
                    setId(&comments[i].extra, root->id);
                    break;
                }
            }
        }
        const QString section = sections.value(root->id);
        if (at >= 0) {
            ReviewComment &comment = comments[at];
            keep.insert(at);
            const QString text = textOf(*root, comment.author);
            if (!text.isEmpty())
                comment.text = text;
            comment.resolved = root->approved;
            comment.replies = pulledReplies(comment.replies, replies.value(root->id));
            if (!section.isEmpty() && section != comment.sectionId) {
                // Its block was moved to another section in the block editor.
                comment.sectionId = section;
                comment.anchor = {};
                comment.detached = false;
            }
            continue;
        }
        ReviewComment comment;
        comment.id = u"n"_s + QString::number(root->id);
        comment.sectionId = section.isEmpty() ? article.sections.value(0).id : section;
        comment.detached = section.isEmpty();
        comment.author = root->authorName;
        comment.created = root->date;
        comment.text = textOf(root->content);
        comment.resolved = root->approved;
        for (const Note *reply : replies.value(root->id))
            comment.replies.append(replyFrom(*reply));
        setId(&comment.extra, root->id);
        keep.insert(comments.size());
        comments.append(comment);
    }
    QList<ReviewComment> result;
    for (qsizetype i = 0; i < comments.size(); ++i) {
        if (keep.contains(i))
            result.append(comments.at(i));
    }
    return result;
}

QList<ReviewComment> withIdsOf(const QList<ReviewComment> &current,
                               const QList<ReviewComment> &synced)
{
    QHash<QString, const ReviewComment *> byId;
    for (const ReviewComment &comment : synced)
        byId.insert(comment.id, &comment);
    QList<ReviewComment> result = current;
    for (ReviewComment &comment : result) {
        const ReviewComment *other = byId.value(comment.id);
        if (!other)
            continue;
        setId(&comment.extra, idIn(other->extra));
        for (CommentReply &reply : comment.replies) {
            for (const CommentReply &otherReply : other->replies) {
                if (otherReply.author == reply.author && otherReply.created == reply.created &&
                    otherReply.text == reply.text) {
                    setId(&reply.extra, idIn(otherReply.extra));
                    break;
                }
            }
        }
    }
    return result;
}

} // namespace quorum::SiteNotes
