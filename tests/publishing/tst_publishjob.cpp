// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "publishjob.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressblocks.h"
#include "wordpressfixture.h"

#include <QImage>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::WordPressUser;
using Kind = PublishError::Kind;
using Step = PublishJob::Step;

namespace {

struct Outcome
{
    bool finished = false;
    RemoteBinding binding;
    PublishError error;
    QList<Step> steps;
    int requests = 0;
    int uploads = 0;    ///< media the job sent to the site
    RemoteBinding kept; ///< PublishJob::keptBinding()
};

// A 1x1 PNG.
const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

QStringList sortedNames(const QJsonArray &terms)
{
    QStringList names;
    for (const QJsonValue &term : terms)
        names.append(term.toObject().value(u"name"_s).toString());
    names.sort();
    return names;
}

} // namespace

// PublishJob against the real WordPress of the ctest fixture "wordpress". Every test uses
// slugs and term names of its own, so the suites may share one site.
class TestPublishJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoversRestRoot();
    void createsPost();
    void updatesSamePost();
    void termsCreatedOnce();
    void featuredImageUploadedOnce();
    void imageBlockNamesItsMedia();
    void schedules();
    void conflictWhenChangedOnSite();
    void contributorCannotPublish();
    void authorCannotCreateCategories();
    void wrongPassword();
    void postGone_data();
    void postGone();
    void lostAnswerDoesNotDuplicate();
    void mediaKeptWhenSaveRefused();
    void lostCreateKeepsMedia();
    void asNewPostKeepsMedia();
    void lostUpdateIsNotAConflict();
    void foreignPostWithSameSlugIsNotAdopted();
    void cancel();

private:
    Article article(const QString &name) const;
    Outcome publish(const Article &article, const WordPressUser &user,
                    const PublishOptions &options = {});
    QJsonObject serverPost(qint64 id);
    /// How many posts on the site, in any status but trash, are this article: the same slug,
    /// or the same title (WordPress drops the slug of a contributor's pending post).
    int postsOf(const Article &article);
    /// How many items of the media library have `token` in their name.
    int mediaNamed(const QString &token);
    /// An article whose featured image, also shown in its text, is a file named after `token`
    /// in `folder`.
    Article illustrated(const QString &name, const QTemporaryDir &folder, const QString &token);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
};

void TestPublishJob::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
}

Article TestPublishJob::article(const QString &name) const
{
    Article article = test::sampleArticle();
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.meta.categories = {u"Technology "_s + token, u"Consensus Reports "_s + token};
    article.meta.tags = {u"language models "_s + token, u"Norway "_s + token};
    article.remote = {};
    return article;
}

Outcome TestPublishJob::publish(const Article &article, const WordPressUser &user,
                                const PublishOptions &options)
{
    PublishJob job(article, m_wordpress.target(user), options);
    Outcome outcome;
    connect(&job, &PublishJob::stepStarted, this, [&](Step step) { outcome.steps.append(step); });
    QSignalSpy succeeded(&job, &PublishJob::succeeded);
    QSignalSpy failed(&job, &PublishJob::failed);
    job.client().setRecording(true);
    outcome.finished = test::run(job);
    outcome.binding = job.binding();
    outcome.error = job.error();
    outcome.requests = job.client().requestCount();
    outcome.kept = job.keptBinding();
    const QList<RecordedRequest> &sent = job.client().recording();
    outcome.uploads = int(std::count_if(sent.cbegin(), sent.cend(), [](const RecordedRequest &r) {
        return r.verb == "POST" && r.url.path().endsWith(u"/wp/v2/media"_s);
    }));
    // Exactly one outcome, and its signal carries what the accessors say.
    if (outcome.finished && succeeded.size() + failed.size() != 1)
        outcome.finished = false;
    if (succeeded.size() == 1 && succeeded.at(0).at(0).value<RemoteBinding>() != job.binding())
        outcome.finished = false;
    return outcome;
}

QJsonObject TestPublishJob::serverPost(qint64 id)
{
    return test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(id), {{u"context"_s, u"edit"_s}}))
        .toObject();
}

