// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "noteanchors.h"
#include "sitenotes.h"
#include "testarticles.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using SiteNotes::Note;
using Support = SiteNotes::Support;

// Review comments and WordPress Notes without a site: what the plugin's index says, note
// content and comment text, the threads each heading names, and how a pull turns the post's
// notes into comments. NoteAnchors and the headings' markup: tests/article/tst_noteanchors.cpp.
class TestSiteNotes : public QObject
{
    Q_OBJECT

private slots:
    void support_data();
    void support();
    void contentFor_data();
    void contentFor();
    void textOf_data();
    void textOf();
    void authorPrefixOnlyWhereQuorumWroteIt();
    void readNotes();
    void headingNotes_data();
    void headingNotes();
    void sectionsOfNotes();
    void pulledComments_data();
    void pulledComments();
    void withIdsOf();
};

namespace {

QJsonObject withId(qint64 id)
{
    return id > 0 ? QJsonObject{{SiteNotes::idKey(), id}} : QJsonObject();
}

ReviewComment comment(const QString &id, const QString &section, const QString &text,
                      qint64 noteId = 0, bool resolved = false)
{
    ReviewComment comment;
    comment.id = id;
    comment.sectionId = section;
    comment.author = u"Ann"_s;
    comment.created = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    comment.text = text;
    comment.resolved = resolved;
    comment.extra = withId(noteId);
    return comment;
}

CommentReply reply(const QString &author, const QString &text, qint64 noteId = 0, int minute = 5)
{
    return {author, QDateTime(QDate(2026, 5, 1), QTime(10, minute), Qt::UTC), text, withId(noteId)};
}

Note note(qint64 id, qint64 parent, const QString &author, const QString &content,
          bool approved = false, const QString &resolution = {})
{
    Note note;
    note.id = id;
    note.parent = parent;
    note.authorName = author;
    note.date = QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC).addSecs(id);
    note.content = content;
    note.approved = approved;
    note.resolution = resolution;
    return note;
}

QJsonObject index(const QJsonObject &quorum)
{
    return {{u"name"_s, u"Site"_s}, {u"quorum"_s, quorum}};
}

} // namespace

void TestSiteNotes::support_data()
{
    QTest::addColumn<QJsonObject>("index");
    QTest::addColumn<Support>("expected");
    QTest::newRow("no plugin") << QJsonObject{{u"name"_s, u"Site"_s}} << Support::None;
    QTest::newRow("plugin before notes were announced")
        << index({{u"version"_s, u"1.0.0"_s}}) << Support::None;
    QTest::newRow("WordPress without notes")
        << index({{u"notes"_s, false}, {u"notes_per_block"_s, u"one"_s}}) << Support::None;
    QTest::newRow("WordPress 6.9")
        << index({{u"notes"_s, true}, {u"notes_per_block"_s, u"one"_s}}) << Support::OnePerBlock;
    QTest::newRow("WordPress 7.1")
        << index({{u"notes"_s, true}, {u"notes_per_block"_s, u"many"_s}}) << Support::ManyPerBlock;
}

void TestSiteNotes::support()
{
    QFETCH(QJsonObject, index);
    QFETCH(Support, expected);
    QCOMPARE(SiteNotes::support(index), expected);
}

void TestSiteNotes::contentFor_data()
{
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("siteUser");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the site's user wrote it")
        << u"editor"_s << u"Check this."_s << u"editor"_s << u"Check this."_s;
    QTest::newRow("someone else wrote it")
        << u"Ann"_s << u"Check this."_s << u"editor"_s << u"Ann: Check this."_s;
    QTest::newRow("no author") << QString() << u"Check this."_s << u"editor"_s << u"Check this."_s;
    QTest::newRow("markup is text")
        << u"A & B"_s << u"<b>not bold</b> & \"so\""_s << u"editor"_s
        << u"A &amp; B: &lt;b&gt;not bold&lt;/b&gt; &amp; &quot;so&quot;"_s;
    QTest::newRow("lines") << u"editor"_s << u"One\nTwo\n"_s << u"editor"_s << u"One\nTwo"_s;
}

void TestSiteNotes::contentFor()
{
    QFETCH(QString, author);
    QFETCH(QString, text);
    QFETCH(QString, siteUser);
    QFETCH(QString, expected);
    const QString content = SiteNotes::contentFor(author, text, siteUser);
    QCOMPARE(content, expected);
    // And back: the text as the comment has it.
    const QString prefix = author.isEmpty() || author == siteUser ? QString() : author;
    QCOMPARE(SiteNotes::textOf(content, prefix), text.trimmed());
}

