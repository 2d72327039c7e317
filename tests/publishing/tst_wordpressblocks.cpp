// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"
#include "contentrenderer.h"
#include "golden.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressblocks.h"

#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The rendered sample article, read by WordPress's own block parser: every part of it must be
// a native block, never a Classic (freeform) block.
class TestWordPressBlocks : public QObject
{
    Q_OBJECT

private slots:
    void sampleParsesIntoBlocks();
    void everyRenderingParsesIntoBlocks_data();
    void everyRenderingParsesIntoBlocks();
    void freeformIsDetected();
};

void TestWordPressBlocks::sampleParsesIntoBlocks()
{
    const QString content = ContentRenderer(RenderFormat::Blocks).render(test::sampleArticle());
    QString error;
    const QJsonArray blocks = test::wordpressParseBlocks(content, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList freeform = test::freeformFragments(blocks);
    QVERIFY2(freeform.isEmpty(), qPrintable(freeform.join(u"\n---\n"_s)));

    const QStringList names = test::topLevelBlockNames(blocks);
    const QStringList expected = {
        // Executive TL;DR
        u"core/heading"_s, u"core/list"_s, u"core/separator"_s,
        // The Internet's Verdict: the split as a list
        u"core/heading"_s, u"core/heading"_s, u"core/list"_s, u"core/paragraph"_s,
        // Introduction
        u"core/heading"_s, u"core/paragraph"_s,
        // Forum Voices: the lead and five quotes
        u"core/heading"_s, u"core/paragraph"_s, u"core/quote"_s, u"core/quote"_s, u"core/quote"_s,
        u"core/quote"_s, u"core/quote"_s,
        // Alternative Solutions
        u"core/heading"_s, u"core/paragraph"_s, u"core/quote"_s, u"core/paragraph"_s,
        u"core/list"_s, u"core/table"_s,
        // Conclusion
        u"core/heading"_s, u"core/paragraph"_s, u"core/paragraph"_s};
    QCOMPARE(names, expected);

    // WordPress and the project's own test parser read the markup the same way.
    const test::BlockParse ours = test::parseBlocks(content);
    QVERIFY2(ours.ok, qPrintable(ours.error));
    QCOMPARE(names.join(u' '), test::blockNames(ours.blocks));

    // Lists carry their items as inner blocks.
    const auto isList = [](const QJsonValue &block) {
        return block.toObject().value(u"blockName"_s).toString() == u"core/list";
    };
    const QJsonObject list = std::find_if(blocks.begin(), blocks.end(), isList)->toObject();
    const QJsonArray items = list.value(u"innerBlocks"_s).toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QCOMPARE(item.toObject().value(u"blockName"_s).toString(), u"core/list-item"_s);
}

void TestWordPressBlocks::everyRenderingParsesIntoBlocks_data()
{
    QTest::addColumn<QString>("content");
    const QStringList goldens = test::goldenNames(u"*.blocks.html"_s);
    QVERIFY(goldens.size() >= 7);
    for (const QString &name : goldens)
        QTest::newRow(qPrintable(name)) << test::goldenText(name);
    QTest::newRow("hostile text in every field")
        << ContentRenderer(RenderFormat::Blocks).render(test::hostileArticle());
}

// Every section kind and Markdown feature (the golden renderings), and text that carries
// WordPress's own block delimiters: WordPress reads native blocks only, the same ones as
// the project's parser, and the delimiters inside text stay text.
void TestWordPressBlocks::everyRenderingParsesIntoBlocks()
{
    QFETCH(QString, content);
    QString error;
    const QJsonArray blocks = test::wordpressParseBlocks(content, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList freeform = test::freeformFragments(blocks);
    QVERIFY2(freeform.isEmpty(), qPrintable(freeform.join(u"\n---\n"_s)));
    const test::BlockParse ours = test::parseBlocks(content);
    QVERIFY2(ours.ok, qPrintable(ours.error));
    const QStringList names = test::topLevelBlockNames(blocks);
    QCOMPARE(names.join(u' '), test::blockNames(ours.blocks));
    QVERIFY(!names.contains(u"core/html"_s));
}

void TestWordPressBlocks::freeformIsDetected()
{
    // The checks above must be able to fail. Text inside a block is that block's HTML; text
    // between blocks is what WordPress shows as a Classic block.
    QString error;
    const QJsonArray blocks = test::wordpressParseBlocks(
        u"<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\">stray<!-- wp:paragraph -->\n"
        "<p>x</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->\n\n<p>loose</p>\n"_s,
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(test::topLevelBlockNames(blocks), QStringList({u"core/quote"_s, u"(freeform)"_s}));
    QCOMPARE(test::freeformFragments(blocks).size(), 1);
    QVERIFY(test::freeformFragments(blocks).constFirst().contains(u"loose"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestWordPressBlocks)
#include "tst_wordpressblocks.moc"
