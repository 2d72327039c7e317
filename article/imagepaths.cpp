// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "imagepaths.h"

#include "cmarkdocument.h"
#include "markdownlinks.h"
#include "markdownspans.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

bool isAddress(const QString &path)
{
    return path.contains(u"://"_s) || path.startsWith(u"data:"_s, Qt::CaseInsensitive);
}

// A link label as cmark-gfm matches them: case and runs of white space do not count.
QString normalizedLabel(const QString &label)
{
    return label.simplified().toCaseFolded();
}

bool insideCode(const QList<MarkdownSpan> &spans, qsizetype position)
{
    return std::any_of(spans.cbegin(), spans.cend(), [position](const MarkdownSpan &span) {
        return span.contains(position) &&
               (span.kind == MarkdownSpanKind::Code || span.kind == MarkdownSpanKind::CodeBlock ||
                span.kind == MarkdownSpanKind::RawHtml);
    });
}

// Where the destinations of the images of `markdown` are written (UTF-16 start and length,
// inside the angle brackets of `<...>`): an inline image's own, and the definition that a
// reference image names. Images are those cmark-gfm reads (markdownSpans), so nothing in code
// or raw HTML is one; markdownLinks tells where their destinations stand.
QList<std::pair<qsizetype, qsizetype>> imageDestinations(const QString &markdown)
{
    const QList<MarkdownSpan> spans = markdownSpans(markdown);
    const QList<MarkdownLink> links = markdownLinks(markdown);
    QHash<qsizetype, MarkdownLink> inlineImages; // by where their alt text starts
    for (const MarkdownLink &link : links) {
        if (link.kind == MarkdownLink::Kind::Image && link.destinationStart >= 0)
            inlineImages.insert(link.textStart, link);
    }
    QList<std::pair<qsizetype, qsizetype>> destinations;
    QSet<QString> labels;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const MarkdownSpan &image = spans.at(i);
        if (image.kind != MarkdownSpanKind::ImageText)
            continue;
        const qsizetype altStart = image.start + 2; // after "!["
        const MarkdownSpan *target = nullptr;
        for (qsizetype j = i + 1; j < spans.size() && spans.at(j).start <= image.end(); ++j) {
            if (spans.at(j).kind == MarkdownSpanKind::LinkDestination &&
                spans.at(j).start == image.end())
                target = &spans.at(j);
        }
        const QChar opening = target ? markdown.at(target->start) : QChar();
        if (opening == u'(') {
            const auto found = inlineImages.constFind(altStart);
            if (found != inlineImages.cend())
                destinations.append({found->destinationStart, found->destinationLength});
        } else if (opening == u'[' && target->length > 2) {
            labels.insert(normalizedLabel(markdown.mid(target->start + 1, target->length - 2)));
        } else { // ![alt][] and ![alt] name the definition by their alt text
            labels.insert(normalizedLabel(markdown.mid(altStart, image.end() - 1 - altStart)));
        }
    }
    for (const MarkdownLink &link : links) {
        if (link.kind == MarkdownLink::Kind::Definition &&
            labels.contains(normalizedLabel(markdown.mid(link.textStart, link.textLength))) &&
            !insideCode(spans, link.destinationStart))
            destinations.append({link.destinationStart, link.destinationLength});
    }
    std::sort(destinations.begin(), destinations.end());
    destinations.erase(std::unique(destinations.begin(), destinations.end()), destinations.end());
    return destinations;
}

// The address cmark-gfm reads from a destination written as `written`, or a null text when it
// does not read all of it as one (then it is not a destination Quorum can rewrite safely).
QString addressOf(const QString &written, bool angled)
{
    const QString markdown = angled ? u"![](<"_s + written + u">)"_s : u"![]("_s + written + u")"_s;
    const CmarkDocument document(markdown, {});
    cmark_node *paragraph = cmark_node_first_child(document.root());
    cmark_node *image = paragraph ? cmark_node_first_child(paragraph) : nullptr;
    if (!image || cmark_node_get_type(image) != CMARK_NODE_IMAGE || cmark_node_next(image) ||
        cmark_node_next(paragraph))
        return {};
    return QString::fromUtf8(cmark_node_get_url(image));
}

