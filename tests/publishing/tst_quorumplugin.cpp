// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testmain.h"
#include "wordpressfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kArticleMeta = u"_quorum_article"_s;
const QByteArray kExpectedModified = "X-Quorum-Expected-Modified";

// One answer of the site: the HTTP status, the JSON (after an error, WordPress's
// {"code", "message", "data"}) and the bytes it came in.
struct Answer
{
    int status = 0;
    QJsonValue json;
    QByteArray raw;

    QJsonObject object() const { return json.toObject(); }
    QString code() const { return object().value(u"code"_s).toString(); }
    QJsonObject data() const { return object().value(u"data"_s).toObject(); }
};

Answer answerOf(WordPressReply *reply)
{
    const std::unique_ptr<WordPressReply> owner(reply);
    if (!test::waitFor(reply, 60'000))
        return {};
    return {reply->httpStatus(), reply->json(), {}};
}

QString raw(const QJsonObject &post, const QString &field)
{
    return post.value(field).toObject().value(u"raw"_s).toString();
}

qint64 idOf(const QJsonObject &post)
{
    return post.value(u"id"_s).toInteger();
}

QJsonValue articleMetaOf(const QJsonObject &post)
{
    return post.value(u"meta"_s).toObject().value(kArticleMeta);
}

// `fields` of a post, with `article` as the post's article.
QJsonObject withArticle(const QString &article, QJsonObject fields = {})
{
    fields.insert(u"meta"_s, QJsonObject{{kArticleMeta, article}});
    return fields;
}

// An article's JSON of about three megabytes, with every kind of character the small rows
// try one at a time.
QString bigArticle()
{
    QString text = u"{\"format\":1,\"sections\":["_s;
    for (int i = 0; text.size() < 2900 * 1000; ++i) {
        text += u"{\"id\":\"s%1\",\"markdown\":\"Åse sa \\\"nei\\\" – 🎉 C:\\\\tmp\\\\%1 "
                u"\\u00e9 </script>\"},"_s.arg(i);
    }
    text += u"{}]}"_s;
    return text;
}

} // namespace

// The Quorum plugin for WordPress (packaging/wordpress/quorum), against the real sites: what it
// adds to the REST API is a protocol that Quorum's client relies on. Active for every test;
// the tests that show what happens without it switch it off and on again.
class TestQuorumPlugin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void indexDescribesPlugin();
    void articleRoundTrip_data();
    void articleRoundTrip();
    void articleOnlyInEditContext();
    void authorCannotReadOthersArticle();
    void articleWrite_data();
    void articleWrite();
    void expectedModified_data();
    void expectedModified();
    void staleUpdateRefused();
    void guardedSavesMoveModifiedOn();
    void race_data();
    void race();
    void inactivePluginAddsNothing();

private:
    WordPressClient *as(const QString &role) const;
    QJsonObject createPost(WordPressClient *client, QJsonObject fields);
    Answer update(WordPressClient *client, qint64 id, const QJsonObject &fields,
                  const QByteArray &expectedModified = {});
    QJsonObject editView(qint64 id);
    Answer anonymousGet(const QString &route, const QUrlQuery &query = {});

    test::WordPressFixture m_wordpress;
    QHash<QString, WordPressClient *> m_clients;
    QNetworkAccessManager m_anonymous;
};

void TestQuorumPlugin::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_clients = {{u"admin"_s, m_wordpress.client(m_wordpress.admin(), this)},
                 {u"other"_s, m_wordpress.client(m_wordpress.otherClient(), this)},
                 {u"editor"_s, m_wordpress.client(m_wordpress.editor(), this)},
                 {u"author"_s, m_wordpress.client(m_wordpress.author(), this)},
                 {u"contributor"_s, m_wordpress.client(m_wordpress.contributor(), this)}};
    QVERIFY(m_wordpress.setQuorumPlugin(true));
}

void TestQuorumPlugin::cleanupTestCase()
{
    // The other suites find the site as the fixture starts it: the plugin installed, not active.
    if (m_wordpress.site().isValid())
        m_wordpress.setQuorumPlugin(false);
}

