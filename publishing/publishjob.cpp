// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishjob.h"

#include "contentrenderer.h"
#include "footnotesmeta.h"
#include "restanswer.h"
#include "siteaddress.h"
#include "sitearticle.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

const QStringList kStatuses = {u"draft"_s, u"pending"_s, u"publish"_s, u"private"_s, u"future"_s};

} // namespace

PublishJob::PublishJob(const Article &article, const PublishTarget &target,
                       const PublishOptions &options, QObject *parent)
    : RestJob(target, parent)
    , m_article(article)
    , m_options(options)
{}

QString PublishJob::mediaKey()
{
    return u"media"_s;
}

RemoteBinding PublishJob::keptBinding() const
{
    if (!error().isError())
        return m_binding.isEmpty() ? m_article.remote : m_binding;
    RemoteBinding kept = m_article.remote;
    if (!m_site.isValid())
        return kept;
    if (!isOnSite()) {
        // A post on another site outweighs a media map on this one: the binding holds one site.
        if (kept.postId > 0 || m_media.isEmpty())
            return kept;
        kept = {};
        kept.site = m_site.toString();
    }
    if (m_media.isEmpty())
        kept.extra.remove(mediaKey());
    else
        kept.extra.insert(mediaKey(), m_media);
    return kept;
}

RemoteBinding PublishJob::asNewPost(const RemoteBinding &binding)
{
    const QJsonObject media = binding.extra.value(mediaKey()).toObject();
    if (media.isEmpty())
        return {};
    RemoteBinding fresh;
    fresh.site = binding.site;
    fresh.extra.insert(mediaKey(), media);
    return fresh;
}

QString PublishJob::pluginFolder()
{
    // Where this Quorum is installed, when it is; otherwise where `make install` puts it.
    const QString relative = u"quorum/wordpress-plugins/quorum"_s;
    const QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative,
                                                 QStandardPaths::LocateDirectory);
    return QDir::toNativeSeparators(
        found.isEmpty() ? QString::fromUtf8(QUORUM_INSTALL_DATADIR) + u'/' + relative : found);
}

QString PublishJob::focusKeywordMetaKey()
{
    return u"_yoast_wpseo_focuskw"_s;
}

QString PublishJob::stepText(Step step)
{
    switch (step) {
    case Step::Connecting:
        return tr("Connecting to the site");
    case Step::CheckingPost:
        return tr("Checking the post on the site");
    case Step::ResolvingTerms:
        return tr("Preparing categories and tags");
    case Step::UploadingMedia:
        return tr("Uploading images");
    case Step::SavingPost:
        return tr("Saving the post");
    case Step::SyncingNotes:
        return tr("Sending the review comments as Notes");
    }
    return {};
}

bool PublishJob::isOnSite() const
{
    const QString &site = m_article.remote.site;
    return !site.isEmpty() && SiteAddress::normalized(site) == m_site;
}

bool PublishJob::isBound() const
{
    return m_article.remote.postId > 0 && isOnSite();
}

void PublishJob::start()
{
    if (!begin())
        return;
    m_binding = {};
    m_warnings.clear();
    m_plan = {};
    m_plan.status = m_options.status;
    // Everything that can be found wrong without the network is found first, so that a
    // mistake never leaves half a publish on the site.
    m_site = checkedSite();
    if (!m_site.isValid())
        return;
    // The media map applies to the site, with or without a post: a failed or "as new" publish
    // keeps it (keptBinding(), asNewPost()).
    if (isOnSite()) {
        m_binding.extra = m_article.remote.extra;
        m_media = m_binding.extra.value(mediaKey()).toObject();
    }
    if (!kStatuses.contains(m_options.status)) {
        return fail(PublishError::make(
            PublishError::Kind::InvalidArticle,
            tr("\"%1\" is not a post status WordPress knows.").arg(m_options.status)));
    }
    if (m_options.status == u"future" && !m_article.meta.published.isValid()) {
        return fail(PublishError::make(PublishError::Kind::InvalidArticle,
                                       tr("A scheduled post needs a publication date."),
                                       tr("Set the date in the article's details.")));
    }
    if (!readImages())
        return;
    // Note ids name notes of the post the article is bound to, and of no other.
    if (!isBound())
        m_article.comments = SiteNotes::withoutIds(m_article.comments);

    setUpClient(m_site);
    emit stepStarted(Step::Connecting);
    track(m_client->discover(), [this](WordPressReply *reply) {
        if (!reply->isOk())
            return fail(reply->error());
        checkCredentials();
    });
}

