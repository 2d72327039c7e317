// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "commentanchors.h"
#include "contentrenderer.h"
#include "markdownexport.h"
#include "testarticles.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Review comments: adding, answering, resolving; anchors that follow the text they are on.
class TestReviewComments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void spanFollowsAnEdit_data();
    void spanFollowsAnEdit();
    void anchorFollowsTypingAroundIt_data();
    void anchorFollowsTypingAroundIt();
    void deletingTheTextDetaches();
    void undoPutsAnchorsBack();
    void voiceAnchorFollowsTheVoice();
    void bulletAnchorFollowsItsBullet();
    void addReplyResolveDelete();
    void refusedComments_data();
    void refusedComments();
    void openCountsPerSection();
    void anchorsAreKeptToTheirKind();
    void savedFileKeepsTheThread();
    void commentsAreNeverPublishedOrExported();

private:
    QString addOnIntro(const QString &word);
    const ReviewComment &comment(const QString &id) const
    {
        return m_doc->article().comments.at(m_doc->article().indexOfComment(id));
    }
    QString intro() const { return m_doc->section(u"i1"_s)->markdown; }
    /// Replaces the introduction's text, as an editor does: one mergeable edit.
    void setIntro(const QString &text, bool mergeable = true)
    {
        Section section = *m_doc->section(u"i1"_s);
        section.markdown = text;
        m_doc->setSection(section, mergeable);
    }

    std::unique_ptr<ArticleDocument> m_doc;
};

void TestReviewComments::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.sections[article.indexOfSection(u"i1"_s)].markdown = u"The quick brown fox."_s;
    article.comments.clear();
    m_doc->reset(article);
}

QString TestReviewComments::addOnIntro(const QString &word)
{
    ReviewComment comment;
    comment.sectionId = u"i1"_s;
    comment.anchor.kind = CommentAnchor::Kind::Text;
    comment.anchor.field = TextField::Markdown;
    comment.anchor.start = intro().indexOf(word);
    comment.anchor.length = word.size();
    comment.author = u"editor"_s;
    comment.text = u"Which fox?"_s;
    return m_doc->addComment(comment);
}

void TestReviewComments::spanFollowsAnEdit_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("anchored"); // the span, found in `before`
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected"); // the span's text after the edit; empty: detached
    QTest::addColumn<int>("expectedStart");

    const QString text = u"The quick brown fox"_s;
    QTest::newRow("typing before")
        << text << u"brown"_s << u"The very quick brown fox"_s << u"brown"_s << 15;
    QTest::newRow("typing after") << text << u"brown"_s << u"The quick brown fox jumps"_s
                                  << u"brown"_s << 10;
    QTest::newRow("typing inside")
        << text << u"brown"_s << u"The quick broXwn fox"_s << u"broXwn"_s << 10;
    QTest::newRow("deleting inside")
        << text << u"brown"_s << u"The quick bwn fox"_s << u"bwn"_s << 10;
    QTest::newRow("typing at the start edge stays outside")
        << text << u"brown"_s << u"The quick Xbrown fox"_s << u"brown"_s << 11;
    QTest::newRow("typing at the end edge stays outside")
        << text << u"brown"_s << u"The quick brownX fox"_s << u"brown"_s << 10;
    QTest::newRow("deleting over the start cuts it")
        << text << u"brown"_s << u"The own fox"_s << u"own"_s << 4;
    QTest::newRow("deleting over the end cuts it")
        << text << u"brown"_s << u"The quick broox"_s << u"bro"_s << 10;
    QTest::newRow("pasting over the middle keeps the edges")
        << text << u"quick brown"_s << u"The quick red and brown fox"_s << u"quick red and brown"_s
        << 4;
    QTest::newRow("deleting all of it detaches")
        << text << u"brown"_s << u"The quick  fox"_s << QString() << -1;
    QTest::newRow("replacing the word detaches (not kept on a common letter)")
        << text << u"brown"_s << u"The quick green fox"_s << QString() << -1;
    QTest::newRow("an ambiguous deletion spares the span")
        << u"Baa baa"_s << u"a b"_s << u"Ba baa"_s << u"a b"_s << 1;
    QTest::newRow("an edit elsewhere in the same run of letters")
        << u"aaa"_s << u"a"_s << u"aa"_s << u"a"_s << 1;
}

