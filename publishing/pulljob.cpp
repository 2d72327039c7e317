// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "pulljob.h"

#include "footnotesmeta.h"
#include "htmlentities.h"
#include "postcontentreader.h"
#include "reviewworkflow.h"
#include "siteaddress.h"
#include "sitearticle.h"
#include "wordpressclient.h"

#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

PullJob::PullJob(const PublishTarget &target, qint64 postId, QObject *parent)
    : RestJob(target, parent)
    , m_postId(postId)
{}

void PullJob::start()
{
    if (!begin())
        return;
    if (m_postId <= 0) {
        return fail(PublishError::make(PublishError::Kind::InvalidArticle,
                                       tr("%1 is not a post id.").arg(m_postId),
                                       tr("Give the number WordPress shows for the post.")));
    }
    const QUrl site = checkedSite();
    if (!site.isValid())
        return;
    m_article.remote.site = site.toString();
    setUpClient(site);
    track(m_client->discover(), [this](WordPressReply *reply) {
        if (!reply->isOk())
            return fail(reply->error());
        // Whether the site runs the Quorum plugin decides only whether the article it keeps
        // with the post is trusted; a site that hides its index has none.
        readSiteIndex([this](const QJsonObject &index) {
            m_sitePlugin = !SiteArticle::pluginVersion(index).isEmpty();
            if (m_sitePlugin)
                m_notes = SiteNotes::support(index);
            readPost();
        });
    });
}

void PullJob::readPost()
{
    track(m_client->get(u"wp/v2/posts/%1"_s.arg(m_postId),
                        {{u"context"_s, u"edit"_s},
                         {u"_fields"_s, u"id,title,content,excerpt,slug,status,link,modified_gmt,"
                                        u"date_gmt,categories,tags,featured_media,meta"_s}}),
          [this](WordPressReply *reply) {
              if (!reply->isOk()) {
                  if (reply->error().kind != PublishError::Kind::NotFound)
                      return fail(reply->error());
                  PublishError missing = reply->error();
                  missing.message = tr("The site has no post %1.").arg(m_postId);
                  missing.fix = tr("Check the post id: WordPress shows it in the address when "
                                   "you edit the post (post=ID).");
                  return fail(missing);
              }
              const QJsonObject post = reply->object();
              if (m_sitePlugin)
                  readStoredArticle(post[u"meta"_s][SiteArticle::metaKey()].toString());
              ArticleMeta &meta = m_article.meta;
              meta.title = post[u"title"_s][u"raw"_s].toString();
              meta.slug = post[u"slug"_s].toString();
              meta.excerpt = post[u"excerpt"_s][u"raw"_s].toString();
              meta.focusKeyword =
                  post[u"meta"_s].toObject().value(PublishJob::focusKeywordMetaKey()).toString();
              const QString status = post[u"status"_s].toString();
              if (status == u"publish" || status == u"future") {
                  QDateTime date =
                      QDateTime::fromString(post[u"date_gmt"_s].toString(), Qt::ISODate);
                  date.setTimeSpec(Qt::UTC);
                  meta.published = date;
              }
              RemoteBinding &remote = m_article.remote;
              remote.postId = post[u"id"_s].toInteger();
              remote.link = post[u"link"_s].toString();
              remote.status = status;
              remote.modifiedGmt = post[u"modified_gmt"_s].toString();
              // The footnotes' contents (WordPress 6.3 and later): a value that is not a list
              // of them leaves the blocks that refer to footnotes as they are.
              const std::optional<QList<PostFootnote>> footnotes = FootnotesMeta::fromJson(
                  post[u"meta"_s].toObject().value(FootnotesMeta::key()).toString());
              if (!footnotes) {
                  m_warnings.append(tr("The post's list of footnotes cannot be read, so the "
                                       "blocks that refer to footnotes are kept as they are."));
              }
              m_content = post[u"content"_s][u"raw"_s].toString();
              m_article.sections = PostContentReader::read(
                  m_content, footnotes.value_or(QList<PostFootnote>()), &m_quorumPost, &m_warnings);
              if (post[u"featured_media"_s].toInteger() > 0) {
                  m_warnings.append(tr("The post's featured image stays on the site; choose an "
                                       "image file in the article's details before publishing "
                                       "it again, or the post loses its featured image."));
              }

              const QJsonArray categories = post[u"categories"_s].toArray();
              const QJsonArray tags = post[u"tags"_s].toArray();
              m_termListsLeft = 2;
              readTerms(u"categories"_s, categories, &m_article.meta.categories);
              readTerms(u"tags"_s, tags, &m_article.meta.tags);
          });
}