int TestPublishJob::postsOf(const Article &article)
{
    // Every test's slug is a token that its title contains too.
    const QJsonArray posts =
        test::call(m_admin->get(u"wp/v2/posts"_s, {{u"search"_s, article.meta.slug},
                                                   {u"status"_s, u"any"_s},
                                                   {u"context"_s, u"edit"_s},
                                                   {u"_fields"_s, u"id,slug,title"_s}}))
            .toArray();
    return int(std::count_if(posts.begin(), posts.end(), [&](const QJsonValue &post) {
        return post[u"slug"_s].toString() == article.meta.slug ||
               post[u"title"_s][u"raw"_s].toString() == article.meta.title;
    }));
}

int TestPublishJob::mediaNamed(const QString &token)
{
    return int(
        test::call(m_admin->get(u"wp/v2/media"_s, {{u"search"_s, token}, {u"_fields"_s, u"id"_s}}))
            .toArray()
            .size());
}

Article TestPublishJob::illustrated(const QString &name, const QTemporaryDir &folder,
                                    const QString &token)
{
    const QString file = token + u".png"_s;
    if (!test::writeFile(folder.filePath(file), kPng))
        qWarning("cannot write %s", qPrintable(file));
    Article article = this->article(name);
    article.meta.featuredImage = file;
    for (Section &section : article.sections) {
        if (section.kind == SectionKind::Text) {
            section.markdown += u"\n\n![The cover](%1)\n"_s.arg(file);
            break;
        }
    }
    return article;
}

void TestPublishJob::discoversRestRoot()
{
    WordPressClient client;
    client.setSite(m_wordpress.site());
    WordPressReply *reply = client.discover();
    QVERIFY(test::waitFor(reply));
    QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
    // The fixture uses pretty permalinks, and says so in the Link header.
    QCOMPARE(client.restRoot(), m_wordpress.site().resolved(QUrl(u"wp-json/"_s)));
    QCOMPARE(client.requestCount(), 1);
}

void TestPublishJob::createsPost()
{
    const Article article = this->article(u"create"_s);
    PublishOptions options;
    options.status = u"publish"_s;
    const Outcome outcome = publish(article, m_wordpress.editor(), options);
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.steps, QList<Step>({Step::Connecting, Step::CheckingPost, Step::ResolvingTerms,
                                         Step::SavingPost}));

    const RemoteBinding &binding = outcome.binding;
    QVERIFY(binding.postId > 0);
    QCOMPARE(binding.site, m_wordpress.site().toString());
    QCOMPARE(binding.status, u"publish"_s);
    QCOMPARE(binding.link, m_wordpress.site().toString() + article.meta.slug + u'/');
    QVERIFY(QDateTime::fromString(binding.modifiedGmt, Qt::ISODate).isValid());

    const QJsonObject post = serverPost(binding.postId);
    const QString content = ContentRenderer(RenderFormat::Blocks).render(article);
    QCOMPARE(post.value(u"title"_s)[u"raw"_s].toString(), article.meta.title);
    QCOMPARE(post.value(u"content"_s)[u"raw"_s].toString(), content);
    QCOMPARE(post.value(u"excerpt"_s)[u"raw"_s].toString(), article.meta.excerpt);
    QCOMPARE(post.value(u"slug"_s).toString(), article.meta.slug);
    QCOMPARE(post.value(u"modified_gmt"_s).toString(), binding.modifiedGmt);
    QCOMPARE(post.value(u"featured_media"_s).toInt(), 0);

    const auto termNames = [&](const QString &taxonomy, const QJsonArray &ids) {
        QStringList include;
        for (const QJsonValue &id : ids)
            include.append(QString::number(id.toInteger()));
        return sortedNames(
            test::call(m_admin->get(u"wp/v2/"_s + taxonomy, {{u"include"_s, include.join(u',')},
                                                             {u"_fields"_s, u"id,name"_s}}))
                .toArray());
    };
    QStringList categories = article.meta.categories;
    categories.sort();
    QStringList tags = article.meta.tags;
    tags.sort();
    QCOMPARE(termNames(u"categories"_s, post.value(u"categories"_s).toArray()), categories);
    QCOMPARE(termNames(u"tags"_s, post.value(u"tags"_s).toArray()), tags);

    // What WordPress stored opens in the block editor as native blocks.
    QString error;
    const QJsonArray stored =
        test::wordpressParseBlocks(post.value(u"content"_s)[u"raw"_s].toString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(test::freeformFragments(stored), QStringList());
    QCOMPARE(test::topLevelBlockNames(stored),
             test::topLevelBlockNames(test::wordpressParseBlocks(content, &error)));
}

