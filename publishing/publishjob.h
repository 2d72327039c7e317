// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "contentrenderer.h"
#include "publisherror.h"
#include "restjob.h"
#include "sitenotes.h"
#include "wordpressclient.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace quorum {

class NotesSync;

struct PublishOptions
{
    /// "draft", "pending", "publish", "private", or "future" (at the article's publication
    /// date).
    QString status = QStringLiteral("draft");
    /// The folder image paths in the article are relative to (the .quorum file's folder).
    QString baseDirectory;
    /// Update the post even when it was changed on the site since the last sync.
    bool overwrite = false;
    /// With `overwrite`: the site's modified_gmt the writer was shown (a Conflict's
    /// PublishError::siteModified), so that a version that arrived after it is not
    /// overwritten. Empty: the version this job's own check finds.
    QString overwriteExpected;
    /// Change nothing on the site: find out what a publish would do (PublishJob::plan()).
    bool dryRun = false;
};

/// What a publish would do, as a dry run found it.
struct PublishPlan
{
    qint64 postId = 0; ///< the post that would be updated; 0 when a new post would be created
    QString status;
    QStringList categoriesToCreate;
    QStringList tagsToCreate;
    QStringList mediaToUpload; ///< image paths as the article names them
    QStringList mediaKept;     ///< images the site has already

    bool operator==(const PublishPlan &) const = default;
};

/// Publishes one snapshot of an article to a WordPress site, in steps: find the REST API,
/// check the bound post (or look for one a lost answer created), resolve categories and tags,
/// upload the featured image and the images in the text unless the site has them, create or
/// update the post. The focus keyword goes into the post meta `_yoast_wpseo_focuskw`, which
/// WordPress stores only when a plugin registers it for REST (the Quorum plugin,
/// pluginFolder()); when the answer shows it was not stored, warnings() says so. The
/// footnotes' contents go into the post meta `footnotes` (ContentRenderer::footnotes()), which
/// WordPress 6.3 and later keep; an older site ignores it, and warnings() says that the post
/// shows no list of them.
///
/// It never writes a file or touches an ArticleDocument (it only reads the images): at the end
/// it reports the new RemoteBinding, and the caller writes it back into the article. Which
/// images the site has is remembered in the binding's `extra["media"]`, content hash to media
/// id, so an image is uploaded once: the map is read whenever the binding names the job's site
/// (with or without a post), and keptBinding() hands it back after a failure too.
///
/// Where the Quorum plugin says that the site keeps Notes (WordPress 6.9 and later), the review
/// comments become the post's Notes once it is saved (NotesSync), and each section's heading
/// names its threads (SiteNotes::headingNotes). A thread made in this publish has its id only
/// after the save, so the post is then saved a second time, with every field again (the
/// headings naming the new threads, the article it keeps recording their ids), expecting the
/// modified_gmt the first save returned (the plugin's precondition, as any update). What fails
/// from there on is a warning: the post is on the site.
///
/// A bound post whose modified_gmt changed on the site is a Conflict, unless the site's title,
/// excerpt and content are exactly what this job would send: then the change was this
/// article's own save whose answer was lost, and the job goes on.
class PublishJob : public RestJob
{
    Q_OBJECT

public:
    enum class Step
    {
        Connecting,     ///< finding the site's REST API, checking the credentials
        CheckingPost,   ///< checking the bound post, or looking for one already created
        ResolvingTerms, ///< finding or creating categories and tags
        UploadingMedia, ///< uploading the featured image and the images in the text
        SavingPost,     ///< creating or updating the post
        SyncingNotes,   ///< the review comments as the post's Notes (SiteNotes), where it has them
    };
    Q_ENUM(Step)

    PublishJob(const Article &article, const PublishTarget &target, const PublishOptions &options,
               QObject *parent = nullptr);
    ~PublishJob() override;

    /// Starts publishing; the outcome is succeeded() or failed(), then finished(). What can be
    /// found wrong without the network (an invalid address, plain http, an unreadable image)
    /// fails from within start(). A job runs once: later calls do nothing.
    void start();

