// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockgrammar.h"
#include "noteanchors.h"
#include "publishjob.h"
#include "pulljob.h"
#include "sitenotes.h"
#include "siteupdate.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace quorum;

// Review comments as WordPress Notes, against the real sites with the Quorum plugin: on the
// newest WordPress a writer's comments become Notes on their sections' headings, an editor's
// Notes come back as comments, and repeated publishes and pulls make nothing twice; on 6.1,
// which has no Notes, publishing with comments makes none and says nothing about them.
class TestNotesSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutNotesNothingIsMade();
    void commentsBecomeNotesAndBack();

private:
    struct Published
    {
        RemoteBinding binding;
        QList<ReviewComment> comments;
        QStringList warnings;
        PublishError error;
    };
    Published publish(const Article &article);
    Article pull(qint64 postId);
    QList<SiteNotes::Note> notesOf(qint64 postId);
    QJsonObject post(qint64 postId);
    QJsonObject createNote(const QJsonObject &fields);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
    WordPressClient *m_editor = nullptr;
    bool m_siteHasNotes = false;
    QString m_writer; ///< the display name of the user who publishes
};

namespace {

Section textSection(const QString &heading, const QString &markdown)
{
    Section section = Section::create(SectionKind::Text);
    section.heading = heading;
    section.markdown = markdown;
    return section;
}

// Three sections; on the first an open and a resolved comment, on the second one with two
// replies; the third has none.
Article reviewedArticle(const QString &token)
{
    Article article;
    article.meta.title = u"Notes %1"_s.arg(token);
    article.meta.slug = token;
    article.sections = {textSection(u"Findings"_s, u"Most readers agree."_s),
                        textSection(u"Method"_s, u"We read 400 comments."_s),
                        textSection(u"Outlook"_s, u"More next year.\n\nOr the year after."_s)};
    const QDateTime start(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    const auto comment = [&](const QString &section, const QString &author, const QString &text,
                             int minutes) {
        ReviewComment comment;
        comment.id = newId(u'c');
        comment.sectionId = section;
        comment.author = author;
        comment.created = start.addSecs(60 * minutes);
        comment.text = text;
        return comment;
    };
    ReviewComment open =
        comment(article.sections.at(0).id, u"Ann Writer"_s, u"Is \"most\" <b>right</b>?"_s, 0);
    ReviewComment resolved =
        comment(article.sections.at(0).id, u"Ann Writer"_s, u"Add the date.\nAnd the place."_s, 1);
    resolved.resolved = true;
    ReviewComment answered =
        comment(article.sections.at(1).id, u"Bo Editor"_s, u"Which forums?"_s, 2);
    answered.replies = {{u"Ann Writer"_s, start.addSecs(180), u"Three of them."_s, {}},
                        {u"Bo Editor"_s, start.addSecs(240), u"Name them."_s, {}}};
    article.comments = {open, resolved, answered};
    return article;
}

int count(const QList<SiteNotes::Note> &notes, qint64 parent)
{
    return int(std::count_if(notes.cbegin(), notes.cend(), [parent](const SiteNotes::Note &note) {
        return note.parent == parent;
    }));
}

const SiteNotes::Note *find(const QList<SiteNotes::Note> &notes, qint64 id)
{
    for (const SiteNotes::Note &note : notes) {
        if (note.id == id)
            return &note;
    }
    return nullptr;
}

// The ids each section's heading block names, by the section anchor, and every id any block
// of the post names.
QHash<QString, QList<qint64>> headingIds(const QString &content, QList<qint64> *all)
{
    QHash<QString, QList<qint64>> ids;
    static const QRegularExpression anchor(u"id=\"section-([^\"]+)\""_s);
    for (const ParsedBlock &block : parseBlockMarkup(content).blocks) {
        if (block.name == u"core/heading") {
            const QString section = anchor.match(block.innerHtml).captured(1);
            if (!section.isEmpty())
                ids.insert(section, NoteAnchors::idsOf(block.attributes));
        }
    }
    *all = NoteAnchors::idsIn(content);
    return ids;
}

} // namespace

void TestNotesSync::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
    m_editor = m_wordpress.client(m_wordpress.editor(), this);
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    const QJsonObject index = test::call(m_admin->get(QString())).toObject();
    m_siteHasNotes = SiteNotes::support(index) != SiteNotes::Support::None;
    // The newest test site has Notes, Debian 12's 6.1 has none.
    QCOMPARE(m_siteHasNotes, qEnvironmentVariable("WORDPRESS_DIR").contains(u"wordpress-newest"_s));
    std::unique_ptr<WordPressClient> author(m_wordpress.client(m_wordpress.author(), nullptr));
    m_writer = test::call(author->get(u"wp/v2/users/me"_s)).toObject()[u"name"_s].toString();
    QVERIFY(!m_writer.isEmpty());
}