void TestReviewComments::spanFollowsAnEdit()
{
    QFETCH(QString, before);
    QFETCH(QString, anchored);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QFETCH(int, expectedStart);
    const qsizetype start = before.lastIndexOf(anchored);
    const TextChange change = textChange(before, after, start, start + anchored.size());
    const auto span = followSpan(start, anchored.size(), change);
    if (expected.isEmpty()) {
        QVERIFY(!span);
        return;
    }
    QVERIFY(span);
    QCOMPARE(span->first, expectedStart);
    QCOMPARE(after.mid(span->first, span->second), expected);
}

void TestReviewComments::anchorFollowsTypingAroundIt_data()
{
    QTest::addColumn<int>("position"); // where to type, in "The quick brown fox."
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("start"); // where "brown…" is afterwards
    QTest::addColumn<QString>("quote");
    QTest::newRow("before") << 4 << u"very "_s << 15 << u"brown"_s;
    QTest::newRow("inside") << 12 << u"-ish-"_s << 10 << u"br-ish-own"_s;
    QTest::newRow("after") << 19 << u" jumps"_s << 10 << u"brown"_s;
    QTest::newRow("right after it") << 15 << u"ish"_s << 10 << u"brown"_s;
    QTest::newRow("right before it") << 10 << u"dark "_s << 15 << u"brown"_s;
}

void TestReviewComments::anchorFollowsTypingAroundIt()
{
    QFETCH(int, position);
    QFETCH(QString, keys);
    QFETCH(int, start);
    QFETCH(QString, quote);
    const QString id = addOnIntro(u"brown"_s);
    QSignalSpy changed(m_doc.get(), &ArticleDocument::commentsChanged);
    QString text = intro();
    for (qsizetype i = 0; i < keys.size(); ++i) { // one keystroke at a time, as typed
        text.insert(position + i, keys.at(i));
        setIntro(text);
    }
    const ReviewComment &moved = comment(id);
    QVERIFY(!moved.detached);
    QCOMPARE(moved.anchor.start, start);
    QCOMPARE(intro().mid(moved.anchor.start, moved.anchor.length), quote);
    QCOMPARE(moved.anchor.quote, quote);
    QCOMPARE(moved.location(),
             (TextLocation{u"i1"_s, TextField::Markdown, 0, start, quote.size()}));
    QCOMPARE(changed.isEmpty(), start == 10 && quote == u"brown");
}

void TestReviewComments::deletingTheTextDetaches()
{
    const QString id = addOnIntro(u"brown"_s);
    QString text = intro();
    for (int i = 0; i < 6; ++i) { // backspace over "brown "
        text.remove(15 - i, 1);
        setIntro(text);
    }
    QCOMPARE(intro(), u"The quick fox."_s);
    const ReviewComment &detached = comment(id);
    QVERIFY(detached.detached);
    QCOMPARE(detached.sectionId, u"i1"_s);
    QCOMPARE(detached.anchor.quote, u"b"_s); // what was left of it just before it went
    QCOMPARE(detached.location(), (TextLocation{u"i1"_s, TextField::Heading, 0, 0, 0}));

    // Typing the word again does not bring a detached comment back.
    setIntro(u"The quick brown fox."_s, false);
    QVERIFY(comment(id).detached);
}

void TestReviewComments::undoPutsAnchorsBack()
{
    const QString id = addOnIntro(u"brown"_s);
    const QList<ReviewComment> original = m_doc->article().comments;
    setIntro(u"The quick fox."_s, false); // a cut
    QVERIFY(comment(id).detached);
    setIntro(u"A quick fox."_s, false);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(intro(), u"The quick brown fox."_s);
    QCOMPARE(m_doc->article().comments, original);
    m_doc->undoStack()->redo();
    QVERIFY(comment(id).detached);

    // Merged typing undoes to the anchors it started from.
    m_doc->undoStack()->undo();
    QString text = intro();
    const QString keys = u"slow "_s;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        text.insert(4 + i, keys.at(i));
        setIntro(text);
    }
    QCOMPARE(comment(id).anchor.start, 15);
    m_doc->undoStack()->undo();
    QCOMPARE(intro(), u"The quick brown fox."_s);
    QCOMPARE(m_doc->article().comments, original);
}