    /// The binding after succeeded(): site, post id, link, status, modified_gmt, media map.
    const RemoteBinding &binding() const { return m_binding; }
    /// What the caller should keep in the article once the job ended, however it ended: after
    /// succeeded() the binding(); after failed() the article's binding with the media map as
    /// the job left it (images uploaded before a refused or lost save, media found deleted),
    /// so that the next job does not upload them again. An article bound to a post on another
    /// site keeps its binding as it was.
    RemoteBinding keptBinding() const;
    /// The binding to publish `binding`'s article as a new post with: no post, but the site
    /// and its media map, because the images are still in the site's media library.
    static RemoteBinding asNewPost(const RemoteBinding &binding);
    /// Where the Quorum plugin for WordPress is on this computer, for messages: the folder
    /// installed with Quorum (share/quorum/wordpress-plugins/quorum).
    static QString pluginFolder();
    /// After succeeded(): the article's comments with the ids of their Notes on the post
    /// (SiteNotes::idKey()), for the caller to write back with the binding. Those of an article
    /// published to another post than its binding's lose theirs.
    const QList<ReviewComment> &comments() const { return m_article.comments; }
    /// After succeeded(): what the writer should know although the post is on the site,
    /// such as a focus keyword the site did not store.
    const QStringList &warnings() const { return m_warnings; }
    /// After a dry run succeeded: what publishing would do. binding() is then the article's.
    const PublishPlan &plan() const { return m_plan; }
    /// The post meta key of the focus keyword (Yoast SEO's).
    static QString focusKeywordMetaKey();
    /// After the job connected: the version of the Quorum plugin the site runs, or empty.
    const QString &sitePluginVersion() const { return m_pluginVersion; }
    /// What the Quorum plugin would add on a site without it, for a notice.
    static QString pluginAdvice();
    /// A plain description of a step, for progress displays.
    static QString stepText(Step step);
    /// The key of RemoteBinding::extra that holds the content hash to media id map.
    static QString mediaKey();

signals:
    /// A step begins; emitted once per step, in the order of Step. Steps with nothing to do
    /// (no featured image) are left out.
    void stepStarted(quorum::PublishJob::Step step);
    /// The post is on the site; write `binding` back into the article and save it.
    void succeeded(const quorum::RemoteBinding &binding);

private:
    void checkCredentials();
    void readPluginIndex();
    void checkPost();
    void checkOwnSave(qint64 id, const QString &modified);
    void failConflict(const QString &modified);
    void findLostPost();
    void resolveTerms();
    void resolveTerm(const QString &taxonomy, const QString &name);
    void searchTerm(const QString &taxonomy, const QString &name);
    void termResolved(const QString &taxonomy, const QString &name, qint64 id);
    bool readImages();
    void uploadMedia();
    void lookUpKnownMedia(const std::function<void()> &then);
    void uploadMissingImages();
    void uploadImage(qsizetype index, bool mayRetry);
    void savePostWithImages();
    void savePost();
    void saved(WordPressReply *reply, qsizetype footnotes);
    WordPressClient::Headers saveHeaders() const;
    QString storedArticle() const;
    // publishjobnotes.cpp
    void syncNotes();
    void notesSynced();
    void saveNoteAnchors();
    void finishPublish();
    void finishDryRun();
    ContentRenderer renderer() const;
    QString render() const;
    QJsonObject postFields(const QList<PostFootnote> &footnotes) const;
    bool isBound() const;
    static QStringList uniqueNames(const QStringList &names);
    bool isOnSite() const;

    Article m_article;
    PublishOptions m_options;
    QUrl m_site;

    /// An image file the post uses, once however many times the article names it.
    struct Image
    {
        QString hash; ///< SHA-256 of the bytes, hex
        QString path; ///< as the article names it first
        QString fileName;
        QByteArray data;
        QStringList addresses; ///< how the Markdown text refers to it
        bool featured = false;
        qint64 id = 0; ///< media id on the site, once known
        QString url;   ///< its address on the site, once known
    };
    QList<Image> m_images;
    int m_uploadsLeft = 0;
    bool m_knownMediaLookedUp = false;
    QJsonObject m_media;
    qint64 m_mediaId = 0;
    qint64 m_postId = 0;                  ///< the post to update; 0 to create one
    QHash<QString, qint64> m_categoryIds; ///< by name, lowercase
    QHash<QString, qint64> m_tagIds;
    int m_termsLeft = 0;
    QString m_siteFootnotes; ///< the bound post's meta `footnotes` as the site holds it
    QString m_pluginVersion; ///< the Quorum plugin's, when the site runs it
    SiteNotes::Support m_notes = SiteNotes::Support::None; ///< as the plugin says
    std::unique_ptr<NotesSync> m_notesSync;
    /// The modified_gmt the update expects the post to have (sent to the Quorum plugin, which
    /// refuses the update when the post has another one).
    QString m_expectedModified;

    RemoteBinding m_binding;
    QStringList m_warnings;
    PublishPlan m_plan;
};

} // namespace quorum