void PublishJob::checkCredentials()
{
    // WordPress treats a wrong application password as no login at all, so a later request
    // would fail for a misleading reason ("status is forbidden"); this one answers 401.
    track(m_client->get(u"wp/v2/users/me"_s, {{u"_fields"_s, u"id"_s}}),
          [this](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              readPluginIndex();
          });
}

void PublishJob::readPluginIndex()
{
    readSiteIndex([this](const QJsonObject &index) {
        m_pluginVersion = SiteArticle::pluginVersion(index);
        m_notes = SiteNotes::support(index);
        checkPost();
    });
}

QString PublishJob::pluginAdvice()
{
    return tr("The Quorum plugin for WordPress would keep the whole article with the post "
              "(comments, review, voices and codings come back exactly when the post is opened "
              "from the site, and changes made meanwhile merge), and it would refuse a publish "
              "that would overwrite a colleague's at the same moment. `quorum plugin --zip "
              "quorum.zip` writes the plugin for the site's administrator to upload.");
}

void PublishJob::checkPost()
{
    emit stepStarted(Step::CheckingPost);
    if (!isBound())
        return findLostPost();

    // WordPress has no ETag or If-Match: this read is the only guard against overwriting
    // someone else's edit.
    const qint64 id = m_article.remote.postId;
    track(m_client->get(
              u"wp/v2/posts/%1"_s.arg(id),
              {{u"context"_s, u"edit"_s}, {u"_fields"_s, u"id,modified_gmt,status,meta"_s}}),
          [this, id](WordPressReply *reply) {
              if (!reply->isOk()) {
                  if (reply->error().kind != PublishError::Kind::NotFound)
                      return fail(reply->error());
                  PublishError gone = PublishError::make(
                      PublishError::Kind::PostGone, tr("The post was deleted on the site."),
                      tr("Publish the article as a new post, or cancel."), reply->error().detail);
                  gone.code = reply->error().code;
                  gone.httpStatus = reply->error().httpStatus;
                  return fail(gone);
              }
              const QJsonObject post = reply->object();
              if (post.value(u"status"_s).toString() == u"trash") {
                  return fail(PublishError::make(
                      PublishError::Kind::PostGone, tr("The post is in the site's trash."),
                      tr("Restore it in WordPress, publish the article as a new post, or "
                         "cancel.")));
              }
              m_siteFootnotes =
                  post.value(u"meta"_s).toObject().value(FootnotesMeta::key()).toString();
              const QString modified = post.value(u"modified_gmt"_s).toString();
              if (m_options.overwrite) {
                  // Only the version the writer was shown may be overwritten.
                  const QString &shown = m_options.overwriteExpected;
                  if (!shown.isEmpty() && modified != shown)
                      return failConflict(modified);
              } else if (modified != m_article.remote.modifiedGmt) {
                  return checkOwnSave(id, modified);
              }
              m_expectedModified = modified;
              m_postId = id;
              resolveTerms();
          });
}

void PublishJob::checkOwnSave(qint64 id, const QString &modified)
{
    // Quorum's own update changes modified_gmt too: when its answer was lost, the article
    // still holds the older value. The site's post is then exactly what this job would send,
    // which someone else's edit would not be.
    track(m_client->get(u"wp/v2/posts/%1"_s.arg(id),
                        {{u"context"_s, u"edit"_s}, {u"_fields"_s, u"id,title,excerpt,content"_s}}),
          [this, id, modified](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              const QJsonObject post = reply->object();
              const auto raw = [&post](const QString &field) {
                  return post.value(field)[u"raw"_s].toString();
              };
              if (raw(u"title"_s) != m_article.meta.title ||
                  raw(u"excerpt"_s) != m_article.meta.excerpt) {
                  return failConflict(modified);
              }
              // The content names the images by their addresses on the site.
              lookUpKnownMedia([this, id, modified, content = raw(u"content"_s)] {
                  if (render() != content)
                      return failConflict(modified);
                  m_expectedModified = modified;
                  m_postId = id;
                  resolveTerms();
              });
          });
}

void PublishJob::failConflict(const QString &modified)
{
    PublishError conflict = PublishError::make(
        PublishError::Kind::Conflict,
        tr("The post was changed on the site since Quorum last published it."),
        m_pluginVersion.isEmpty()
            ? tr("Overwrite the changes on the site, open the site's version as a new article, "
                 "or cancel.")
            : tr("Update from Site to merge the site's changes with yours, overwrite the "
                 "changes on the site, or cancel."),
        tr("modified_gmt on the site %1, at the last sync %2")
            .arg(modified, m_article.remote.modifiedGmt));
    conflict.siteModified = modified;
    fail(conflict);
}

