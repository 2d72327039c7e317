// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sitearticle.h"

#include "articlefile.h"
#include "articlejson.h"
#include "blockgrammar.h"
#include "htmlequivalence.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace quorum::SiteArticle {

namespace {

const QString kDigestsKey = u"publishedBlocks"_s;
const QString kTermsKey = u"publishedTerms"_s;
const QString kBaseKey = u"base"_s;

// A section's heading block names the section: ContentRenderer gives it the anchor
// "section-<id>".
const QRegularExpression kSectionAnchor(u"\\bid=\"section-([^\"]+)\""_s);

// A block as it reads, not as it is spelled: WordPress rewrites some HTML when it saves a post
// (kses, for users without unfiltered_html), and a section is no less the one published.
void addBlock(QCryptographicHash *hash, const QString &content, const ParsedBlock &block)
{
    hash->addData(html::canonicalBlock(content, block).toUtf8());
    hash->addData("\n");
}

QString hexOf(const QCryptographicHash &hash)
{
    return QString::fromLatin1(hash.result().toHex());
}

bool sameTerms(QStringList a, QStringList b)
{
    const auto normalize = [](QStringList &names) {
        for (QString &name : names)
            name = name.trimmed().toLower();
        names.sort();
    };
    normalize(a);
    normalize(b);
    return a == b;
}

Article withoutBinding(Article article)
{
    article.remote = {};
    return article;
}

} // namespace

QString metaKey()
{
    return u"_quorum_article"_s;
}

QByteArray preconditionHeader()
{
    return "X-Quorum-Expected-Modified";
}

QString staleCode()
{
    return u"quorum_stale_post"_s;
}

QString pluginVersion(const QJsonObject &index)
{
    return index.value(u"quorum"_s).toObject().value(u"version"_s).toString();
}

QString blocksDigest(const QString &markup)
{
    const BlockParse parse = parseBlockMarkup(markup);
    if (!parse.ok)
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ParsedBlock &block : parse.blocks) {
        if (block.name != u"core/footnotes")
            addBlock(&hash, markup, block);
    }
    return hexOf(hash);
}

QHash<QString, QString> contentDigests(const QString &content)
{
    const BlockParse parse = parseBlockMarkup(content);
    if (!parse.ok)
        return {};
    std::map<QString, QCryptographicHash> hashes;
    QSet<QString> twice;
    QCryptographicHash *current = nullptr;
    for (const ParsedBlock &block : parse.blocks) {
        if (block.name == u"core/heading") {
            const QRegularExpressionMatch anchor = kSectionAnchor.match(
                QStringView(content).mid(block.start, block.end - block.start));
            if (anchor.hasMatch()) {
                const QString id = anchor.captured(1);
                if (hashes.count(id) > 0)
                    twice.insert(id);
                current = &hashes.try_emplace(id, QCryptographicHash::Sha256).first->second;
            }
        }
        if (current && block.name != u"core/footnotes")
            addBlock(current, content, block);
    }
    QHash<QString, QString> digests;
    for (const auto &[id, hash] : hashes) {
        // A section pasted twice in the block editor is no longer the one published.
        if (!twice.contains(id))
            digests.insert(id, hexOf(hash));
    }
    return digests;
}

QString write(const Article &article, const QHash<QString, QString> &publishedDigests,
              const TermNames &terms)
{
    QJsonObject json = articleToJson(withoutBinding(article));
    QJsonObject digests;
    for (auto it = publishedDigests.cbegin(); it != publishedDigests.cend(); ++it)
        digests.insert(it.key(), it.value());
    json.insert(kDigestsKey, digests);
    QJsonObject taxonomies;
    for (auto taxonomy = terms.cbegin(); taxonomy != terms.cend(); ++taxonomy) {
        QJsonObject names;
        for (auto term = taxonomy->cbegin(); term != taxonomy->cend(); ++term)
            names.insert(QString::number(term.key()), term.value());
        taxonomies.insert(taxonomy.key(), names);
    }
    if (!taxonomies.isEmpty())
        json.insert(kTermsKey, taxonomies);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<Stored> read(const QString &text, QString *error)
{
    const ArticleFile::LoadResult loaded = ArticleFile::parse(text.toUtf8());
    if (!loaded.ok) {
        if (error)
            *error = loaded.error;
        return std::nullopt;
    }
    Stored stored;
    stored.article = loaded.article;
    // The fingerprints are the site's business, not the article's: they never reach a file.
    const QJsonObject digests = stored.article.extra.take(kDigestsKey).toObject();
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        stored.publishedDigests.insert(it.key(), it.value().toString());
    const QJsonObject taxonomies = stored.article.extra.take(kTermsKey).toObject();
    for (auto taxonomy = taxonomies.constBegin(); taxonomy != taxonomies.constEnd(); ++taxonomy) {
        const QJsonObject names = taxonomy.value().toObject();
        for (auto term = names.constBegin(); term != names.constEnd(); ++term)
            stored.terms[taxonomy.key()].insert(term.key().toLongLong(), term.value().toString());
    }
    stored.article.remote = {};
    return stored;
}

Article merged(const Stored &stored, const Article &pulled, const QString &content,
               QStringList *notes)
{
    const QHash<QString, QString> now = contentDigests(content);
    Article article = stored.article;
    ArticleMeta &meta = article.meta;
    meta.title = pulled.meta.title;
    meta.slug = pulled.meta.slug;
    meta.excerpt = pulled.meta.excerpt;
    meta.focusKeyword = pulled.meta.focusKeyword;
    // WordPress keeps a post's terms as a set and lists them in an order of its own: the
    // article's order stands while the set is the same.
    if (!sameTerms(meta.categories, pulled.meta.categories))
        meta.categories = pulled.meta.categories;
    if (!sameTerms(meta.tags, pulled.meta.tags))
        meta.tags = pulled.meta.tags;
    if (pulled.meta.published.isValid())
        meta.published = pulled.meta.published;

    article.sections.clear();
    for (const Section &section : pulled.sections) {
        const qsizetype index = stored.article.indexOfSection(section.id);
        const QString digest = stored.publishedDigests.value(section.id);
        if (index >= 0 && !digest.isEmpty() && now.value(section.id) == digest) {
            article.sections.append(stored.article.sections.at(index));
            continue;
        }
        article.sections.append(section);
        if (notes && index >= 0) {
            notes->append(QCoreApplication::translate(
                              "quorum::SiteArticle",
                              "“%1” was changed in the block editor; it is read from the post.")
                              .arg(section.heading));
        }
    }
    article.remote = pulled.remote;
    return article;
}

std::optional<Article> syncBase(const Article &article)
{
    const QJsonObject base = article.remote.extra.value(kBaseKey).toObject();
    if (base.isEmpty())
        return std::nullopt;
    const ArticleFile::LoadResult loaded = ArticleFile::parse(QJsonDocument(base).toJson());
    if (!loaded.ok)
        return std::nullopt;
    return loaded.article;
}

void setSyncBase(RemoteBinding *binding, const Article &synced)
{
    binding->extra.insert(kBaseKey, articleToJson(withoutBinding(synced)));
}

} // namespace quorum::SiteArticle