void TestPublishJob::updatesSamePost()
{
    Article article = this->article(u"update"_s);
    const Outcome first = publish(article, m_wordpress.editor());
    QVERIFY2(!first.error.isError() && first.finished, qPrintable(first.error.toString()));
    QCOMPARE(first.binding.status, u"draft"_s);

    article.remote = first.binding;
    article.meta.title += u", revised"_s;
    article.sections.first().bullets.append(u"A point added after the first publish."_s);
    PublishOptions options;
    options.status = u"publish"_s;
    const Outcome second = publish(article, m_wordpress.editor(), options);
    QVERIFY(second.finished);
    QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
    QCOMPARE(second.binding.postId, first.binding.postId);
    QCOMPARE(second.binding.status, u"publish"_s);

    const QJsonObject post = serverPost(second.binding.postId);
    QCOMPARE(post.value(u"title"_s)[u"raw"_s].toString(), article.meta.title);
    QVERIFY(post.value(u"content"_s)[u"raw"_s].toString().contains(
        u"A point added after the first publish."_s));
    QCOMPARE(post.value(u"modified_gmt"_s).toString(), second.binding.modifiedGmt);
    QCOMPARE(postsOf(article), 1);
}

void TestPublishJob::termsCreatedOnce()
{
    const QString token = test::unique(u"terms"_s);
    // Names WordPress escapes or mangles in slugs.
    const QStringList categories = {u"R&D "_s + token, u"Ærlig talt "_s + token};
    const QStringList tags = {u"C++ "_s + token, u"\"quoted\" <tag> "_s + token};

    QList<qint64> postIds;
    QList<QJsonArray> categoryIds;
    QList<QJsonArray> tagIds;
    for (const QString &name : {u"terms-a"_s, u"terms-b"_s}) {
        Article article = this->article(name);
        article.meta.categories = categories;
        // Case and surrounding space do not make a new term.
        article.meta.tags =
            name == u"terms-a" ? tags : QStringList{u"  "_s + tags.at(0).toUpper(), tags.at(1)};
        const Outcome outcome = publish(article, m_wordpress.editor());
        QVERIFY(outcome.finished);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toString()));
        const QJsonObject post = serverPost(outcome.binding.postId);
        postIds.append(outcome.binding.postId);
        categoryIds.append(post.value(u"categories"_s).toArray());
        tagIds.append(post.value(u"tags"_s).toArray());
    }
    QVERIFY(postIds.at(0) != postIds.at(1));
    QCOMPARE(categoryIds.at(0).size(), 2);
    QCOMPARE(categoryIds.at(1), categoryIds.at(0));
    QCOMPARE(tagIds.at(0).size(), 2);
    QCOMPARE(tagIds.at(1), tagIds.at(0));

    // One term per name on the site, after two publishes.
    const QJsonArray siteCategories =
        test::call(m_admin->get(u"wp/v2/categories"_s,
                                {{u"search"_s, token}, {u"_fields"_s, u"id,name"_s}}))
            .toArray();
    QCOMPARE(siteCategories.size(), 2);
    const QJsonArray siteTags =
        test::call(
            m_admin->get(u"wp/v2/tags"_s, {{u"search"_s, token}, {u"_fields"_s, u"id,name"_s}}))
            .toArray();
    QCOMPARE(siteTags.size(), 2);
}