void TestNotesSync::cleanupTestCase()
{
    // The other suites find the site as the fixture starts it: the plugin installed, not active.
    if (m_admin)
        QVERIFY(m_wordpress.setQuorumPlugin(false));
}

TestNotesSync::Published TestNotesSync::publish(const Article &article)
{
    PublishJob job(article, m_wordpress.target(m_wordpress.author()), {});
    if (!test::run(job))
        return {{}, {}, {}, PublishError::make(PublishError::Kind::Timeout, u"no end"_s)};
    return {job.binding(), job.comments(), job.warnings(), job.error()};
}

Article TestNotesSync::pull(qint64 postId)
{
    PullJob job(m_wordpress.target(m_wordpress.author()), postId);
    QSignalSpy finished(&job, &PullJob::finished);
    job.start();
    if (finished.isEmpty() && !finished.wait(60'000)) {
        QTest::qFail("the pull did not end", __FILE__, __LINE__);
        return {};
    }
    if (job.error().isError())
        QTest::qFail(qPrintable(job.error().toString()), __FILE__, __LINE__);
    return job.article();
}

QList<SiteNotes::Note> TestNotesSync::notesOf(qint64 postId)
{
    return SiteNotes::readNotes(
        test::call(m_admin->get(u"wp/v2/comments"_s, SiteNotes::listQuery(postId, 1))).toArray());
}

QJsonObject TestNotesSync::post(qint64 postId)
{
    return test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(postId), {{u"context"_s, u"edit"_s}}))
        .toObject();
}

QJsonObject TestNotesSync::createNote(const QJsonObject &fields)
{
    return test::call(m_editor->post(u"wp/v2/comments"_s, fields)).toObject();
}

void TestNotesSync::withoutNotesNothingIsMade()
{
    if (m_siteHasNotes)
        QSKIP("this site keeps Notes: commentsBecomeNotesAndBack tests them");
    const Article article = reviewedArticle(test::unique(u"no-notes"_s));
    const Published published = publish(article);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(published.warnings, QStringList());
    QCOMPARE(published.comments, article.comments); // no ids recorded
    const qint64 id = published.binding.postId;
    const QJsonArray comments =
        test::call(m_admin->get(u"wp/v2/comments"_s, {{u"post"_s, QString::number(id)},
                                                      {u"status"_s, u"all"_s},
                                                      {u"type"_s, u"note"_s},
                                                      {u"context"_s, u"edit"_s}}))
            .toArray();
    QCOMPARE(comments.size(), 0);
    const QString content = post(id)[u"content"_s][u"raw"_s].toString();
    QVERIFY(!content.contains(u"noteId"_s));
    QVERIFY(!content.contains(u"metadata"_s));
    // And a pull brings the comments back as the site's article keeps them.
    QCOMPARE(pull(id).comments, article.comments);
}