void TestReviewComments::voiceAnchorFollowsTheVoice()
{
    ReviewComment onVoice;
    onVoice.sectionId = u"f1"_s;
    onVoice.anchor.kind = CommentAnchor::Kind::Voice;
    onVoice.anchor.index = 1;
    onVoice.text = u"Who is this?"_s;
    const QString id = m_doc->addComment(onVoice);
    QVERIFY(!id.isEmpty());

    Section voices = *m_doc->section(u"f1"_s);
    const Voice second = voices.voices.at(1);
    voices.voices.prepend(Voice{u"New first"_s, u"a"_s, u"f"_s, {}, {}, {}, {}});
    m_doc->setSection(voices);
    QCOMPARE(comment(id).anchor.index, 2);
    QCOMPARE(m_doc->section(u"f1"_s)->voices.at(2), second);

    voices.voices[2].quote = u"Now with a quote"_s; // edited in place
    m_doc->setSection(voices);
    QCOMPARE(comment(id).anchor.index, 2);
    QVERIFY(!comment(id).detached);
    QCOMPARE(comment(id).location(), (TextLocation{u"f1"_s, TextField::VoiceQuote, 2, -1, 0}));

    voices.voices.removeAt(2);
    m_doc->setSection(voices);
    QVERIFY(comment(id).detached);
    m_doc->undoStack()->undo();
    QVERIFY(!comment(id).detached);
    QCOMPARE(comment(id).anchor.index, 2);
}

void TestReviewComments::bulletAnchorFollowsItsBullet()
{
    ReviewComment onBullet;
    onBullet.sectionId = u"t1"_s;
    onBullet.anchor = {CommentAnchor::Kind::Text, TextField::Bullet, 1, 2, 3, {}, {}};
    onBullet.text = u"Too bold"_s;
    const QString id = m_doc->addComment(onBullet);
    QCOMPARE(comment(id).anchor.quote, u"Two"_s); // "**Two**"

    Section tldr = *m_doc->section(u"t1"_s);
    tldr.bullets.prepend(u"Zero"_s);
    m_doc->setSection(tldr);
    QCOMPARE(comment(id).anchor.index, 2);
    QCOMPARE(comment(id).anchor.start, 2);
    tldr.bullets[2] = u"Now **Two**"_s;
    m_doc->setSection(tldr);
    QCOMPARE(comment(id).anchor.index, 2);
    QCOMPARE(comment(id).anchor.start, 6);
    QCOMPARE(comment(id).anchor.quote, u"Two"_s);
}

void TestReviewComments::addReplyResolveDelete()
{
    QSignalSpy changed(m_doc.get(), &ArticleDocument::commentsChanged);
    const QString id = addOnIntro(u"quick"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(comment(id).anchor.quote, u"quick"_s);
    QVERIFY(comment(id).created.isValid());
    QCOMPARE(comment(id).created.timeSpec(), Qt::UTC);
    QCOMPARE(comment(id).author, u"editor"_s);

    m_doc->replyToComment(id, u"writer"_s, u"The one in the title."_s);
    QCOMPARE(comment(id).replies.size(), 1);
    QCOMPARE(comment(id).replies.first().author, u"writer"_s);
    QCOMPARE(comment(id).replies.first().text, u"The one in the title."_s);
    m_doc->replyToComment(id, u"writer"_s, u"  "_s); // nothing to say: nothing added
    QCOMPARE(comment(id).replies.size(), 1);

    m_doc->setCommentResolved(id, true);
    QVERIFY(comment(id).resolved);
    QCOMPARE(m_doc->undoStack()->undoText(), u"Resolve Comment"_s);
    m_doc->setCommentResolved(id, false);
    QVERIFY(!comment(id).resolved);
    QCOMPARE(changed.size(), 4);

    m_doc->removeComment(id);
    QCOMPARE(m_doc->article().indexOfComment(id), -1);
    for (int i = 0; i < 5; ++i)
        m_doc->undoStack()->undo();
    QVERIFY(m_doc->article().comments.isEmpty());
    QCOMPARE(changed.size(), 10);
    QVERIFY(!m_doc->isModified());
}

void TestReviewComments::refusedComments_data()
{
    QTest::addColumn<ReviewComment>("comment");
    ReviewComment good;
    good.sectionId = u"i1"_s;
    good.text = u"Fine"_s;
    ReviewComment noSection = good;
    noSection.sectionId = u"nope"_s;
    QTest::newRow("unknown section") << noSection;
    ReviewComment blank = good;
    blank.text = u" \n"_s;
    QTest::newRow("blank text") << blank;
    ReviewComment beyond = good;
    beyond.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 15, 10, {}, {}};
    QTest::newRow("span past the end") << beyond;
    ReviewComment empty = good;
    empty.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 3, 0, {}, {}};
    QTest::newRow("empty span") << empty;
    ReviewComment noVoice = good;
    noVoice.anchor = {CommentAnchor::Kind::Voice, TextField::Markdown, 0, 0, 0, {}, {}};
    QTest::newRow("voice in a section without voices") << noVoice;
}