void TestPublishJob::featuredImageUploadedOnce()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString token = test::unique(u"cover"_s);
    QVERIFY(QDir(folder.path()).mkpath(u"images"_s));
    QVERIFY(test::writeFile(folder.filePath(u"images/"_s + token + u".png"_s), kPng));

    Article article = this->article(u"image"_s);
    article.meta.featuredImage = u"images/"_s + token + u".png"_s;
    article.meta.featuredImageAlt = u"A cover & more"_s;
    PublishOptions options;
    options.baseDirectory = folder.path();

    const Outcome first = publish(article, m_wordpress.editor(), options);
    QVERIFY(first.finished);
    QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
    QVERIFY(first.steps.contains(Step::UploadingMedia));
    const QJsonObject media = first.binding.extra.value(PublishJob::mediaKey()).toObject();
    QCOMPARE(media.size(), 1);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(kPng, QCryptographicHash::Sha256).toHex());
    const qint64 mediaId = media.value(hash).toInteger();
    QVERIFY(mediaId > 0);
    QCOMPARE(serverPost(first.binding.postId).value(u"featured_media"_s).toInteger(), mediaId);
    const QJsonObject item =
        test::call(m_admin->get(u"wp/v2/media/%1"_s.arg(mediaId), {{u"context"_s, u"edit"_s}}))
            .toObject();
    QCOMPARE(item.value(u"alt_text"_s).toString(), article.meta.featuredImageAlt);
    QCOMPARE(item.value(u"mime_type"_s).toString(), u"image/png"_s);

    article.remote = first.binding;
    article.meta.title += u", again"_s;
    const Outcome second = publish(article, m_wordpress.editor(), options);
    QVERIFY(second.finished);
    QVERIFY2(!second.error.isError(), qPrintable(second.error.toString()));
    QCOMPARE(second.binding.postId, first.binding.postId);
    QCOMPARE(second.binding.extra.value(PublishJob::mediaKey()).toObject(), media);
    QCOMPARE(serverPost(second.binding.postId).value(u"featured_media"_s).toInteger(), mediaId);
    // The image is on the site once, and the second publish sent no upload.
    const QJsonArray uploads =
        test::call(m_admin->get(u"wp/v2/media"_s, {{u"search"_s, token}, {u"_fields"_s, u"id"_s}}))
            .toArray();
    QCOMPARE(uploads.size(), 1);

    // Someone deletes the image from the media library: it is uploaded again.
    test::call(m_admin->remove(u"wp/v2/media/%1"_s.arg(mediaId), {{u"force"_s, u"true"_s}}));
    article.remote = second.binding;
    const Outcome third = publish(article, m_wordpress.editor(), options);
    QVERIFY(third.finished);
    QVERIFY2(!third.error.isError(), qPrintable(third.error.toString()));
    const qint64 newMediaId =
        third.binding.extra.value(PublishJob::mediaKey()).toObject().value(hash).toInteger();
    QVERIFY(newMediaId > 0 && newMediaId != mediaId);
    QCOMPARE(serverPost(third.binding.postId).value(u"featured_media"_s).toInteger(), newMediaId);
    QCOMPARE(third.binding.extra.value(PublishJob::mediaKey()).toObject().size(), 1);
}

