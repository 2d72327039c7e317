// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishjob.h"

#include "contentrenderer.h"
#include "footnotesmeta.h"
#include "htmlentities.h"
#include "siteaddress.h"

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

QStringList uniqueNames(const QStringList &names)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed.toLower())) {
            seen.insert(trimmed.toLower());
            unique.append(trimmed);
        }
    }
    return unique;
}

// The id a 2xx answer gives to what was saved or uploaded; 0 when it has none, which WordPress
// never sends.
qint64 idIn(const QJsonObject &answer)
{
    const QJsonValue id = answer.value(u"id"_s);
    return id.isDouble() ? std::max<qint64>(id.toInteger(), 0) : 0;
}

// A short technical view of an answer, for PublishError::detail.
QString excerptOf(const QJsonValue &answer)
{
    const QByteArray json =
        answer.isObject()  ? QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact)
        : answer.isArray() ? QJsonDocument(answer.toArray()).toJson(QJsonDocument::Compact)
                           : QByteArray("(not an object)");
    return QString::fromUtf8(json.left(300));
}

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
              checkPost();
          });
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
              if (modified != m_article.remote.modifiedGmt && !m_options.overwrite)
                  return checkOwnSave(id, modified);
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
                  m_postId = id;
                  resolveTerms();
              });
          });
}