void PublishJob::findLostPost()
{
    // A create whose answer was lost left a post that the article does not know about. It is
    // found by the anchors of the article's sections (random ids, kept across edits) and
    // adopted when its slug or title is the article's too. Not by slug alone: WordPress
    // drops the slug of a pending post by a user who may not publish.
    if (m_article.sections.isEmpty())
        return resolveTerms();
    QStringList anchors;
    for (const Section &section : std::as_const(m_article.sections))
        anchors.append(u"id=\""_s + ContentRenderer::anchorFor(section.id) + u'"');
    track(m_client->get(u"wp/v2/posts"_s,
                        {{u"search"_s, ContentRenderer::anchorFor(m_article.sections.first().id)},
                         {u"status"_s, u"any"_s},
                         {u"context"_s, u"edit"_s},
                         {u"per_page"_s, u"100"_s},
                         {u"_fields"_s, u"id,slug,title,content"_s}}),
          [this, anchors](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              const QString slug = m_article.meta.slug.trimmed();
              for (const QJsonValue &value : reply->json().toArray()) {
                  const QJsonObject post = value.toObject();
                  const QString content = post[u"content"_s][u"raw"_s].toString();
                  const bool sameName =
                      (!slug.isEmpty() && post[u"slug"_s].toString() == slug) ||
                      post[u"title"_s][u"raw"_s].toString() == m_article.meta.title;
                  const bool ours =
                      std::all_of(anchors.cbegin(), anchors.cend(),
                                  [&](const QString &anchor) { return content.contains(anchor); });
                  if (sameName && ours) {
                      m_postId = post[u"id"_s].toInteger();
                      break;
                  }
              }
              resolveTerms();
          });
}

void PublishJob::finishDryRun()
{
    m_plan.postId = m_postId;
    m_binding = m_article.remote;
    end();
    emit succeeded(m_binding);
    emit finished();
}

ContentRenderer PublishJob::renderer() const
{
    ContentRenderer renderer(RenderFormat::Blocks);
    renderer.setImageResolver([this](const QString &address) {
        for (const Image &image : m_images) {
            if (image.addresses.contains(address) && !image.url.isEmpty())
                return ResolvedImage{image.url, image.id};
        }
        return ResolvedImage{address};
    });
    if (m_notes != SiteNotes::Support::None)
        renderer.setHeadingNotes(SiteNotes::headingNotes(m_article, m_notes));
    return renderer;
}

QString PublishJob::render() const
{
    return renderer().render(m_article);
}

QJsonObject PublishJob::postFields(const QList<PostFootnote> &footnotes) const
{
    const ArticleMeta &meta = m_article.meta;
    QJsonArray categories;
    for (const QString &name : uniqueNames(meta.categories))
        categories.append(m_categoryIds.value(name.toLower()));
    QJsonArray tags;
    for (const QString &name : uniqueNames(meta.tags))
        tags.append(m_tagIds.value(name.toLower()));

    QJsonObject fields{
        {u"title"_s, meta.title},         {u"content"_s, render()},
        {u"excerpt"_s, meta.excerpt},     {u"status"_s, m_options.status},
        {u"categories"_s, categories},    {u"tags"_s, tags},
        {u"featured_media"_s, m_mediaId},
    };
    if (!meta.slug.trimmed().isEmpty())
        fields.insert(u"slug"_s, meta.slug.trimmed());
    // Sent even when empty, so that clearing the keyword clears it on the site. A site that
    // does not register the key ignores it without a word; savePost() checks the answer.
    QJsonObject postMeta{{focusKeywordMetaKey(), meta.focusKeyword.trimmed()}};
    // The footnotes likewise (WordPress before 6.3 has no such key), but only to a post that
    // has or gets some, so that a post without footnotes is left as it is.
    if (!footnotes.isEmpty() || !m_siteFootnotes.isEmpty())
        postMeta.insert(FootnotesMeta::key(), FootnotesMeta::valueFor(footnotes, m_siteFootnotes));
    if (!m_pluginVersion.isEmpty())
        postMeta.insert(SiteArticle::metaKey(), storedArticle());
    fields.insert(u"meta"_s, postMeta);
    if (m_options.status == u"future") {
        fields.insert(u"date_gmt"_s, meta.published.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s));
    }
    return fields;
}