void TestPublishJob::imageBlockNamesItsMedia()
{
    // Large enough for WordPress to make smaller sizes of it (medium is 300 px wide).
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString token = test::unique(u"figure"_s);
    QImage picture(1200, 800, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(folder.filePath(token + u".png"_s)));

    Article article = this->article(u"image-block"_s);
    for (Section &section : article.sections) {
        if (section.kind == SectionKind::Text) {
            section.markdown += u"\n\n![A chart](%1.png \"The split & its sources\")\n\n"
                                "An inline ![icon](%1.png) in a sentence.\n"_s.arg(token);
            break;
        }
    }
    PublishOptions options;
    options.baseDirectory = folder.path();
    const Outcome outcome = publish(article, m_wordpress.editor(), options);
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(outcome.error.toString()));
    const QJsonObject media = outcome.binding.extra.value(PublishJob::mediaKey()).toObject();
    QCOMPARE(media.size(), 1);
    const qint64 mediaId = media.constBegin().value().toInteger();
    QVERIFY(mediaId > 0);
    const QJsonObject item =
        test::call(m_admin->get(u"wp/v2/media/%1"_s.arg(mediaId), {{u"context"_s, u"edit"_s}}))
            .toObject();
    const QString sourceUrl = item.value(u"source_url"_s).toString();
    QVERIFY(!sourceUrl.isEmpty());

    // The stored content, as WordPress's parser reads it: one image block naming the media.
    const QJsonObject post = serverPost(outcome.binding.postId);
    QString error;
    const QJsonArray blocks =
        test::wordpressParseBlocks(post.value(u"content"_s)[u"raw"_s].toString(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QJsonObject image;
    for (const QJsonValue &block : blocks) {
        if (block[u"blockName"_s].toString() == u"core/image") {
            QVERIFY2(image.isEmpty(), "more than one image block");
            image = block.toObject();
        }
    }
    QVERIFY2(!image.isEmpty(), "no image block");
    QCOMPARE(image.value(u"attrs"_s)[u"id"_s].toInteger(), mediaId);
    const QString imageHtml = image.value(u"innerHTML"_s).toString();
    QVERIFY2(imageHtml.contains(
                 u"<img src=\"%1\" alt=\"A chart\" class=\"wp-image-%2\"/>"_s.arg(sourceUrl).arg(
                     mediaId)),
             qPrintable(imageHtml));
    QVERIFY2(
        imageHtml.contains(
            u"<figcaption class=\"wp-element-caption\">The split &amp; its sources</figcaption>"_s),
        qPrintable(imageHtml));

    // What visitors get: WordPress recognised the image as its media item and offers the
    // smaller sizes it made; the inline image is left as it was.
    const QJsonObject sizes = item.value(u"media_details"_s)[u"sizes"_s].toObject();
    QVERIFY2(sizes.contains(u"medium"_s), "WordPress made no smaller sizes (is php-gd installed?)");
    const QString rendered = post.value(u"content"_s)[u"rendered"_s].toString();
    static const QRegularExpression figureImg(
        u"<figure class=\"wp-block-image size-full\"><img [^>]*>"_s);
    const QString img = figureImg.match(rendered).captured();
    QVERIFY2(img.contains(u"class=\"wp-image-%1\""_s.arg(mediaId)), qPrintable(rendered));
    QVERIFY2(img.contains(u"srcset=\""_s), qPrintable(img));
    QVERIFY2(img.contains(sizes.value(u"medium"_s)[u"source_url"_s].toString() + u" 300w"_s),
             qPrintable(img));
    // WordPress 6.9 and later give rendered paragraphs a class of their own.
    static const QRegularExpression inlineImg(
        u"<p[^>]*>An inline (<img [^>]*>) in a sentence.</p>"_s);
    const QString icon = inlineImg.match(rendered).captured(1);
    QVERIFY2(icon.contains(u"src=\"%1\""_s.arg(sourceUrl)), qPrintable(rendered));
    QVERIFY2(!icon.contains(u"wp-image-"_s) && !icon.contains(u"srcset"_s), qPrintable(icon));
}

void TestPublishJob::schedules()
{
    Article article = this->article(u"future"_s);
    article.meta.published = QDateTime(QDate::currentDate().addYears(1), QTime(8, 30), Qt::UTC);
    PublishOptions options;
    options.status = u"future"_s;
    const Outcome outcome = publish(article, m_wordpress.editor(), options);
    QVERIFY(outcome.finished);
    QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.toString()));
    QCOMPARE(outcome.binding.status, u"future"_s);
    QCOMPARE(serverPost(outcome.binding.postId).value(u"date_gmt"_s).toString(),
             article.meta.published.toString(u"yyyy-MM-ddTHH:mm:ss"_s));

    // Without a date there is nothing to schedule, and nothing reaches the site.
    article = this->article(u"future-undated"_s);
    article.meta.published = QDateTime();
    const Outcome undated = publish(article, m_wordpress.editor(), options);
    QCOMPARE(undated.error.kind, Kind::InvalidArticle);
    QCOMPARE(undated.requests, 0);
}

void TestPublishJob::conflictWhenChangedOnSite()
{
    Article article = this->article(u"conflict"_s);
    const Outcome first = publish(article, m_wordpress.editor());
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    article.remote = first.binding;

    // modified_gmt counts whole seconds: an edit in the same second would not show.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s) >
                                 first.binding.modifiedGmt,
                             5'000);
    // Someone else edits the post, through another application password.
    WordPressClient *other = m_wordpress.client(m_wordpress.otherClient(), this);
    const QJsonObject edited = test::call(other->post(u"wp/v2/posts/%1"_s.arg(first.binding.postId),
                                                      {{u"title"_s, u"Edited on the site"_s}}))
                                   .toObject();
    QVERIFY(edited.value(u"modified_gmt"_s).toString() != first.binding.modifiedGmt);

    const Outcome second = publish(article, m_wordpress.editor());
    QVERIFY(second.finished);
    QCOMPARE(second.error.kind, Kind::Conflict);
    QVERIFY(!second.error.fix.isEmpty());
    QVERIFY(!second.steps.contains(Step::SavingPost));
    QCOMPARE(serverPost(first.binding.postId).value(u"title"_s)[u"raw"_s].toString(),
             u"Edited on the site"_s);

    PublishOptions overwrite;
    overwrite.overwrite = true;
    const Outcome third = publish(article, m_wordpress.editor(), overwrite);
    QVERIFY2(third.finished && !third.error.isError(), qPrintable(third.error.toString()));
    QCOMPARE(third.binding.postId, first.binding.postId);
    QCOMPARE(serverPost(first.binding.postId).value(u"title"_s)[u"raw"_s].toString(),
             article.meta.title);
}