WordPressClient *TestQuorumPlugin::as(const QString &role) const
{
    return m_clients.value(role);
}

QJsonObject TestQuorumPlugin::createPost(WordPressClient *client, QJsonObject fields)
{
    if (!fields.contains(u"title"_s))
        fields.insert(u"title"_s, test::unique(u"plugin"_s));
    if (!fields.contains(u"status"_s))
        fields.insert(u"status"_s, u"draft"_s);
    return test::call(client->post(u"wp/v2/posts"_s, fields)).toObject();
}

Answer TestQuorumPlugin::update(WordPressClient *client, qint64 id, const QJsonObject &fields,
                                const QByteArray &expectedModified)
{
    WordPressClient::Headers headers;
    if (!expectedModified.isNull())
        headers.append({kExpectedModified, expectedModified});
    return answerOf(client->post(u"wp/v2/posts/%1"_s.arg(id), fields, {}, headers));
}

QJsonObject TestQuorumPlugin::editView(qint64 id)
{
    return test::call(as(u"admin"_s)->get(u"wp/v2/posts/%1"_s.arg(id), {{u"context"_s, u"edit"_s}}))
        .toObject();
}

Answer TestQuorumPlugin::anonymousGet(const QString &route, const QUrlQuery &query)
{
    QUrl url = m_wordpress.site().resolved(QUrl(u"wp-json/"_s + route));
    url.setQuery(query);
    const std::unique_ptr<QNetworkReply> reply(m_anonymous.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30'000))
        return {};
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    const QJsonDocument document = QJsonDocument::fromJson(answer.raw);
    answer.json = document.isArray() ? QJsonValue(document.array()) : document.object();
    return answer;
}

void TestQuorumPlugin::indexDescribesPlugin()
{
    const Answer index = anonymousGet(QString());
    QCOMPARE(index.status, 200);
    QJsonObject described = index.object().value(u"quorum"_s).toObject();
    // Notes came with WordPress 6.9, and several threads on one block with 7.1: the newest
    // test site has both, Debian 12's 6.1 neither.
    const bool newest = qEnvironmentVariable("WORDPRESS_DIR").contains(u"wordpress-newest"_s);
    QCOMPARE(described.take(u"notes"_s), QJsonValue(newest));
    QCOMPARE(described.take(u"notes_per_block"_s), QJsonValue(newest ? u"many"_s : u"one"_s));
    const QJsonObject expected{{u"version"_s, u"1.1.0"_s},
                               {u"article_meta"_s, kArticleMeta},
                               {u"precondition_header"_s, QString::fromLatin1(kExpectedModified)}};
    QCOMPARE(described, expected);
}

void TestQuorumPlugin::articleRoundTrip_data()
{
    QTest::addColumn<QString>("article");
    QTest::newRow("plain JSON") << QString::fromUtf8(R"({"format":1,"meta":{"title":"T"}})");
    QTest::newRow("backslashes") << QString::fromUtf8(
        R"({"path":"C:\\Users\\a","regex":"^\\d+\\\\$"})");
    QTest::newRow("a trailing backslash") << QString::fromUtf8(R"(ends with a backslash \)");
    QTest::newRow("quotes") << QString::fromUtf8(R"({"quote":"He said \"no\", then 'yes'"})");
    QTest::newRow("escapes") << QString::fromUtf8(R"({"name":"Caf\u00e9 \ud83c\udf89 \n\t\/"})");
    QTest::newRow("non-ASCII") << u"{\"name\":\"Blåbær i Ørsta – “sitat” 日本語\"}"_s;
    QTest::newRow("script end tag")
        << QString::fromUtf8(R"({"html":"<p>x</p></script><script>alert(1)</script>"})");
    QTest::newRow("emoji") << u"{\"mood\":\"🎉 👩‍👩‍👧 🇳🇴\"}"_s;
    QTest::newRow("looks serialized") << QString::fromUtf8(R"(a:1:{i:0;s:1:"x";})");
    QTest::newRow("whitespace around") << u"  {\n\t\"a\": 1\n}\n\n"_s;
    QTest::newRow("HTML entities") << QString::fromUtf8(R"({"t":"&amp; &lt;b&gt; %20 %s"})");
    QTest::newRow("3 MB") << bigArticle();
}