void PublishJob::savePost()
{
    if (m_options.dryRun)
        return finishDryRun();
    emit stepStarted(Step::SavingPost);
    const QString route = m_postId > 0 ? u"wp/v2/posts/%1"_s.arg(m_postId) : u"wp/v2/posts"_s;
    const QList<PostFootnote> notes = renderer().footnotes(m_article);
    const qsizetype footnotes = notes.size();
    // Only the meta this job checks: the stored article would come back whole otherwise.
    const QString fields = u"id,link,status,modified_gmt,meta.%1,meta.%2"_s.arg(
        focusKeywordMetaKey(), FootnotesMeta::key());
    track(m_client->post(route, postFields(notes), {{u"_fields"_s, fields}}, saveHeaders()),
          [this, footnotes](WordPressReply *reply) { saved(reply, footnotes); });
}

QString PublishJob::storedArticle() const
{
    QHash<QString, QString> digests;
    for (const ContentRenderer::RenderedSection &section : renderer().renderSections(m_article))
        digests.insert(section.id, SiteArticle::blocksDigest(section.markup));
    // The names the ids stand for, so that a pull need not look them up.
    SiteArticle::TermNames terms;
    for (const QString &name : uniqueNames(m_article.meta.categories))
        terms[u"categories"_s].insert(m_categoryIds.value(name.toLower()), name);
    for (const QString &name : uniqueNames(m_article.meta.tags))
        terms[u"tags"_s].insert(m_tagIds.value(name.toLower()), name);
    return SiteArticle::write(m_article, digests, terms);
}

WordPressClient::Headers PublishJob::saveHeaders() const
{
    // The Quorum plugin compares the post's modified_gmt with this one inside WordPress, as
    // part of the save, so that no other save can come between the check and the write.
    if (m_pluginVersion.isEmpty() || m_postId <= 0 || m_expectedModified.isEmpty())
        return {};
    return {{SiteArticle::preconditionHeader(), m_expectedModified.toUtf8()}};
}

void PublishJob::saved(WordPressReply *reply, qsizetype footnotes)
{
    if (!reply->isOk()) {
        if (reply->error().code == SiteArticle::staleCode()) {
            return failConflict(reply->object()[u"data"_s][u"modified_gmt"_s].toString());
        }
        if (reply->error().kind != PublishError::Kind::NotFound || m_postId == 0)
            return fail(reply->error());
        return fail(PublishError::make(PublishError::Kind::PostGone,
                                       tr("The post was deleted on the site."),
                                       tr("Publish the article as a new post, or "
                                          "cancel."),
                                       reply->error().detail));
    }
    const QJsonObject post = reply->object();
    if (idIn(post) == 0) {
        return fail(PublishError::make(
            PublishError::Kind::MalformedAnswer,
            tr("The site's answer to saving the post does not say which post it is."),
            tr("Publish again: if the site saved the post, Quorum finds it. If it keeps "
               "happening, a plugin or proxy on the site may be changing its answers."),
            tr("a save answer without a numeric id: %1").arg(excerptOf(reply->json()))));
    }
    m_binding.site = m_site.toString();
    m_binding.postId = idIn(post);
    m_binding.link = post.value(u"link"_s).toString();
    m_binding.status = post.value(u"status"_s).toString();
    m_binding.modifiedGmt = post.value(u"modified_gmt"_s).toString();
    if (m_media.isEmpty())
        m_binding.extra.remove(mediaKey());
    else
        m_binding.extra.insert(mediaKey(), m_media);
    const QString keyword = m_article.meta.focusKeyword.trimmed();
    const QJsonValue stored = post.value(u"meta"_s).toObject().value(focusKeywordMetaKey());
    if (!keyword.isEmpty() && stored.toString() != keyword) {
        m_warnings.append(tr("The site did not store the focus keyword “%1”: it does not accept "
                             "the %2 field. Install the Quorum plugin on the site (Quorum comes "
                             "with it, in %3), or set the keyword in WordPress.")
                              .arg(keyword, focusKeywordMetaKey(), pluginFolder()));
    }
    if (footnotes > 0 && !post.value(u"meta"_s).toObject().contains(FootnotesMeta::key())) {
        m_warnings.append(tr("The site keeps no footnotes, so the post shows the numbers "
                             "of its %n footnote(s) but not their text. Footnotes "
                             "need WordPress 6.3 or later.",
                             nullptr, int(footnotes)));
    }
    if (m_notes != SiteNotes::Support::None)
        return syncNotes();
    finishPublish();
}

} // namespace quorum