void TestPublishJob::contributorCannotPublish()
{
    Article article = this->article(u"contributor"_s);
    article.meta.categories.clear();
    article.meta.tags.clear();
    PublishOptions options;
    options.status = u"publish"_s;
    const Outcome refused = publish(article, m_wordpress.contributor(), options);
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind, Kind::CannotPublish);
    QCOMPARE(refused.error.code, u"rest_cannot_publish"_s);
    QCOMPARE(refused.error.httpStatus, 403);
    QVERIFY(refused.error.fix.contains(u"Pending"_s));
    QCOMPARE(postsOf(article), 0);

    // The fix works: submitted for review.
    options.status = u"pending"_s;
    const Outcome pending = publish(article, m_wordpress.contributor(), options);
    QVERIFY2(pending.finished && !pending.error.isError(), qPrintable(pending.error.toString()));
    QCOMPARE(pending.binding.status, u"pending"_s);
    QCOMPARE(postsOf(article), 1);

    // WordPress dropped the slug of this pending post; a retry after a lost answer still
    // finds it instead of submitting it twice.
    QCOMPARE(serverPost(pending.binding.postId).value(u"slug"_s).toString(), QString());
    const Outcome retry = publish(article, m_wordpress.contributor(), options);
    QVERIFY2(retry.finished && !retry.error.isError(), qPrintable(retry.error.toString()));
    QCOMPARE(retry.binding.postId, pending.binding.postId);
    QCOMPARE(postsOf(article), 1);
}

void TestPublishJob::authorCannotCreateCategories()
{
    // Authors may publish and create tags, but not categories.
    Article article = this->article(u"author"_s);
    const Outcome refused = publish(article, m_wordpress.author());
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind, Kind::MissingTerm);
    QVERIFY(refused.error.message.contains(article.meta.categories.first()) ||
            refused.error.message.contains(article.meta.categories.last()));
    QCOMPARE(postsOf(article), 0);

    // Categories someone else created are found and used.
    QList<qint64> ids;
    for (const QString &name : article.meta.categories) {
        ids.append(test::call(m_admin->post(u"wp/v2/categories"_s, {{u"name"_s, name}}))
                       .toObject()
                       .value(u"id"_s)
                       .toInteger());
    }
    PublishOptions options;
    options.status = u"publish"_s;
    const Outcome published = publish(article, m_wordpress.author(), options);
    QVERIFY2(published.finished && !published.error.isError(),
             qPrintable(published.error.toString()));
    QCOMPARE(published.binding.status, u"publish"_s);
    const QJsonArray categories = serverPost(published.binding.postId)[u"categories"_s].toArray();
    QCOMPARE(categories.size(), 2);
    QVERIFY(ids.contains(categories.at(0).toInteger()) &&
            ids.contains(categories.at(1).toInteger()));
}

void TestPublishJob::wrongPassword()
{
    const Article article = this->article(u"wrong-password"_s);
    WordPressUser user = m_wordpress.editor();
    user.password = u"abcd efgh ijkl mnop qrst uvwx"_s;
    const Outcome outcome = publish(article, user);
    QVERIFY(outcome.finished);
    QCOMPARE(outcome.error.kind, Kind::Authentication);
    QCOMPARE(outcome.error.httpStatus, 401);
    QVERIFY(outcome.error.fix.contains(u"application password"_s));
    QCOMPARE(postsOf(article), 0);
}

void TestPublishJob::postGone_data()
{
    QTest::addColumn<bool>("force");
    QTest::newRow("deleted") << true;
    QTest::newRow("trashed") << false;
}