// The file an image address in Markdown names, read as publishing reads it (a relative URL's
// path, percent-decoded), or an empty text for anything else: a web or data: address, a
// path from the site's root, one with a query or a fragment.
QString localFileOf(const QString &address)
{
    const QUrl url(address);
    if (address.isEmpty() || address.startsWith(u'/') || !url.isValid() || !url.isRelative() ||
        url.hasQuery() || url.hasFragment())
        return {};
    return QUrl::fromPercentEncoding(url.path().toUtf8());
}

// `path` written as a destination: what would end it or be read as an escape is
// percent-encoded; letters of any script stay as they are.
QString encodedDestination(const QString &path, bool angled)
{
    QString written;
    for (const QChar c : path) {
        const bool encode = c == u'%' || c == u'<' || c == u'>' || c == u'\\' ||
                            c.category() == QChar::Other_Control ||
                            (c.isSpace() && !(angled && c == u' ')) ||
                            (!angled && (c == u'(' || c == u')'));
        written += encode ? QString::fromLatin1(QUrl::toPercentEncoding(QString(c))) : QString(c);
    }
    return written;
}

void followChanges(QList<ReviewComment> *comments, const QString &sectionId, TextField field,
                   int index, const QList<TextChange> &changes, const QString &text)
{
    for (qsizetype i = 0; i < comments->size(); ++i) {
        const ReviewComment &comment = comments->at(i);
        const CommentAnchor &anchor = comment.anchor;
        if (comment.sectionId != sectionId || comment.detached ||
            anchor.kind != CommentAnchor::Kind::Text || anchor.field != field ||
            anchor.index != index)
            continue;
        std::optional<std::pair<qsizetype, qsizetype>> span{{anchor.start, anchor.length}};
        // From the last change back, so that the earlier ones' positions still hold.
        for (auto change = changes.crbegin(); span && change != changes.crend(); ++change)
            span = followSpan(span->first, span->second, *change);
        if (!span) {
            (*comments)[i].detached = true;
        } else if (span->first != anchor.start || span->second != anchor.length) {
            CommentAnchor &moved = (*comments)[i].anchor;
            moved.start = span->first;
            moved.length = span->second;
            moved.quote = text.mid(span->first, span->second);
        }
    }
}

} // namespace

QString storedImagePath(const QString &absolutePath, const QString &articleFolder)
{
    const QString image = QDir::cleanPath(QFileInfo(absolutePath).absoluteFilePath());
    if (articleFolder.isEmpty())
        return image;
    const QString relative = QDir(articleFolder).relativeFilePath(image);
    if (relative.startsWith(u"../"_s) || relative == u".."_s || QDir::isAbsolutePath(relative))
        return image;
    return relative;
}

ImagePathMove::ImagePathMove(const QString &oldFolder, const QString &newFolder)
    : m_oldFolder(oldFolder)
    , m_newFolder(newFolder)
{}

QString ImagePathMove::path(const QString &path) const
{
    if (path.isEmpty() || isAddress(path))
        return path;
    if (QDir::isAbsolutePath(path)) {
        const QString stored = storedImagePath(path, m_newFolder);
        return QDir::isAbsolutePath(stored) ? path : stored;
    }
    if (m_oldFolder.isEmpty())
        return path;
    const QString file = QDir::cleanPath(QDir(m_oldFolder).absoluteFilePath(path));
    const QString moved = QDir(m_newFolder).relativeFilePath(file);
    return QDir::isAbsolutePath(moved) ? file : moved;
}