void PublishJob::failConflict(const QString &modified)
{
    fail(PublishError::make(
        PublishError::Kind::Conflict,
        tr("The post was changed on the site since Quorum last published it."),
        tr("Overwrite the changes on the site, open the site's version as a new article, or "
           "cancel."),
        tr("modified_gmt on the site %1, at the last sync %2")
            .arg(modified, m_article.remote.modifiedGmt)));
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

void PublishJob::resolveTerms()
{
    const QStringList categories = uniqueNames(m_article.meta.categories);
    const QStringList tags = uniqueNames(m_article.meta.tags);
    m_termsLeft = int(categories.size() + tags.size());
    if (m_termsLeft == 0)
        return uploadMedia();
    emit stepStarted(Step::ResolvingTerms);
    // Independent of each other, so all at once.
    for (const QString &name : categories)
        resolveTerm(u"categories"_s, name);
    for (const QString &name : tags)
        resolveTerm(u"tags"_s, name);
}

void PublishJob::resolveTerm(const QString &taxonomy, const QString &name)
{
    if (m_options.dryRun)
        return searchTerm(taxonomy, name);
    // Creating is also the cheapest lookup: for an existing term WordPress answers
    // term_exists with the term's id.
    track(m_client->post(u"wp/v2/"_s + taxonomy, {{u"name"_s, name}}),
          [this, taxonomy, name](WordPressReply *reply) {
              if (reply->isOk())
                  return termResolved(taxonomy, name, reply->object().value(u"id"_s).toInteger());
              const QJsonObject data = reply->object().value(u"data"_s).toObject();
              if (reply->error().code == u"term_exists" && data.contains(u"term_id"_s))
                  return termResolved(taxonomy, name, data.value(u"term_id"_s).toInteger());
              if (reply->error().kind == PublishError::Kind::Forbidden)
                  return searchTerm(taxonomy, name); // may assign terms, not create them
              fail(reply->error());
          });
}

void PublishJob::searchTerm(const QString &taxonomy, const QString &name)
{
    track(m_client->get(
              u"wp/v2/"_s + taxonomy,
              {{u"search"_s, name}, {u"per_page"_s, u"100"_s}, {u"_fields"_s, u"id,name"_s}}),
          [this, taxonomy, name](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              for (const QJsonValue &value : reply->json().toArray()) {
                  const QJsonObject term = value.toObject();
                  if (decodeHtmlEntities(term.value(u"name"_s).toString())
                          .compare(name, Qt::CaseInsensitive) == 0)
                      return termResolved(taxonomy, name, term.value(u"id"_s).toInteger());
              }
              if (m_options.dryRun) {
                  (taxonomy == u"categories" ? m_plan.categoriesToCreate : m_plan.tagsToCreate)
                      .append(name);
                  return termResolved(taxonomy, name, 0);
              }
              const QString message =
                  taxonomy == u"categories"
                      ? tr("The category \"%1\" does not exist on the site, and this user may "
                           "not create it.")
                      : tr("The tag \"%1\" does not exist on the site, and this user may not "
                           "create it.");
              fail(PublishError::make(PublishError::Kind::MissingTerm, message.arg(name),
                                      tr("Ask an editor to create it, or remove it from the "
                                         "article.")));
          });
}

void PublishJob::termResolved(const QString &taxonomy, const QString &name, qint64 id)
{
    (taxonomy == u"categories" ? m_categoryIds : m_tagIds).insert(name.toLower(), id);
    if (--m_termsLeft == 0)
        uploadMedia();
}

bool PublishJob::readImages()
{
    // The featured image and every image the text names by a path relative to the article;
    // web and data: addresses are published as they are.
    QStringList paths;
    if (!m_article.meta.featuredImage.isEmpty())
        paths.append(m_article.meta.featuredImage);
    QHash<QString, QString> pathOfAddress;
    ContentRenderer collector(RenderFormat::Blocks);
    collector.setImageResolver([&](const QString &address) {
        const QUrl url(address);
        if (url.isRelative() && !address.startsWith(u'/') && !address.isEmpty()) {
            const QString path = QUrl::fromPercentEncoding(url.path().toUtf8());
            pathOfAddress.insert(address, path);
            if (!paths.contains(path))
                paths.append(path);
        }
        return ResolvedImage{address};
    });
    collector.render(m_article);

    for (const QString &path : std::as_const(paths)) {
        QFile file(QDir(m_options.baseDirectory).filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            const bool featured = path == m_article.meta.featuredImage;
            fail(PublishError::make(
                PublishError::Kind::ImageUnreadable,
                (featured ? tr("The featured image %1 cannot be read.")
                          : tr("The image %1 in the text cannot be read."))
                    .arg(path),
                tr("Check that the file exists next to the article, or choose another image."),
                file.errorString()));
            return false;
        }
        const QByteArray data = file.readAll();
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        auto image = std::find_if(m_images.begin(), m_images.end(),
                                  [&](const Image &known) { return known.hash == hash; });
        if (image == m_images.end()) {
            Image read;
            read.hash = hash;
            read.path = path;
            read.fileName = QFileInfo(file.fileName()).fileName();
            read.data = data;
            m_images.append(read);
            image = std::prev(m_images.end());
        }
        image->featured = image->featured || path == m_article.meta.featuredImage;
        for (auto it = pathOfAddress.cbegin(); it != pathOfAddress.cend(); ++it) {
            if (it.value() == path)
                image->addresses.append(it.key());
        }
    }
    return true;
}

void PublishJob::uploadMedia()
{
    if (m_images.isEmpty())
        return m_options.dryRun ? finishDryRun() : savePost();
    emit stepStarted(Step::UploadingMedia);
    lookUpKnownMedia([this] { uploadMissingImages(); });
}

void PublishJob::lookUpKnownMedia(const std::function<void()> &then)
{
    QStringList known;
    for (const Image &image : std::as_const(m_images)) {
        if (m_media.contains(image.hash))
            known.append(QString::number(m_media.value(image.hash).toInteger()));
    }
    if (known.isEmpty() || m_knownMediaLookedUp) {
        m_knownMediaLookedUp = true;
        return then();
    }
    // The site has had these images. Whether it still has them is worth one small request
    // for all of them: a post saved with a deleted media id fails only after WordPress has
    // stored the post. The answer also gives their addresses for the text.
    track(m_client->get(u"wp/v2/media"_s, {{u"include"_s, known.join(u',')},
                                           {u"per_page"_s, u"100"_s},
                                           {u"_fields"_s, u"id,source_url"_s}}),
          [this, then](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              QHash<qint64, QString> present;
              for (const QJsonValue &value : reply->json().toArray()) {
                  present.insert(value[u"id"_s].toInteger(), value[u"source_url"_s].toString());
              }
              for (Image &image : m_images) {
                  if (!m_media.contains(image.hash))
                      continue;
                  const qint64 id = m_media.value(image.hash).toInteger();
                  if (present.contains(id)) {
                      image.id = id;
                      image.url = present.value(id);
                  } else {
                      m_media.remove(image.hash);
                  }
              }
              m_knownMediaLookedUp = true;
              then();
          });
}

void PublishJob::uploadMissingImages()
{
    m_uploadsLeft = 0;
    for (const Image &image : std::as_const(m_images)) {
        if (image.id > 0)
            m_plan.mediaKept.append(image.path);
        else
            m_plan.mediaToUpload.append(image.path);
    }
    if (m_options.dryRun)
        return finishDryRun();
    // Independent of each other, so all at once.
    for (qsizetype i = 0; i < m_images.size(); ++i) {
        if (m_images.at(i).id <= 0) {
            ++m_uploadsLeft;
            uploadImage(i, true);
        }
    }
    if (m_uploadsLeft == 0)
        savePostWithImages();
}

void PublishJob::uploadImage(qsizetype i, bool mayRetry)
{
    const Image &image = m_images.at(i);
    const QString mimeType =
        QMimeDatabase().mimeTypeForFileNameAndData(image.fileName, image.data).name();
    WordPressClient::Query query{{u"_fields"_s, u"id,source_url"_s}};
    if (image.featured)
        query.append({u"alt_text"_s, m_article.meta.featuredImageAlt});
    // The media endpoint takes the file as the raw body and its fields in the query.
    track(
        m_client->upload(u"wp/v2/media"_s, image.data, image.fileName, mimeType, query),
        [this, i, mayRetry](WordPressReply *reply) {
            if (!reply->isOk()) {
                // Parallel uploads race to create the month's upload folder on the server
                // (WordPress's wp_mkdir_p fails when another request made it first), and
                // the loser reports a sideload error. The folder exists now: try once more.
                if (mayRetry && reply->error().code == u"rest_upload_sideload_error")
                    return uploadImage(i, false);
                return fail(reply->error());
            }
            Image &image = m_images[i];
            image.id = idIn(reply->object());
            if (image.id == 0) {
                return fail(PublishError::make(
                    PublishError::Kind::MalformedAnswer,
                    tr("The site's answer to uploading the image %1 does not say which media "
                       "item it became.")
                        .arg(image.path),
                    tr("Try again; if it keeps happening, a plugin or proxy on the site may be "
                       "changing its answers."),
                    tr("an upload answer without a numeric id: %1").arg(excerptOf(reply->json()))));
            }
            image.url = reply->object().value(u"source_url"_s).toString();
            m_media.insert(image.hash, image.id);
            if (--m_uploadsLeft == 0)
                savePostWithImages();
        });
}

void PublishJob::savePostWithImages()
{
    for (const Image &image : std::as_const(m_images)) {
        if (image.featured)
            m_mediaId = image.id;
    }
    savePost();
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
    track(
        m_client->post(route, postFields(notes),
                       {{u"_fields"_s, u"id,link,status,modified_gmt,meta"_s}}),
        [this, footnotes](WordPressReply *reply) {
            if (!reply->isOk()) {
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
                m_warnings.append(
                    tr("The site did not store the focus keyword “%1”: it does not accept "
                       "the %2 field. Install the Quorum plugin on the site "
                       "(Quorum comes with it, in %3), or set the keyword in WordPress.")
                        .arg(keyword, focusKeywordMetaKey(), pluginFolder()));
            }
            if (footnotes > 0 && !post.value(u"meta"_s).toObject().contains(FootnotesMeta::key())) {
                m_warnings.append(tr("The site keeps no footnotes, so the post shows the numbers "
                                     "of its %n footnote(s) but not their text. Footnotes "
                                     "need WordPress 6.3 or later.",
                                     nullptr, int(footnotes)));
            }
            end();
            emit succeeded(m_binding);
            emit finished();
        });
}

} // namespace quorum