void TestSiteNotes::textOf_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Looks good."_s << u"Looks good."_s;
    QTest::newRow("formats of the editor")
        << u"<strong>Bold</strong>, <em>it</em>, <code>x</code> and <a href=\"https://e.org\">a "
           u"link</a>"_s
        << u"Bold, it, x and a link"_s;
    QTest::newRow("a mention") << u"<span class=\"wp-note-mention user-2\">@Ann</span> see"_s
                               << u"@Ann see"_s;
    QTest::newRow("entities") << u"a &amp; b &lt; c &#8217;"_s << u"a & b < c \u2019"_s;
    QTest::newRow("line breaks, as kses writes them")
        << u"one<br />two<br>three"_s << u"one\ntwo\nthree"_s;
    QTest::newRow("paragraphs") << u"<p>one</p><p>two</p>"_s << u"one\ntwo"_s;
    QTest::newRow("empty, as a resolution") << QString() << QString();
}

void TestSiteNotes::textOf()
{
    QFETCH(QString, content);
    QFETCH(QString, expected);
    QCOMPARE(SiteNotes::textOf(content), expected);
}

void TestSiteNotes::authorPrefixOnlyWhereQuorumWroteIt()
{
    // Quorum put "Ann: " in front because the site's user was someone else.
    QCOMPARE(SiteNotes::textOf(note(1, 0, u"editor"_s, u"Ann: Check."_s), u"Ann"_s), u"Check."_s);
    // Ann wrote it in the block editor herself, beginning with her own name.
    QCOMPARE(SiteNotes::textOf(note(1, 0, u"Ann"_s, u"Ann: Check."_s), u"Ann"_s), u"Ann: Check."_s);
}

void TestSiteNotes::readNotes()
{
    const QJsonArray answer = QJsonDocument::fromJson(R"([
        {"id": 7, "parent": 0, "author_name": "editor", "date_gmt": "2026-05-02T08:00:07",
         "content": {"raw": "Fix <em>this</em>", "rendered": "<p>Fix <em>this</em></p>"},
         "status": "approved", "meta": {"_wp_note_status": ""}},
        {"id": 9, "parent": 7, "author_name": "editor", "date_gmt": "2026-05-02T08:00:09",
         "content": {"raw": ""}, "status": "approved", "meta": {"_wp_note_status": "resolved"}},
        {"id": 0, "parent": 0}
    ])")
                                  .array();
    const QList<Note> notes = SiteNotes::readNotes(answer);
    QCOMPARE(notes.size(), 2);
    Note expected = note(7, 0, u"editor"_s, u"Fix <em>this</em>"_s, true);
    QCOMPARE(notes.at(0), expected);
    QCOMPARE(notes.at(1), note(9, 7, u"editor"_s, QString(), true, u"resolved"_s));
}

void TestSiteNotes::headingNotes_data()
{
    QTest::addColumn<Support>("support");
    QTest::addColumn<QList<qint64>>("first");
    QTest::newRow("7.1: every thread on the heading")
        << Support::ManyPerBlock << QList<qint64>{11, 12, 13};
    QTest::newRow("6.9: the first open one") << Support::OnePerBlock << QList<qint64>{12};
    QTest::newRow("no notes") << Support::None << QList<qint64>();
}

void TestSiteNotes::headingNotes()
{
    QFETCH(Support, support);
    QFETCH(QList<qint64>, first);
    Article article = test::twoTextSections();
    // A thread the block editor began on the second section's paragraph stays there.
    article.sections[1].source.blocks = {
        {u"Two."_s,
         u"<!-- wp:paragraph {\"metadata\":{\"noteId\":[21]}} -->\n<p>Two.</p>\n"
         u"<!-- /wp:paragraph -->"_s,
         u"\n\n"_s,
         {}}};
    article.comments = {comment(u"c1"_s, u"sa"_s, u"Resolved one."_s, 11, true),
                        comment(u"c2"_s, u"sa"_s, u"Open one."_s, 12),
                        comment(u"c3"_s, u"sa"_s, u"Another."_s, 13),
                        comment(u"c4"_s, u"sa"_s, u"Not published yet."_s),
                        comment(u"n21"_s, u"sb"_s, u"On the paragraph."_s, 21)};
    const QHash<QString, QList<qint64>> notes = SiteNotes::headingNotes(article, support);
    QCOMPARE(notes.value(u"sa"_s), first);
    QVERIFY(!notes.contains(u"sb"_s));
}