void TestQuorumPlugin::articleRoundTrip()
{
    QFETCH(QString, article);
    if (QTest::currentDataTag() == "3 MB"_ba)
        QVERIFY(article.toUtf8().size() > 3'000'000);
    // Created with the article, then updated with another: what Quorum does.
    const QJsonObject created = createPost(as(u"editor"_s), withArticle(article));
    const qint64 id = idOf(created);
    QVERIFY(id > 0);
    QVERIFY(articleMetaOf(created).toString() == article);
    QVERIFY(articleMetaOf(editView(id)).toString() == article);

    const QString changed = article + u" \\"_s;
    const Answer updated = update(as(u"editor"_s), id, withArticle(changed));
    QCOMPARE(updated.status, 200);
    QVERIFY(articleMetaOf(updated.object()).toString() == changed);
    QVERIFY(articleMetaOf(editView(id)).toString() == changed);
}

void TestQuorumPlugin::articleOnlyInEditContext()
{
    const QString token = test::unique(u"secret-article"_s);
    const QString article = u"{\"draft\":\"%1\"}"_s.arg(token);
    const qint64 id =
        idOf(createPost(as(u"editor"_s), withArticle(article, {{u"status"_s, u"publish"_s}})));
    QVERIFY(id > 0);
    const QString route = u"wp/v2/posts/%1"_s.arg(id);

    // A reader of the published post never sees it: not in the post, not in the list.
    const Answer view = anonymousGet(route);
    QCOMPARE(view.status, 200);
    QVERIFY(articleMetaOf(view.object()).isUndefined());
    QVERIFY(!view.raw.contains(token.toUtf8()));
    const Answer list =
        anonymousGet(u"wp/v2/posts"_s, QUrlQuery{{u"include"_s, QString::number(id)}});
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.toArray().size(), 1);
    QVERIFY(!list.raw.contains(token.toUtf8()));
    const Answer edit = anonymousGet(route, QUrlQuery{{u"context"_s, u"edit"_s}});
    QCOMPARE(edit.status, 401);
    QCOMPARE(edit.code(), u"rest_forbidden_context"_s);
    QVERIFY(!edit.raw.contains(token.toUtf8()));

    // Its editor gets it only in the edit context.
    const Answer editorView = answerOf(as(u"editor"_s)->get(route));
    QCOMPARE(editorView.status, 200);
    QVERIFY(articleMetaOf(editorView.object()).isUndefined());
    const Answer editorEdit = answerOf(as(u"editor"_s)->get(route, {{u"context"_s, u"edit"_s}}));
    QCOMPARE(editorEdit.status, 200);
    QCOMPARE(articleMetaOf(editorEdit.object()).toString(), article);
}

void TestQuorumPlugin::authorCannotReadOthersArticle()
{
    const QString article = test::unique(u"administrators-article"_s);
    const qint64 id =
        idOf(createPost(as(u"admin"_s), withArticle(article, {{u"status"_s, u"publish"_s}})));
    QVERIFY(id > 0);
    WordPressClient *author = as(u"author"_s);
    const QString route = u"wp/v2/posts/%1"_s.arg(id);

    const Answer edit = answerOf(author->get(route, {{u"context"_s, u"edit"_s}}));
    QCOMPARE(edit.status, 403);
    QCOMPARE(edit.code(), u"rest_forbidden_context"_s);
    const Answer view = answerOf(author->get(route));
    QCOMPARE(view.status, 200);
    QVERIFY(articleMetaOf(view.object()).isUndefined());
    // The list in the edit context leaves out what the user may not edit.
    const Answer list = answerOf(author->get(
        u"wp/v2/posts"_s, {{u"context"_s, u"edit"_s}, {u"include"_s, QString::number(id)}}));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json.toArray().size(), 0);
}