void PullJob::readStoredArticle(const QString &text)
{
    if (text.isEmpty())
        return;
    QString why;
    m_stored = SiteArticle::read(text, &why);
    if (!m_stored) {
        m_warnings.append(tr("The article Quorum keeps with the post cannot be read (%1), so it "
                             "was rebuilt from the post's content.")
                              .arg(why));
    }
}

void PullJob::readTerms(const QString &taxonomy, const QJsonArray &ids, QStringList *names)
{
    if (ids.isEmpty())
        return termsRead();
    // Terms the stored article names need no request: the names it was published with.
    if (m_stored) {
        const QHash<qint64, QString> known = m_stored->terms.value(taxonomy);
        QStringList found;
        for (const QJsonValue &id : ids) {
            if (known.contains(id.toInteger()))
                found.append(known.value(id.toInteger()));
        }
        if (found.size() == ids.size()) {
            *names = found;
            return termsRead();
        }
    }
    QStringList include;
    for (const QJsonValue &id : ids)
        include.append(QString::number(id.toInteger()));
    track(m_client->get(u"wp/v2/"_s + taxonomy, {{u"include"_s, include.join(u',')},
                                                 {u"per_page"_s, u"100"_s},
                                                 {u"_fields"_s, u"id,name"_s}}),
          [this, ids, names](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              QHash<qint64, QString> byId;
              for (const QJsonValue &term : reply->json().toArray())
                  byId.insert(term[u"id"_s].toInteger(),
                              decodeHtmlEntities(term[u"name"_s].toString()));
              // In the post's order.
              for (const QJsonValue &id : ids) {
                  if (byId.contains(id.toInteger()))
                      names->append(byId.value(id.toInteger()));
              }
              termsRead();
          });
}

void PullJob::termsRead()
{
    if (--m_termListsLeft > 0)
        return;
    if (m_stored) {
        m_article = SiteArticle::merged(*m_stored, m_article, m_content, &m_warnings);
    }
    if (m_notes != SiteNotes::Support::None)
        return readNotes(1);
    finishPull();
}

void PullJob::readNotes(int page)
{
    track(m_client->get(u"wp/v2/comments"_s, SiteNotes::listQuery(m_postId, page)),
          [this, page](WordPressReply *reply) {
              if (!reply->isOk()) {
                  // The post came back; its comments are as the site's article keeps them.
                  m_warnings.append(tr("The post's Notes could not be read (%1), so the review "
                                       "comments are as they were last published.")
                                        .arg(reply->error().message));
                  return finishPull();
              }
              m_siteNotes.append(SiteNotes::readNotes(reply->json().toArray()));
              if (page < reply->rawHeader("X-WP-TotalPages").toInt())
                  return readNotes(page + 1);
              m_article.comments = SiteNotes::pulledComments(m_article, m_siteNotes, m_content);
              finishPull();
          });
}

void PullJob::finishPull()
{
    // What a public post shows is what was published: the snapshot that "Compare with
    // Published" compares with, and that publishing it again needs no approval for. It was
    // taken when the site last saved the post, by someone the post does not name.
    // A snapshot the stored article already holds of this very text is kept, with its date
    // and author.
    const QString &status = m_article.remote.status;
    if ((status == u"publish" || status == u"future") && !snapshotIsCurrent()) {
        QDateTime saved = QDateTime::fromString(m_article.remote.modifiedGmt, Qt::ISODate);
        saved.setTimeSpec(Qt::UTC);
        if (!saved.isValid())
            saved = QDateTime::currentDateTimeUtc();
        recordPublication(&m_article, {}, saved.addMSecs(-saved.time().msec()));
    }
    SiteArticle::setSyncBase(&m_article.remote, m_article);
    end();
    emit succeeded(m_article);
    emit finished();
}

bool PullJob::snapshotIsCurrent() const
{
    const std::optional<Revision> &published = m_article.review.published;
    if (!m_stored || !published)
        return false;
    ArticleMeta meta = m_article.meta;
    meta.reviewStatus = ReviewStatus::Published;
    return published->sections == m_article.sections && published->meta == meta;
}

} // namespace quorum