void TestSiteNotes::sectionsOfNotes()
{
    Article article;
    article.sections = {test::textSection(u"intro"_s, QString(), u"Before."_s),
                        test::textSection(u"sa"_s, u"First"_s, u"One."_s),
                        test::textSection(u"foreign"_s, u"Theirs"_s, u"Two."_s)};
    article.sections[0].headless = true;
    const QString content =
        u"<!-- wp:paragraph {\"metadata\":{\"noteId\":1}} -->\n<p>Before.</p>\n<!-- "
        u"/wp:paragraph -->\n\n"
        u"<!-- wp:heading {\"metadata\":{\"noteId\":[2,3]}} -->\n<h2 class=\"wp-block-heading\" "
        u"id=\"section-sa\">First</h2>\n<!-- /wp:heading -->\n\n"
        u"<!-- wp:heading {\"level\":3,\"metadata\":{\"noteId\":4}} -->\n<h3>Sub</h3>\n<!-- "
        u"/wp:heading -->\n\n"
        u"<!-- wp:heading -->\n<h2>Theirs</h2>\n<!-- /wp:heading -->\n\n"
        u"<!-- wp:group -->\n<div class=\"wp-block-group\"><!-- wp:paragraph "
        u"{\"metadata\":{\"noteId\":5}} -->\n<p>Two.</p>\n<!-- /wp:paragraph --></div>\n<!-- "
        u"/wp:group -->"_s;
    const QHash<qint64, QString> expected{
        {1, u"intro"_s}, {2, u"sa"_s}, {3, u"sa"_s}, {4, u"sa"_s}, {5, u"foreign"_s}};
    QCOMPARE(SiteNotes::sectionsOfNotes(article, content), expected);
}

void TestSiteNotes::pulledComments_data()
{
    QTest::addColumn<QList<ReviewComment>>("comments");
    QTest::addColumn<QList<Note>>("notes");
    QTest::addColumn<QList<ReviewComment>>("expected");

    // The post: thread 11 on the first heading, 12 on the second section's paragraph.
    const QList<ReviewComment> quorum{comment(u"c1"_s, u"sa"_s, u"Check."_s, 11)};
    QList<ReviewComment> expected = quorum;

    ReviewComment fromSite;
    fromSite.id = u"n12"_s;
    fromSite.sectionId = u"sb"_s;
    fromSite.author = u"editor"_s;
    fromSite.created = note(12, 0, {}, {}).date;
    fromSite.text = u"New remark"_s;
    fromSite.resolved = true;
    fromSite.replies = {reply(u"author"_s, u"Done."_s, 14, 0)};
    fromSite.replies[0].created = note(14, 0, {}, {}).date;
    fromSite.extra = withId(12);
    QTest::newRow("a thread begun in the block editor, resolved there")
        << quorum
        << QList<Note>{note(11, 0, u"editor"_s, u"Ann: Check."_s),
                       note(12, 0, u"editor"_s, u"New <strong>remark</strong>"_s, true),
                       note(14, 12, u"author"_s, u"Done."_s),
                       note(15, 12, u"editor"_s, QString(), true, u"resolved"_s)}
        << (expected + QList<ReviewComment>{fromSite});

    expected = quorum;
    expected[0].resolved = true;
    expected[0].text = u"Check twice."_s;
    CommentReply siteReply = reply(u"editor"_s, u"Agreed."_s, 16);
    siteReply.created = note(16, 0, {}, {}).date;
    expected[0].replies = {siteReply};
    QTest::newRow("Quorum's thread answered, edited and resolved on the site")
        << quorum
        << QList<Note>{note(11, 0, u"editor"_s, u"Ann: Check twice."_s, true),
                       note(16, 11, u"editor"_s, u"Agreed."_s),
                       note(17, 11, u"editor"_s, QString(), true, u"resolved"_s)}
        << expected;

    QList<ReviewComment> answered = quorum;
    answered[0].replies = {reply(u"Ann"_s, u"Gone on the site."_s, 18),
                           reply(u"Ann"_s, u"Stays."_s, 19, 6),
                           reply(u"Ann"_s, u"Not published yet."_s, 0, 7)};
    expected = answered;
    expected[0].replies.removeFirst();
    QTest::newRow("a reply deleted on the site")
        << answered
        << QList<Note>{note(11, 0, u"editor"_s, u"Ann: Check."_s),
                       note(19, 11, u"editor"_s, u"Ann: Stays."_s)}
        << expected;

    QTest::newRow("a thread deleted on the site")
        << (quorum + QList<ReviewComment>{comment(u"c2"_s, u"sb"_s, u"Unpublished."_s)})
        << QList<Note>{} << QList<ReviewComment>{comment(u"c2"_s, u"sb"_s, u"Unpublished."_s)};

    // The site kept an article without the ids (a publish whose last save was refused).
    QList<ReviewComment> withoutIds = SiteNotes::withoutIds(answered);
    withoutIds[0].replies.removeFirst();
    expected = withoutIds;
    expected[0].extra = withId(11);
    expected[0].replies[0].extra = withId(19);
    QTest::newRow("notes of comments the site's article has without ids")
        << withoutIds
        << QList<Note>{note(11, 0, u"editor"_s, u"Ann: Check."_s),
                       note(19, 11, u"editor"_s, u"Ann: Stays."_s)}
        << expected;

    ReviewComment lost;
    lost.id = u"n30"_s;
    lost.sectionId = u"sa"_s;
    lost.detached = true;
    lost.author = u"editor"_s;
    lost.created = note(30, 0, {}, {}).date;
    lost.text = u"Where am I?"_s;
    lost.extra = withId(30);
    QTest::newRow("a thread on no block")
        << QList<ReviewComment>{} << QList<Note>{note(30, 0, u"editor"_s, u"Where am I?"_s)}
        << QList<ReviewComment>{lost};

    QList<ReviewComment> moved{comment(u"c3"_s, u"sa"_s, u"On the paragraph."_s, 12)};
    moved[0].anchor.kind = CommentAnchor::Kind::Text;
    moved[0].anchor.length = 3;
    expected = {comment(u"c3"_s, u"sb"_s, u"On the paragraph."_s, 12)};
    QTest::newRow("its block moved to another section")
        << moved << QList<Note>{note(12, 0, u"Ann"_s, u"On the paragraph."_s)} << expected;
}