void TestNotesSync::commentsBecomeNotesAndBack()
{
    if (!m_siteHasNotes)
        QSKIP("this WordPress has no Notes (6.9 and later)");
    const Article article = reviewedArticle(test::unique(u"notes"_s));
    const QString first = article.sections.at(0).id;
    const QString second = article.sections.at(1).id;
    const QString third = article.sections.at(2).id;

    // 1. Published: a thread per comment, replies below it, the resolved one resolved.
    Published published = publish(article);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(published.warnings, QStringList());
    const qint64 postId = published.binding.postId;
    QList<SiteNotes::Note> notes = notesOf(postId);
    QCOMPARE(published.comments.size(), 3);
    const qint64 open = SiteNotes::idIn(published.comments.at(0).extra);
    const qint64 resolved = SiteNotes::idIn(published.comments.at(1).extra);
    const qint64 answered = SiteNotes::idIn(published.comments.at(2).extra);
    QVERIFY(open > 0 && resolved > 0 && answered > 0);
    QCOMPARE(count(notes, 0), 3);
    QCOMPARE(count(notes, answered), 2);
    QCOMPARE(count(notes, resolved), 1); // the record of its resolution
    QCOMPARE(count(notes, open), 0);
    QCOMPARE(notes.size(), 6);
    // The site's user wrote them; the comments' authors are named in front.
    QCOMPARE(find(notes, open)->authorName, m_writer);
    QCOMPARE(find(notes, open)->content,
             u"Ann Writer: Is &quot;most&quot; &lt;b&gt;right&lt;/b&gt;?"_s);
    QCOMPARE(SiteNotes::textOf(*find(notes, open), u"Ann Writer"_s),
             u"Is \"most\" <b>right</b>?"_s);
    QCOMPARE(SiteNotes::textOf(*find(notes, resolved), u"Ann Writer"_s),
             u"Add the date.\nAnd the place."_s);
    QVERIFY(!find(notes, open)->approved);
    QVERIFY(find(notes, resolved)->approved);
    QVERIFY(!find(notes, answered)->approved);
    for (const SiteNotes::Note &note : std::as_const(notes)) {
        if (note.parent == resolved)
            QCOMPARE(note.resolution, u"resolved"_s);
    }
    for (qsizetype i = 0; i < 2; ++i) {
        const CommentReply &reply = published.comments.at(2).replies.at(i);
        const SiteNotes::Note *note = find(notes, SiteNotes::idIn(reply.extra));
        QVERIFY(note);
        QCOMPARE(note->parent, answered);
        QCOMPARE(SiteNotes::textOf(*note, reply.author), reply.text);
    }
    // The headings name their threads; the post's modification time is the binding's, so
    // the second save (which named the new threads) left nothing unseen.
    QJsonObject site = post(postId);
    QList<qint64> anywhere;
    QHash<QString, QList<qint64>> headings =
        headingIds(site[u"content"_s][u"raw"_s].toString(), &anywhere);
    QCOMPARE(headings.value(first), (QList<qint64>{open, resolved}));
    QCOMPARE(headings.value(second), QList<qint64>{answered});
    QCOMPARE(headings.value(third), QList<qint64>());
    QCOMPARE(site[u"modified_gmt"_s].toString(), published.binding.modifiedGmt);

    // 2. Published again: nothing new, nothing changed.
    Article local = article;
    local.remote = published.binding;
    local.comments = published.comments;
    const QString contentBefore = site[u"content"_s][u"raw"_s].toString();
    published = publish(local);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(published.comments, local.comments);
    QCOMPARE(notesOf(postId), notes);
    site = post(postId);
    QCOMPARE(site[u"content"_s][u"raw"_s].toString(), contentBefore);
    local.remote = published.binding;

    // 3. In the block editor: the editor answers the second thread, begins one on the third
    // section's second paragraph (the note, then the block's metadata saved with the post),
    // and resolves the first thread, each with the fields the block editor sends.
    const QJsonObject reply = createNote({{u"post"_s, postId},
                                          {u"content"_s, u"Reddit, <em>HN</em> and Lemmy."_s},
                                          {u"status"_s, u"hold"_s},
                                          {u"type"_s, u"note"_s},
                                          {u"parent"_s, answered}});
    const QJsonObject fresh = createNote({{u"post"_s, postId},
                                          {u"content"_s, u"Which year?"_s},
                                          {u"status"_s, u"hold"_s},
                                          {u"type"_s, u"note"_s},
                                          {u"parent"_s, 0}});
    const qint64 freshId = fresh[u"id"_s].toInteger();
    QString content = site[u"content"_s][u"raw"_s].toString();
    const qsizetype paragraph = content.lastIndexOf(u"<!-- wp:paragraph -->"_s);
    QVERIFY(paragraph > content.indexOf(u"id=\"section-"_s + third));
    content.replace(paragraph, 21,
                    u"<!-- wp:paragraph {\"metadata\":{\"noteId\":[%1]}} -->"_s.arg(freshId));
    test::call(m_editor->post(u"wp/v2/posts/%1"_s.arg(postId), {{u"content"_s, content}}));
    test::call(m_editor->post(u"wp/v2/comments/%1"_s.arg(open), {{u"status"_s, u"approved"_s}}));
    createNote({{u"post"_s, postId},
                {u"content"_s, QString()},
                {u"type"_s, u"note"_s},
                {u"status"_s, u"approved"_s},
                {u"parent"_s, open},
                {u"meta"_s, QJsonObject{{u"_wp_note_status"_s, u"resolved"_s}}}});

    // 4. Pulled: the reply, the new thread on its section, the resolution; nothing twice.
    const Article pulled = pull(postId);
    QCOMPARE(pulled.comments.size(), 4);
    QCOMPARE(pulled.comments.at(0).id, article.comments.at(0).id);
    QVERIFY(pulled.comments.at(0).resolved);
    QCOMPARE(pulled.comments.at(0).replies.size(), 0); // a resolution is no reply
    QVERIFY(pulled.comments.at(1).resolved);
    const ReviewComment &thread = pulled.comments.at(2);
    QCOMPARE(thread.id, article.comments.at(2).id);
    QCOMPARE(thread.replies.size(), 3);
    QCOMPARE(thread.replies.at(0), published.comments.at(2).replies.at(0));
    QCOMPARE(thread.replies.at(2).author, u"editor"_s);
    QCOMPARE(thread.replies.at(2).text, u"Reddit, HN and Lemmy."_s);
    QCOMPARE(SiteNotes::idIn(thread.replies.at(2).extra), reply[u"id"_s].toInteger());
    const ReviewComment &begun = pulled.comments.at(3);
    QCOMPARE(begun.id, u"n%1"_s.arg(freshId));
    QCOMPARE(begun.sectionId, third);
    QVERIFY(!begun.detached);
    QCOMPARE(begun.author, u"editor"_s);
    QCOMPARE(begun.text, u"Which year?"_s);
    QVERIFY(!begun.resolved);
    // Update from Site: the editor's side merges in without a conflict or a second copy.
    ArticleMerge merge = mergeFromSite(local, pulled);
    QVERIFY(merge.conflicts.isEmpty());
    QCOMPARE(merge.article.comments, pulled.comments);

    // 5. The writer reopens the resolved thread and publishes: the site follows, and still
    // every note is there once.
    local = merge.article;
    local.comments[1].resolved = false;
    const int notesBefore = int(notesOf(postId).size());
    published = publish(local);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(published.warnings, QStringList());
    notes = notesOf(postId);
    QCOMPARE(notes.size(), notesBefore + 1); // the record of the reopening
    QVERIFY(!find(notes, resolved)->approved);
    QVERIFY(find(notes, open)->approved);
    QCOMPARE(count(notes, 0), 4);
    site = post(postId);
    headings = headingIds(site[u"content"_s][u"raw"_s].toString(), &anywhere);
    QCOMPARE(headings.value(first), (QList<qint64>{open, resolved}));
    QCOMPARE(headings.value(third), QList<qint64>()); // the new thread stays on its paragraph
    QCOMPARE(anywhere.count(freshId), 1);
    QCOMPARE(site[u"modified_gmt"_s].toString(), published.binding.modifiedGmt);

    // 6. Pulled once more and published once more: the same comments, the same notes.
    local.remote = published.binding;
    local.comments = published.comments;
    const Article again = pull(postId);
    QCOMPARE(again.comments, local.comments);
    published = publish(again);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(notesOf(postId), notes);

    // 7. The writer deletes the reopened thread and a reply, and rewords a comment: the notes
    // go to the trash (as the block editor deletes them), the note takes the new words, and the
    // heading names only what is left.
    local = again;
    local.remote = published.binding;
    local.comments = published.comments;
    const qint64 goneReply = SiteNotes::idIn(local.comments[2].replies.at(1).extra);
    local.comments[2].replies.removeAt(1);
    local.comments[2].text = u"Which forums, and when?"_s;
    local.comments.removeAt(1);
    published = publish(local);
    QVERIFY2(!published.error.isError(), qPrintable(published.error.toString()));
    QCOMPARE(published.comments, local.comments);
    notes = notesOf(postId);
    QVERIFY(!find(notes, resolved));
    QCOMPARE(count(notes, resolved), 0);
    QVERIFY(!find(notes, goneReply));
    QCOMPARE(SiteNotes::textOf(*find(notes, answered), u"Bo Editor"_s),
             u"Which forums, and when?"_s);
    headings = headingIds(post(postId)[u"content"_s][u"raw"_s].toString(), &anywhere);
    QCOMPARE(headings.value(first), QList<qint64>{open});
    local.remote = published.binding;
    QCOMPARE(pull(postId).comments, local.comments);
}

QUORUM_TEST_GUILESS_MAIN(TestNotesSync)
#include "tst_notessync.moc"
