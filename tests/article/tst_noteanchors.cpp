// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "noteanchors.h"
#include "testarticles.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Where a block says which WordPress Notes sit on it (`metadata.noteId`: one id, or a list from
// WordPress 7.1), and the headings ContentRenderer writes when publishing names the threads of
// their sections: only the block comment changes, and a heading kept from the site only when
// its threads do.
class TestNoteAnchors : public QObject
{
    Q_OBJECT

private slots:
    void anchorIds_data();
    void anchorIds();
    void rewriteBlock_data();
    void rewriteBlock();
    void headingsCarryTheirThreads();
    void keptHeadingRewrittenOnlyWhenItsThreadsChange();
};

void TestNoteAnchors::anchorIds_data()
{
    QTest::addColumn<QString>("attributes");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("none") << u"{\"level\":2}"_s << QList<qint64>();
    QTest::newRow("one, as 6.9 writes it")
        << u"{\"metadata\":{\"noteId\":12}}"_s << QList<qint64>{12};
    QTest::newRow("a list, as 7.1 writes it")
        << u"{\"metadata\":{\"noteId\":[12,5]}}"_s << QList<qint64>{12, 5};
    QTest::newRow("strings, repeats and nonsense")
        << u"{\"metadata\":{\"noteId\":[\"12\",12,0,-3,1.5,\"x\",null,7]}}"_s
        << QList<qint64>{12, 7};
}

void TestNoteAnchors::anchorIds()
{
    QFETCH(QString, attributes);
    QFETCH(QList<qint64>, ids);
    const QJsonObject object = QJsonDocument::fromJson(attributes.toUtf8()).object();
    QCOMPARE(NoteAnchors::idsOf(object), ids);
    // Written back: the same ids, one as a number.
    const QJsonObject written = NoteAnchors::withIds(object, ids);
    QCOMPARE(NoteAnchors::idsOf(written), ids);
    if (ids.size() == 1)
        QVERIFY(written[u"metadata"_s][u"noteId"_s].isDouble());
    QCOMPARE(
        NoteAnchors::idsIn(u"<!-- wp:group %1 -->\n<div class=\"wp-block-group\">"
                           u"<!-- wp:paragraph {\"metadata\":{\"noteId\":99}} -->\n<p>x</p>\n"
                           u"<!-- /wp:paragraph --></div>\n<!-- /wp:group -->"_s.arg(attributes)),
        ids + QList<qint64>{99});
}

void TestNoteAnchors::rewriteBlock_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::addColumn<QString>("expected");
    const QString heading =
        u"<h2 class=\"wp-block-heading\" id=\"x\">T</h2>\n<!-- /wp:heading -->"_s;
    QTest::newRow("the same ids, in another order: byte for byte")
        << u"<!-- wp:heading {\"metadata\":{\"noteId\":[5,3]},\"level\":2} -->\n"_s + heading
        << QList<qint64>{3, 5}
        << u"<!-- wp:heading {\"metadata\":{\"noteId\":[5,3]},\"level\":2} -->\n"_s + heading;
    QTest::newRow("one added, other metadata kept")
        << u"<!-- wp:heading {\"metadata\":{\"name\":\"Intro\",\"noteId\":5}} -->\n"_s + heading
        << QList<qint64>{5, 8}
        << u"<!-- wp:heading {\"metadata\":{\"name\":\"Intro\",\"noteId\":[5,8]}} -->\n"_s +
               heading;
    QTest::newRow("all gone: no metadata left")
        << u"<!-- wp:heading {\"metadata\":{\"noteId\":5}} -->\n"_s + heading << QList<qint64>{}
        << u"<!-- wp:heading -->\n"_s + heading;
    QTest::newRow("to a heading without attributes")
        << u"<!-- wp:heading -->\n"_s + heading << QList<qint64>{4}
        << u"<!-- wp:heading {\"metadata\":{\"noteId\":4}} -->\n"_s + heading;
    QTest::newRow("not a block") << u"<p>loose</p>"_s << QList<qint64>{4} << u"<p>loose</p>"_s;
}

void TestNoteAnchors::rewriteBlock()
{
    QFETCH(QString, markup);
    QFETCH(QList<qint64>, ids);
    QFETCH(QString, expected);
    QCOMPARE(NoteAnchors::rewriteBlock(markup, ids), expected);
}

void TestNoteAnchors::headingsCarryTheirThreads()
{
    const Article article = test::twoTextSections();
    ContentRenderer renderer;
    const QString plain = renderer.render(article);
    renderer.setHeadingNotes({{u"sa"_s, {11}}, {u"sb"_s, {12, 13}}});
    const QString noted = renderer.render(article);
    QVERIFY(noted.startsWith(u"<!-- wp:heading {\"className\":\"quorum-text\",\"metadata\":"
                             u"{\"noteId\":11}} -->\n<h2 class=\"wp-block-heading quorum-text\" "
                             u"id=\"section-sa\">First</h2>"_s));
    QVERIFY(noted.contains(u"<!-- wp:heading {\"className\":\"quorum-text\",\"metadata\":"
                           u"{\"noteId\":[12,13]}} -->"_s));
    // Nothing but the headings' delimiters changes.
    QString without = noted;
    without.remove(u",\"metadata\":{\"noteId\":11}"_s)
        .remove(u",\"metadata\":{\"noteId\":[12,13]}"_s);
    QCOMPARE(without, plain);
    // Set but empty: no metadata at all, the markup of a post without notes.
    renderer.setHeadingNotes({});
    QCOMPARE(renderer.render(article), plain);
}

void TestNoteAnchors::keptHeadingRewrittenOnlyWhenItsThreadsChange()
{
    Article article = test::twoTextSections();
    const QString stored =
        u"<!-- wp:heading {\"metadata\":{\"noteId\":[31]},\"className\":\"quorum-text\"} -->\n"
        u"<h2 class=\"wp-block-heading quorum-text\" id=\"section-sb\">Second</h2>\n"
        u"<!-- /wp:heading -->"_s;
    article.sections[1].source.heading = {u"Second"_s, stored, u"\n\n"_s, {}};
    ContentRenderer renderer;
    QVERIFY(renderer.render(article).contains(stored)); // unset: as the site stored it
    renderer.setHeadingNotes({{u"sb"_s, {31}}});
    QVERIFY(renderer.render(article).contains(stored));
    renderer.setHeadingNotes({{u"sb"_s, {31, 32}}});
    QVERIFY(renderer.render(article).contains(
        u"<!-- wp:heading {\"className\":\"quorum-text\",\"metadata\":{\"noteId\":[31,32]}} -->\n"
        u"<h2 class=\"wp-block-heading quorum-text\" id=\"section-sb\">Second</h2>"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestNoteAnchors)
#include "tst_noteanchors.moc"