void TestSiteNotes::pulledComments()
{
    QFETCH(QList<ReviewComment>, comments);
    QFETCH(QList<Note>, notes);
    QFETCH(QList<ReviewComment>, expected);
    Article article = test::twoTextSections();
    article.comments = comments;
    const QString content =
        u"<!-- wp:heading {\"className\":\"quorum-text\",\"metadata\":{\"noteId\":11}} -->\n"
        u"<h2 class=\"wp-block-heading quorum-text\" id=\"section-sa\">First</h2>\n"
        u"<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>One.</p>\n<!-- /wp:paragraph -->\n\n"
        u"<!-- wp:heading {\"className\":\"quorum-text\"} -->\n<h2 class=\"wp-block-heading "
        u"quorum-text\" id=\"section-sb\">Second</h2>\n<!-- /wp:heading -->\n\n"
        u"<!-- wp:paragraph {\"metadata\":{\"noteId\":[12]}} -->\n<p>Two.</p>\n<!-- "
        u"/wp:paragraph -->"_s;
    const QList<ReviewComment> pulled = SiteNotes::pulledComments(article, notes, content);
    QCOMPARE(pulled.size(), expected.size());
    for (qsizetype i = 0; i < pulled.size(); ++i)
        QCOMPARE(pulled.at(i), expected.at(i));
    // Pulled again: the same comments, ids and all.
    article.comments = pulled;
    QCOMPARE(SiteNotes::pulledComments(article, notes, content), pulled);
}

void TestSiteNotes::withIdsOf()
{
    QList<ReviewComment> synced{comment(u"c1"_s, u"sa"_s, u"Check."_s, 11)};
    synced[0].replies = {reply(u"Ann"_s, u"Sure."_s, 12)};
    // Meanwhile the writer answered and added a comment: kept, without ids.
    QList<ReviewComment> current = SiteNotes::withoutIds(synced);
    current[0].replies.append(reply(u"Ann"_s, u"Later."_s, 0, 9));
    current.append(comment(u"c2"_s, u"sb"_s, u"New."_s));
    QList<ReviewComment> expected = current;
    expected[0].extra = withId(11);
    expected[0].replies[0].extra = withId(12);
    QCOMPARE(SiteNotes::withIdsOf(current, synced), expected);
}

QUORUM_TEST_GUILESS_MAIN(TestSiteNotes)
#include "tst_sitenotes.moc"