QString ImagePathMove::destination(const QString &written, bool angled) const
{
    const QString file = localFileOf(addressOf(written, angled));
    if (file.isEmpty())
        return {};
    const QString moved =
        QDir(m_newFolder)
            .relativeFilePath(QDir::cleanPath(QDir(m_oldFolder).absoluteFilePath(file)));
    // An absolute path in Markdown is the site's: a file that cannot be named relative to the
    // new folder (another drive) keeps its old path.
    if (QDir::isAbsolutePath(moved) || moved == file)
        return {};
    const QString encoded = encodedDestination(moved, angled);
    if (localFileOf(addressOf(encoded, angled)) != moved)
        return {};
    return encoded;
}

ImagePathMove::MovedText ImagePathMove::moved(const QString &markdown)
{
    const auto known = m_texts.constFind(markdown);
    if (known != m_texts.cend())
        return *known;
    MovedText result{markdown, {}};
    if (!m_oldFolder.isEmpty() && markdown.contains(u"!["_s)) {
        const QList<std::pair<qsizetype, qsizetype>> destinations = imageDestinations(markdown);
        qsizetype shift = 0;
        for (const auto &[start, length] : destinations) {
            const bool angled = start > 0 && markdown.at(start - 1) == u'<';
            const QString replacement = destination(markdown.mid(start, length), angled);
            if (replacement.isNull())
                continue;
            result.text.replace(start + shift, length, replacement);
            result.changes.append({start, length, replacement.size()});
            shift += replacement.size() - length;
        }
    }
    m_texts.insert(markdown, result);
    return result;
}

QString ImagePathMove::markdown(const QString &markdown, QList<TextChange> *changes)
{
    const MovedText result = moved(markdown);
    if (changes)
        *changes = result.changes;
    return result.text;
}

Section ImagePathMove::section(const Section &section, QList<ReviewComment> *comments)
{
    Section result = section;
    const MovedText text = moved(section.markdown);
    if (!text.changes.isEmpty()) {
        result.markdown = text.text;
        if (comments)
            followChanges(comments, section.id, TextField::Markdown, 0, text.changes, text.text);
    }
    for (qsizetype i = 0; i < section.bullets.size(); ++i) {
        const MovedText bullet = moved(section.bullets.at(i));
        if (bullet.changes.isEmpty())
            continue;
        result.bullets[i] = bullet.text;
        if (comments)
            followChanges(comments, section.id, TextField::Bullet, int(i), bullet.changes,
                          bullet.text);
    }
    // The site's blocks match the text they were read as: they move with it.
    for (qsizetype i = 0; i < section.source.blocks.size(); ++i) {
        const MovedText block = moved(section.source.blocks.at(i).markdown);
        if (!block.changes.isEmpty())
            result.source.blocks[i].markdown = block.text;
    }
    for (qsizetype i = 0; i < section.source.footnotes.size(); ++i) {
        const MovedText footnote = moved(section.source.footnotes.at(i).markdown);
        if (!footnote.changes.isEmpty())
            result.source.footnotes[i].markdown = footnote.text;
    }
    return result;
}

Article ImagePathMove::apply(const Article &article)
{
    Article result = article;
    result.meta.featuredImage = path(article.meta.featuredImage);
    for (qsizetype i = 0; i < article.sections.size(); ++i)
        result.sections[i] = section(article.sections.at(i), &result.comments);
    auto moveRevision = [this](Revision *revision) {
        revision->meta.featuredImage = path(revision->meta.featuredImage);
        for (Section &section : revision->sections)
            section = this->section(section, nullptr);
    };
    for (Revision &revision : result.review.revisions)
        moveRevision(&revision);
    if (result.review.published)
        moveRevision(&*result.review.published);
    return result;
}

Article withImagesMoved(const Article &article, const QString &oldFolder, const QString &newFolder)
{
    return ImagePathMove(oldFolder, newFolder).apply(article);
}

} // namespace quorum