void TestPublishJob::postGone()
{
    QFETCH(bool, force);
    Article article = this->article(u"gone"_s);
    const Outcome first = publish(article, m_wordpress.editor());
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    test::call(m_admin->remove(u"wp/v2/posts/%1"_s.arg(first.binding.postId),
                               {{u"force"_s, force ? u"true"_s : u"false"_s}}));

    article.remote = first.binding;
    const Outcome second = publish(article, m_wordpress.editor());
    QVERIFY(second.finished);
    QCOMPARE(second.error.kind, Kind::PostGone);
    QVERIFY(second.error.message.contains(force ? u"deleted"_s : u"trash"_s));
    QVERIFY(!second.error.fix.isEmpty());

    // Publishing as a new post is the caller forgetting the binding.
    article.remote = {};
    const Outcome third = publish(article, m_wordpress.editor());
    QVERIFY2(third.finished && !third.error.isError(), qPrintable(third.error.toString()));
    QVERIFY(third.binding.postId != first.binding.postId);
    QCOMPARE(postsOf(article), 1);
}

void TestPublishJob::lostAnswerDoesNotDuplicate()
{
    // The first publish created the post, but its answer never reached the article.
    const Article article = this->article(u"lost-answer"_s);
    const Outcome first = publish(article, m_wordpress.editor());
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    QVERIFY(article.remote.isEmpty());

    const Outcome retry = publish(article, m_wordpress.editor());
    QVERIFY2(retry.finished && !retry.error.isError(), qPrintable(retry.error.toString()));
    QCOMPARE(retry.binding.postId, first.binding.postId);
    QCOMPARE(postsOf(article), 1);
}

void TestPublishJob::foreignPostWithSameSlugIsNotAdopted()
{
    const Article article = this->article(u"foreign"_s);
    const qint64 foreign =
        test::call(m_admin->post(u"wp/v2/posts"_s, {{u"title"_s, u"Someone else's draft"_s},
                                                    {u"slug"_s, article.meta.slug},
                                                    {u"content"_s, u"<p>Not Quorum's</p>"_s}}))
            .toObject()
            .value(u"id"_s)
            .toInteger();
    const Outcome outcome = publish(article, m_wordpress.editor());
    QVERIFY2(outcome.finished && !outcome.error.isError(), qPrintable(outcome.error.toString()));
    QVERIFY(outcome.binding.postId != foreign);
    QCOMPARE(serverPost(foreign).value(u"title"_s)[u"raw"_s].toString(), u"Someone else's draft"_s);
}