void TestQuorumPlugin::articleWrite_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<bool>("ownPost");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("author, someone else's post")
        << u"author"_s << false << 403 << u"rest_cannot_edit"_s;
    QTest::newRow("contributor, someone else's post")
        << u"contributor"_s << false << 403 << u"rest_cannot_edit"_s;
    QTest::newRow("author, own post") << u"author"_s << true << 200 << QString();
    QTest::newRow("contributor, own draft") << u"contributor"_s << true << 200 << QString();
}

void TestQuorumPlugin::articleWrite()
{
    QFETCH(QString, writer);
    QFETCH(bool, ownPost);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString before = test::unique(u"before"_s);
    const QJsonObject fields =
        withArticle(before, {{u"status"_s, ownPost ? u"draft"_s : u"publish"_s}});
    const qint64 id = idOf(createPost(as(ownPost ? writer : u"admin"_s), fields));
    QVERIFY(id > 0);

    const QString after = test::unique(u"after"_s);
    const Answer answer = update(as(writer), id, withArticle(after));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QCOMPARE(articleMetaOf(editView(id)).toString(), status == 200 ? after : before);
    if (ownPost)
        QCOMPARE(articleMetaOf(answer.object()).toString(), after);
}

void TestQuorumPlugin::expectedModified_data()
{
    // MATCHING: the post's own (of a new draft, or PUBLISHED); NONE: not sent.
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString bad = u"quorum_bad_expected_modified"_s;
    QTest::newRow("matching, a new draft") << "MATCHING"_ba << 200 << QString();
    QTest::newRow("matching, a published post") << "MATCHING PUBLISHED"_ba << 200 << QString();
    QTest::newRow("none, as the block editor saves") << "NONE"_ba << 200 << QString();
    QTest::newRow("space for T") << "2026-12-07 21:42:04"_ba << 400 << bad;
    QTest::newRow("with Z") << "2026-12-07T21:42:04Z"_ba << 400 << bad;
    QTest::newRow("with an offset") << "2026-12-07T21:42:04+00:00"_ba << 400 << bad;
    QTest::newRow("with a fraction") << "2026-12-07T21:42:04.000"_ba << 400 << bad;
    QTest::newRow("no such day") << "2026-02-30T10:00:00"_ba << 400 << bad;
    QTest::newRow("hour 24") << "2026-12-07T24:00:00"_ba << 400 << bad;
    QTest::newRow("two values") << "2026-12-07T21:42:04, 2026-12-07T21:42:05"_ba << 400 << bad;
    QTest::newRow("words") << "yesterday"_ba << 400 << bad;
}

void TestQuorumPlugin::expectedModified()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);
    // A draft that was never updated has no modified_gmt in the database: the REST API works
    // one out from the local time, and the plugin has to compare with that one.
    const bool published = header.endsWith(" PUBLISHED");
    const QJsonObject post =
        createPost(as(u"editor"_s), {{u"content"_s, u"Before."_s},
                                     {u"status"_s, published ? u"publish"_s : u"draft"_s}});
    const qint64 id = idOf(post);
    QVERIFY(id > 0);
    const QString modified = post.value(u"modified_gmt"_s).toString();
    if (header.startsWith("MATCHING"))
        header = modified.toLatin1();
    else if (header == "NONE")
        header = QByteArray();

    const QString title = test::unique(u"after"_s);
    const Answer answer =
        update(as(u"editor"_s), id, {{u"title"_s, title}, {u"content"_s, u"After."_s}}, header);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    const QJsonObject now = editView(id);
    if (status == 200) {
        QCOMPARE(raw(now, u"title"_s), title);
        QCOMPARE(raw(now, u"content"_s), u"After."_s);
        // Every update moves it on, even one in the second the post was created in.
        QVERIFY(now.value(u"modified_gmt"_s).toString() > modified);
        return;
    }
    QCOMPARE(answer.data().value(u"status"_s).toInt(), 400);
    QVERIFY(answer.object()
                .value(u"message"_s)
                .toString()
                .contains(QString::fromLatin1(kExpectedModified)));
    QCOMPARE(raw(now, u"title"_s), raw(post, u"title"_s));
    QCOMPARE(raw(now, u"content"_s), u"Before."_s);
    QCOMPARE(now.value(u"modified_gmt"_s).toString(), modified);
}

