// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

// The notation the merge suites write articles in, so that a row of a table reads as the
// articles it merges: "a b=Changed c" are three sections, "k1!+ann@11" a resolved comment with
// a reply, "approved|in-review@10 approved@11|r1@9" a review.

#include "articlemerge.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace quorum::test {

using namespace Qt::StringLiterals;

// "a b=Changed c": sections a, b and c; a section's text is its id unless given after "=".
inline Article withSections(const QString &spec)
{
    Article article;
    for (const QString &token : spec.split(u' ', Qt::SkipEmptyParts)) {
        Section section;
        section.id = token.section(u'=', 0, 0);
        section.heading = section.id;
        section.markdown = token.contains(u'=') ? token.section(u'=', 1) : section.id;
        article.sections.append(section);
    }
    return article;
}

inline QString sectionSpec(const QList<Section> &sections)
{
    QStringList tokens;
    for (const Section &section : sections)
        tokens.append(section.markdown == section.id ? section.id
                                                     : section.id + u'=' + section.markdown);
    return tokens.join(u' ');
}

inline QString kindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::Section:
        return u"section"_s;
    case MergeConflict::Kind::DeletedVsChanged:
        return u"deleted"_s;
    case MergeConflict::Kind::Field:
        return u"field"_s;
    }
    return {};
}

// "b:section title:field": each conflict's id and kind, in order.
inline QString conflictSpec(const ArticleMerge &merge)
{
    QStringList tokens;
    for (const MergeConflict &conflict : merge.conflicts)
        tokens.append(conflict.id + u':' + kindName(conflict.kind));
    return tokens.join(u' ');
}

inline QDateTime at(int hour)
{
    return QDateTime(QDate(2026, 4, 1), QTime(hour, 0), Qt::UTC);
}

// "k1=Reworded!+ann@11+bo@12": comment k1 on section a with the text "Reworded" (else
// "Note"), resolved ("!"), with replies by ann at 11:00 and bo at 12:00.
inline Article withComments(const QString &spec)
{
    static const QRegularExpression token(uR"(^(\w+)(?:=(\w+))?(!?)((?:\+\w+@\d+)*)$)"_s);
    Article article = withSections(u"a"_s);
    for (const QString &text : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = token.match(text);
        Q_ASSERT(match.hasMatch());
        ReviewComment comment;
        comment.id = match.captured(1);
        comment.sectionId = u"a"_s;
        comment.author = u"editor"_s;
        comment.created = at(9);
        comment.text = match.captured(2).isEmpty() ? u"Note"_s : match.captured(2);
        comment.resolved = !match.captured(3).isEmpty();
        for (const QString &reply : match.captured(4).split(u'+', Qt::SkipEmptyParts)) {
            const QString author = reply.section(u'@', 0, 0);
            comment.replies.append({author, at(reply.section(u'@', 1).toInt()), u"Yes"_s, {}});
        }
        article.comments.append(comment);
    }
    return article;
}

inline QString commentSpec(const QList<ReviewComment> &comments)
{
    QStringList tokens;
    for (const ReviewComment &comment : comments) {
        QString token = comment.id;
        if (comment.text != u"Note")
            token += u'=' + comment.text;
        if (comment.resolved)
            token += u'!';
        for (const CommentReply &reply : comment.replies)
            token += u'+' + reply.author + u'@' + QString::number(reply.created.time().hour());
        tokens.append(token);
    }
    return tokens.join(u' ');
}

// "approved|in-review@10 approved@11|r1@9 r2@10": the review status, the history (changes by
// "ed" at those hours) and the revisions (saved at those hours).
inline Article withReview(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    Article article;
    article.meta.reviewStatus = *reviewStatusFromKey(parts.at(0));
    for (const QString &change : parts.at(1).split(u' ', Qt::SkipEmptyParts)) {
        article.review.statusHistory.append({*reviewStatusFromKey(change.section(u'@', 0, 0)),
                                             u"ed"_s,
                                             at(change.section(u'@', 1).toInt()),
                                             {}});
    }
    for (const QString &saved : parts.at(2).split(u' ', Qt::SkipEmptyParts)) {
        Revision revision;
        revision.id = saved.section(u'@', 0, 0);
        revision.created = at(saved.section(u'@', 1).toInt());
        article.review.revisions.append(revision);
    }
    return article;
}

inline QString reviewSpec(const Article &article)
{
    QStringList history;
    for (const StatusChange &change : article.review.statusHistory)
        history.append(reviewStatusKey(change.status) + u'@' +
                       QString::number(change.at.time().hour()));
    QStringList revisions;
    for (const Revision &revision : article.review.revisions)
        revisions.append(revision.id + u'@' + QString::number(revision.created.time().hour()));
    return reviewStatusKey(article.meta.reviewStatus) + u'|' + history.join(u' ') + u'|' +
           revisions.join(u' ');
}

// The text fields of the metadata, by their key in the file format.
inline QString *metaText(ArticleMeta *meta, const QString &key)
{
    const QHash<QString, QString ArticleMeta::*> fields = {
        {u"title"_s, &ArticleMeta::title},
        {u"slug"_s, &ArticleMeta::slug},
        {u"author"_s, &ArticleMeta::author},
        {u"focusKeyword"_s, &ArticleMeta::focusKeyword},
        {u"excerpt"_s, &ArticleMeta::excerpt},
        {u"featuredImage"_s, &ArticleMeta::featuredImage},
        {u"featuredImageAlt"_s, &ArticleMeta::featuredImageAlt},
        {u"language"_s, &ArticleMeta::language}};
    return &(meta->*fields.value(key));
}

inline QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace quorum::test