void TestPublishJob::cancel()
{
    const Article article = this->article(u"cancel"_s);
    PublishJob job(article, m_wordpress.target(m_wordpress.editor()), {});
    QSignalSpy failed(&job, &PublishJob::failed);
    QSignalSpy finished(&job, &PublishJob::finished);
    connect(&job, &PublishJob::stepStarted, &job, [&job](Step step) {
        if (step == Step::ResolvingTerms)
            job.cancel();
    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(job.error().kind, Kind::Canceled);
    QVERIFY(!job.isRunning());
    QCOMPARE(postsOf(article), 0);
}

void TestPublishJob::mediaKeptWhenSaveRefused()
{
    // A contributor who may upload: the images are on the site when WordPress refuses to
    // publish the post.
    QTemporaryDir folder;
    const QString token = test::unique(u"refused-cover"_s);
    Article article = illustrated(u"refused-media"_s, folder, token);
    article.meta.categories.clear();
    article.meta.tags.clear();
    PublishOptions options;
    options.status = u"publish"_s;
    options.baseDirectory = folder.path();
    const Outcome refused = publish(article, m_wordpress.uploader(), options);
    QVERIFY(refused.finished);
    QCOMPARE(refused.error.kind, Kind::CannotPublish);
    QCOMPARE(refused.uploads, 1);
    QCOMPARE(mediaNamed(token), 1);
    QCOMPARE(postsOf(article), 0);
    QCOMPARE(refused.kept.postId, 0);
    const QJsonObject media = refused.kept.extra.value(PublishJob::mediaKey()).toObject();
    QCOMPARE(media.size(), 1);

    // Submitted for review with what the refused publish left in the article.
    article.remote = refused.kept;
    options.status = u"pending"_s;
    const Outcome pending = publish(article, m_wordpress.uploader(), options);
    QVERIFY2(pending.finished && !pending.error.isError(), qPrintable(pending.error.toString()));
    QCOMPARE(pending.binding.status, u"pending"_s);
    QCOMPARE(pending.uploads, 0);
    QCOMPARE(mediaNamed(token), 1);
    QCOMPARE(pending.binding.extra.value(PublishJob::mediaKey()).toObject(), media);
    QCOMPARE(serverPost(pending.binding.postId).value(u"featured_media"_s).toInteger(),
             media.constBegin().value().toInteger());
}

void TestPublishJob::lostCreateKeepsMedia()
{
    QTemporaryDir folder;
    const QString token = test::unique(u"lost-cover"_s);
    Article article = illustrated(u"lost-create-media"_s, folder, token);
    PublishOptions options;
    options.baseDirectory = folder.path();
    const Outcome first = publish(article, m_wordpress.editor(), options);
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    QCOMPARE(first.uploads, 1);

    // The create's answer was lost: the article knows the site and the images the job
    // uploaded (its keptBinding() after the failed save), not the post.
    article.remote = {};
    article.remote.site = first.binding.site;
    article.remote.extra.insert(PublishJob::mediaKey(),
                                first.binding.extra.value(PublishJob::mediaKey()));
    const Outcome retry = publish(article, m_wordpress.editor(), options);
    QVERIFY2(retry.finished && !retry.error.isError(), qPrintable(retry.error.toString()));
    QCOMPARE(retry.binding.postId, first.binding.postId);
    QCOMPARE(retry.uploads, 0);
    QCOMPARE(mediaNamed(token), 1);
    QCOMPARE(postsOf(article), 1);
}

void TestPublishJob::asNewPostKeepsMedia()
{
    QTemporaryDir folder;
    const QString token = test::unique(u"anew-cover"_s);
    Article article = illustrated(u"as-new-media"_s, folder, token);
    PublishOptions options;
    options.baseDirectory = folder.path();
    const Outcome first = publish(article, m_wordpress.editor(), options);
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    const qint64 mediaId = serverPost(first.binding.postId).value(u"featured_media"_s).toInteger();
    QVERIFY(mediaId > 0);
    test::call(
        m_admin->remove(u"wp/v2/posts/%1"_s.arg(first.binding.postId), {{u"force"_s, u"true"_s}}));
    article.remote = first.binding;
    const Outcome gone = publish(article, m_wordpress.editor(), options);
    QCOMPARE(gone.error.kind, Kind::PostGone);

    article.remote = PublishJob::asNewPost(article.remote);
    QCOMPARE(article.remote.postId, 0);
    const Outcome again = publish(article, m_wordpress.editor(), options);
    QVERIFY2(again.finished && !again.error.isError(), qPrintable(again.error.toString()));
    QVERIFY(again.binding.postId != first.binding.postId);
    QCOMPARE(again.uploads, 0);
    QCOMPARE(mediaNamed(token), 1);
    QCOMPARE(serverPost(again.binding.postId).value(u"featured_media"_s).toInteger(), mediaId);
}

void TestPublishJob::lostUpdateIsNotAConflict()
{
    QTemporaryDir folder;
    const QString token = test::unique(u"lost-update-cover"_s);
    Article article = illustrated(u"lost-update"_s, folder, token);
    PublishOptions options;
    options.baseDirectory = folder.path();
    const Outcome first = publish(article, m_wordpress.editor(), options);
    QVERIFY2(first.finished && !first.error.isError(), qPrintable(first.error.toString()));
    article.remote = first.binding;

    // An update in a later second (modified_gmt counts seconds) whose answer is lost: the
    // article keeps the binding of the first publish.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s) >
                                 first.binding.modifiedGmt,
                             5'000);
    article.meta.title += u", revised"_s;
    const Outcome lost = publish(article, m_wordpress.editor(), options);
    QVERIFY2(lost.finished && !lost.error.isError(), qPrintable(lost.error.toString()));
    QVERIFY(lost.binding.modifiedGmt != first.binding.modifiedGmt);
    QCOMPARE(article.remote, first.binding);

    const Outcome retry = publish(article, m_wordpress.editor(), options);
    QVERIFY2(retry.finished && !retry.error.isError(), qPrintable(retry.error.toString()));
    QCOMPARE(retry.binding.postId, first.binding.postId);
    QCOMPARE(retry.uploads, 0);
    QCOMPARE(postsOf(article), 1);

    // An article that differs from the site's post is still a conflict.
    article.meta.title += u" once more"_s;
    const Outcome changed = publish(article, m_wordpress.editor(), options);
    QVERIFY(changed.finished);
    QCOMPARE(changed.error.kind, Kind::Conflict);
    QVERIFY(!changed.steps.contains(Step::SavingPost));
}

QUORUM_TEST_GUILESS_MAIN(TestPublishJob)
#include "tst_publishjob.moc"