void TestQuorumPlugin::staleUpdateRefused()
{
    const QJsonObject post =
        createPost(as(u"editor"_s), withArticle(u"mine, first"_s, {{u"content"_s, u"Mine."_s}}));
    const qint64 id = idOf(post);
    QVERIFY(id > 0);
    const QString loaded = post.value(u"modified_gmt"_s).toString();

    // Someone else saves the post, in the same second or a later one.
    const Answer theirs =
        update(as(u"other"_s), id, {{u"title"_s, u"Theirs"_s}, {u"content"_s, u"Theirs."_s}});
    QCOMPARE(theirs.status, 200);
    const QString saved = theirs.object().value(u"modified_gmt"_s).toString();
    QVERIFY(saved > loaded);

    const QJsonObject fields = withArticle(
        u"mine, second"_s, {{u"title"_s, u"Mine again"_s}, {u"content"_s, u"Mine, again."_s}});
    const Answer mine = update(as(u"editor"_s), id, fields, loaded.toLatin1());
    QCOMPARE(mine.status, 412);
    QCOMPARE(mine.code(), u"quorum_stale_post"_s);
    QVERIFY(!mine.object().value(u"message"_s).toString().isEmpty());
    QCOMPARE(mine.data().value(u"status"_s).toInt(), 412);
    QCOMPARE(mine.data().value(u"modified_gmt"_s).toString(), saved);
    // Nothing of the refused update was written.
    const QJsonObject now = editView(id);
    QCOMPARE(raw(now, u"title"_s), u"Theirs"_s);
    QCOMPARE(raw(now, u"content"_s), u"Theirs."_s);
    QCOMPARE(articleMetaOf(now).toString(), u"mine, first"_s);
    QCOMPARE(now.value(u"modified_gmt"_s).toString(), saved);

    // With the time the refusal named, the same update goes through.
    const Answer retry = update(as(u"editor"_s), id, fields, saved.toLatin1());
    QCOMPARE(retry.status, 200);
    QCOMPARE(raw(editView(id), u"title"_s), u"Mine again"_s);
}

void TestQuorumPlugin::guardedSavesMoveModifiedOn()
{
    const QJsonObject post = createPost(as(u"editor"_s), {});
    const qint64 id = idOf(post);
    QVERIFY(id > 0);
    QString modifiedGmt = post.value(u"modified_gmt"_s).toString();
    QString modified = post.value(u"modified"_s).toString();
    QElapsedTimer clock;
    clock.start();
    // Each save expects what the one before returned: one client saving quickly.
    for (int save = 1; save <= 5; ++save) {
        const Answer answer = update(as(u"editor"_s), id, {{u"title"_s, u"Save %1"_s.arg(save)}},
                                     modifiedGmt.toLatin1());
        QCOMPARE(answer.status, 200);
        const QString nextGmt = answer.object().value(u"modified_gmt"_s).toString();
        const QString next = answer.object().value(u"modified"_s).toString();
        QVERIFY2(nextGmt > modifiedGmt, qPrintable(nextGmt + u" after "_s + modifiedGmt));
        QVERIFY2(next > modified, qPrintable(next + u" after "_s + modified));
        modifiedGmt = nextGmt;
        modified = next;
    }
    qInfo("5 guarded saves of one post took %lld ms", qint64(clock.elapsed()));
    QCOMPARE(raw(editView(id), u"title"_s), u"Save 5"_s);
}

void TestQuorumPlugin::race_data()
{
    QTest::addColumn<bool>("plugin");
    QTest::newRow("with the plugin: one saves, the other is refused") << true;
    QTest::newRow("without it: both save, one update is lost") << false;
}

