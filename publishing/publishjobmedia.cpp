// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
// PublishJob's images: which files the article uses, which of them the site has, and the
// uploads of the rest.
#include "publishjob.h"

#include "restanswer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace quorum {

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

} // namespace quorum