void TestReviewComments::refusedComments()
{
    QFETCH(ReviewComment, comment);
    QCOMPARE(m_doc->addComment(comment), QString());
    QVERIFY(m_doc->article().comments.isEmpty());
    QVERIFY(!m_doc->undoStack()->canUndo());
}

void TestReviewComments::openCountsPerSection()
{
    const QString first = addOnIntro(u"quick"_s);
    addOnIntro(u"fox"_s);
    ReviewComment onVerdict;
    onVerdict.sectionId = u"v1"_s;
    onVerdict.text = u"Numbers?"_s;
    m_doc->addComment(onVerdict);
    QCOMPARE(m_doc->article().openCommentCounts(),
             (QHash<QString, int>{{u"i1"_s, 2}, {u"v1"_s, 1}}));
    m_doc->setCommentResolved(first, true);
    QCOMPARE(m_doc->article().openCommentCounts(),
             (QHash<QString, int>{{u"i1"_s, 1}, {u"v1"_s, 1}}));
}

void TestReviewComments::anchorsAreKeptToTheirKind()
{
    // Members another kind of anchor uses mean nothing here, are not kept and not saved.
    ReviewComment onVoice;
    onVoice.sectionId = u"f1"_s;
    onVoice.anchor = {CommentAnchor::Kind::Voice, TextField::Title, 1, 3, 4, u"x"_s, {}};
    onVoice.text = u"Source?"_s;
    const QString voiceId = m_doc->addComment(onVoice);
    ReviewComment onSection = onVoice;
    onSection.anchor.kind = CommentAnchor::Kind::Section;
    const QString sectionId = m_doc->addComment(onSection);
    QCOMPARE(comment(voiceId).anchor,
             (CommentAnchor{CommentAnchor::Kind::Voice, TextField::Markdown, 1, 0, 0, {}, {}}));
    QCOMPARE(comment(sectionId).anchor, CommentAnchor{});

    const ArticleFile::LoadResult reloaded =
        ArticleFile::parse(ArticleFile::serialize(m_doc->article()));
    QVERIFY(reloaded.ok);
    QCOMPARE(reloaded.article.comments, m_doc->article().comments);
}

void TestReviewComments::savedFileKeepsTheThread()
{
    const QString id = addOnIntro(u"brown"_s);
    m_doc->replyToComment(id, u"writer"_s, u"Changed."_s);
    setIntro(u"The quick fox."_s, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));

    const QJsonObject json = QJsonDocument::fromJson(test::readFile(path)).object();
    const QJsonObject saved = json[u"comments"_s].toArray().first().toObject();
    QCOMPARE(saved[u"detached"_s].toBool(), true);
    QCOMPARE(saved[u"anchor"_s].toObject()[u"kind"_s].toString(), u"text"_s);
    QCOMPARE(saved[u"anchor"_s].toObject()[u"quote"_s].toString(), u"brown"_s);
    QCOMPARE(saved[u"replies"_s].toArray().first().toObject()[u"text"_s].toString(), u"Changed."_s);

    ArticleDocument reloaded;
    QVERIFY(reloaded.load(path, &error));
    QCOMPARE(reloaded.article().comments, m_doc->article().comments);
}

void TestReviewComments::commentsAreNeverPublishedOrExported()
{
    const QString id = addOnIntro(u"brown"_s);
    m_doc->replyToComment(id, u"writer"_s, u"A reply nobody outside may read."_s);
    const Article &article = m_doc->article();
    QVERIFY(!article.comments.isEmpty());
    const QStringList outputs{ContentRenderer(RenderFormat::Blocks).render(article),
                              ContentRenderer(RenderFormat::Html).render(article),
                              articleToMarkdown(article)};
    for (const QString &output : outputs) {
        QVERIFY(output.contains(u"The quick brown fox."_s)); // the text itself is there
        QVERIFY(!output.contains(u"Which fox?"_s));
        QVERIFY(!output.contains(u"A reply nobody outside may read."_s));
        QVERIFY(!output.contains(u"editor"_s));
    }
}

QUORUM_TEST_GUILESS_MAIN(TestReviewComments)
#include "tst_reviewcomments.moc"