void TestQuorumPlugin::race()
{
    QFETCH(bool, plugin);
    if (!plugin)
        QVERIFY(m_wordpress.setQuorumPlugin(false));
    const auto reactivate = qScopeGuard([&] {
        if (!plugin)
            m_wordpress.setQuorumPlugin(true);
    });
    const qint64 id = idOf(createPost(as(u"editor"_s), {}));
    QVERIFY(id > 0);
    const QString route = u"wp/v2/posts/%1"_s.arg(id);
    const QString clients[2] = {u"editor"_s, u"other"_s};
    for (int round = 1; round <= 5; ++round) {
        // Two clients, each with its own connections, loaded the same version of the post and
        // save it at the same moment.
        const QByteArray loaded = editView(id).value(u"modified_gmt"_s).toString().toLatin1();
        QJsonObject sent[2];
        std::unique_ptr<WordPressReply> replies[2];
        qint64 took[2] = {-1, -1};
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 2; ++i) {
            const QString tag = u"round %1, %2"_s.arg(round).arg(clients[i]);
            sent[i] = {{u"title"_s, tag}, {u"content"_s, QString(tag + u". "_s).repeated(5000)}};
            replies[i].reset(
                as(clients[i])->post(route, sent[i], {}, {{kExpectedModified, loaded}}));
            connect(replies[i].get(), &WordPressReply::finished, this,
                    [&took, &clock, i] { took[i] = clock.elapsed(); });
        }
        QTRY_VERIFY_WITH_TIMEOUT(replies[0]->isFinished() && replies[1]->isFinished(), 60'000);
        const int status[2] = {replies[0]->httpStatus(), replies[1]->httpStatus()};
        qInfo("round %d: %d after %lld ms, %d after %lld ms", round, status[0], took[0], status[1],
              took[1]);
        const QJsonObject now = editView(id);

        if (!plugin) {
            QCOMPARE(status[0], 200);
            QCOMPARE(status[1], 200);
            // Whichever saved last replaced the other's update, whole, and nobody was told.
            const int last = raw(now, u"title"_s) == sent[0].value(u"title"_s).toString() ? 0 : 1;
            QCOMPARE(raw(now, u"title"_s), sent[last].value(u"title"_s).toString());
            QCOMPARE(raw(now, u"content"_s), sent[last].value(u"content"_s).toString());
            continue;
        }
        QVERIFY2((status[0] == 200) != (status[1] == 200),
                 qPrintable(u"%1 and %2"_s.arg(status[0]).arg(status[1])));
        const int winner = status[0] == 200 ? 0 : 1;
        const int loser = 1 - winner;
        QCOMPARE(status[loser], 412);
        const QJsonObject refused = replies[loser]->object();
        QCOMPARE(refused.value(u"code"_s).toString(), u"quorum_stale_post"_s);
        const QString saved = replies[winner]->object().value(u"modified_gmt"_s).toString();
        QCOMPARE(refused.value(u"data"_s)[u"modified_gmt"_s].toString(), saved);
        QCOMPARE(raw(now, u"title"_s), sent[winner].value(u"title"_s).toString());
        QCOMPARE(raw(now, u"content"_s), sent[winner].value(u"content"_s).toString());
        QCOMPARE(now.value(u"modified_gmt"_s).toString(), saved);
    }
}

void TestQuorumPlugin::inactivePluginAddsNothing()
{
    QVERIFY(m_wordpress.setQuorumPlugin(false));
    const auto reactivate = qScopeGuard([this] { m_wordpress.setQuorumPlugin(true); });
    QVERIFY(!anonymousGet(QString()).object().contains(u"quorum"_s));

    // WordPress ignores the header and drops the meta key it does not know, without an error.
    const qint64 id = idOf(createPost(as(u"editor"_s), {}));
    QVERIFY(id > 0);
    const QJsonObject fields = withArticle(u"{}"_s, {{u"title"_s, u"Saved"_s}});
    for (const QByteArray &header : {"2000-01-01T00:00:00"_ba, "yesterday"_ba}) {
        const Answer answer = update(as(u"editor"_s), id, fields, header);
        QCOMPARE(answer.status, 200);
        QVERIFY(articleMetaOf(answer.object()).isUndefined());
    }
}

QUORUM_TEST_GUILESS_MAIN(TestQuorumPlugin)
#include "tst_quorumplugin.moc"
