// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace quorum {

/// What Quorum knows of the Quorum plugin for WordPress (packaging/wordpress/quorum): the names
/// it uses, and how the article it keeps with a post is written and read back.
///
/// With the plugin, a post carries its whole article in the protected post meta
/// `_quorum_article`: the `.quorum` file format without the binding (which is each computer's
/// own), plus, under `publishedBlocks`, a fingerprint of the blocks each section was published
/// as. A pull takes a section from the stored article while the post still holds those very
/// blocks, and reads the section from the post's content once someone changed it in the block
/// editor.
namespace SiteArticle {

/// The post meta key the plugin registers.
QString metaKey();
/// The request header that carries the modified_gmt an update expects the post to have.
QByteArray preconditionHeader();
/// The error code of the plugin's refusal (HTTP 412) of an update whose expectation is stale.
QString staleCode();

/// The plugin's version as the REST index (`GET /wp-json/`) names it; empty without the plugin.
QString pluginVersion(const QJsonObject &index);

/// The fingerprint of one section's published markup: its top-level blocks as WordPress splits
/// them, without the white space between them and without the footnotes block (which comes
/// after the last section, wherever a pull puts it). Empty when the markup is not well-formed.
QString blocksDigest(const QString &markup);

/// The fingerprints of the sections of post `content` (blocksDigest() of each), by section id:
/// a section's blocks start at the heading block with its anchor and end before the next one.
QHash<QString, QString> contentDigests(const QString &content);

/// The names of the site's terms a post was published with, by taxonomy ("categories",
/// "tags") and id, so that a pull need not ask for them again.
using TermNames = QHash<QString, QHash<qint64, QString>>;

/// The stored article, as its value for the post meta: `article` without its binding, with
/// the fingerprints of the sections as published (section id to blocksDigest()) and the names
/// of the terms it was published with.
QString write(const Article &article, const QHash<QString, QString> &publishedDigests,
              const TermNames &terms = {});

struct Stored
{
    Article article;
    QHash<QString, QString> publishedDigests;
    TermNames terms;
};

/// Reads a value write() made. nullopt, with the reason in `error`, when `text` is no article.
std::optional<Stored> read(const QString &text, QString *error);

/// The article a post holds now: `stored` brought up to date with what the site's post says,
/// read from its `content` and fields into `pulled` (PullJob, PostContentReader). The post's
/// title, slug, excerpt, focus keyword, categories, tags and date win; a section whose blocks
/// are still those it was published as is the stored one, exactly (voices, codings, `extra`);
/// one changed in the block editor is read from the content, one added there is added, one
/// deleted there is gone. Comments, review and everything else come from `stored`. `notes`
/// receives a line per section that came from the content.
Article merged(const Stored &stored, const Article &pulled, const QString &content,
               QStringList *notes);

/// The article as last synced with the site (the base of a three-way merge), kept in the
/// binding (`remote.extra["base"]`); nullopt when the article has none or it cannot be read.
std::optional<Article> syncBase(const Article &article);
/// Keeps `synced` (without its binding) as the base in `binding`.
void setSyncBase(RemoteBinding *binding, const Article &synced);

} // namespace SiteArticle

} // namespace quorum
