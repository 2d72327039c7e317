// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockgrammar.h"
#include "contentrenderer.h"
#include "keptblock.h"
#include "postcontentreader.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

Q_DECLARE_METATYPE(quorum::Article)

// PostContentReader: what ContentRenderer publishes comes back as the same sections, and
// renders to the same markup; other posts come back one Text section per heading.
class TestPostContentReader : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void markdownSpelling();
    void foreignPost();
    void emptyContent();
    void blockEditorPostComesBackUnchanged_data();
    void blockEditorPostComesBackUnchanged();
    void editingOneParagraphChangesOnlyIt();
    void nothingIsInvented();
    void whatCannotBeEditedIsKeptAndSaid();
    void adjacentListsStayApart();
    void damagedMarkupIsReadAsHtmlAndSaid();
    void imageBlockIsEditableAndKeepsItsMedia();
};

namespace {

Article withSection(const Section &section)
{
    Article article;
    article.sections = {section};
    return article;
}

Article withSections(const QList<Section> &sections)
{
    Article article;
    article.sections = sections;
    return article;
}

} // namespace

void TestPostContentReader::roundTrip_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("sample") << test::sampleArticle();
    QTest::newRow("full") << test::fullArticle();
    Section features = test::fixedSection(SectionKind::Text, u"text"_s);
    features.markdown = test::markdownFeatures();
    QTest::newRow("markdown features") << withSection(features);
    for (const SectionKind kind : allSectionKinds()) {
        const QByteArray name = sectionKindKey(kind).toUtf8();
        QTest::newRow(name.constData())
            << withSection(test::fixedSection(kind, u"k-"_s + sectionKindKey(kind)));
    }
    Section voices = test::fixedSection(SectionKind::ForumVoices, u"v"_s);
    Voice bare;
    bare.quote = u"Line one\nline two\n\nSecond paragraph with <tags> & *stars*."_s;
    voices.voices = {bare};
    Voice linked;
    linked.quote = u"Linked, without a forum name."_s;
    linked.author = u"Kari, from Bergen"_s;
    linked.url = u"https://forum.example/t/1?x=1&y=2"_s;
    linked.date = QDate(2026, 3, 1);
    voices.voices.append(linked);
    QTest::newRow("voices without some fields") << withSection(voices);
}

void TestPostContentReader::roundTrip()
{
    QFETCH(Article, article);
    const ContentRenderer renderer(RenderFormat::Blocks);
    const QString published = renderer.render(article);

    bool quorumPost = false;
    const QList<Section> sections = PostContentReader::read(published, &quorumPost);
    QVERIFY(quorumPost);
    QCOMPARE(sections.size(), article.sections.size());
    Article pulled = article;
    pulled.sections = sections;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &before = article.sections.at(i);
        const Section &after = sections.at(i);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.kind, before.kind);
        QCOMPARE(after.heading, before.heading.trimmed().isEmpty()
                                    ? defaultSectionHeading(before.kind)
                                    : before.heading.trimmed());
        QStringList bullets = before.bullets;
        bullets.removeAll(QString());
        QCOMPARE(after.bullets, bullets);
        if (before.kind == SectionKind::Verdict) {
            QList<Stance> stances = effectiveStances(article, before);
            for (Stance &stance : stances)
                stance.extra = {}; // never published
            QCOMPARE(after.stances, stances);
            QCOMPARE(after.stancesFromVoices,
                     before.stancesFromVoices && !effectiveStances(article, before).isEmpty());
        }
        QCOMPARE(after.voices.size(), before.voices.size());
        for (qsizetype v = 0; v < before.voices.size(); ++v) {
            Voice expected = before.voices.at(v);
            expected.extra = {};
            expected.author = expected.author.trimmed();
            expected.forum = expected.forum.trimmed();
            expected.stance = expected.stance.trimmed();
            QCOMPARE(after.voices.at(v), expected);
        }
    }
    // Markdown may come back spelled differently; what it renders to may not differ.
    QCOMPARE(renderer.render(pulled), published);
}

void TestPostContentReader::markdownSpelling()
{
    // Text that looks like markup stays text.
    Section section = test::fixedSection(SectionKind::Text, u"m"_s);
    section.markdown = u"1\\. not a list\n\n\\# not a heading\n\nsnake\\_case and a\\*b\\*c"_s;
    const QList<Section> sections =
        PostContentReader::read(ContentRenderer(RenderFormat::Blocks).render(withSection(section)));
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().markdown, section.markdown);
}

void TestPostContentReader::foreignPost()
{
    // A post without blocks (the classic editor's): read as HTML, cut at its headings.
    const QString content =
        u"<p>Lead with <strong>bold</strong> text.</p>"
        "<h2>First &amp; foremost</h2><p>One</p><h3>Detail</h3>"
        "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"
        "<figure class=\"wp-block-image\"><img src=\"https://example.org/x.png\" alt=\"X\"/>"
        "</figure><h2 id=\"section-zzz\">Second</h2><p>Two</p>"_s;
    bool quorumPost = true;
    const QList<Section> sections = PostContentReader::read(content, &quorumPost);
    QVERIFY(!quorumPost);
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).kind, SectionKind::Introduction);
    QVERIFY(sections.at(0).headless);
    QCOMPARE(sections.at(0).heading, QString());
    QCOMPARE(sections.at(0).markdown, u"Lead with **bold** text."_s);
    QCOMPARE(sections.at(1).kind, SectionKind::Text);
    QCOMPARE(sections.at(1).heading, u"First & foremost"_s);
    QCOMPARE(sections.at(1).markdown,
             u"One\n\n## Detail\n\n- a\n- b\n  - c\n\n![X](https://example.org/x.png)"_s);
    QCOMPARE(sections.at(2).kind, SectionKind::Text);
    QCOMPARE(sections.at(2).heading, u"Second"_s);
    QVERIFY(!sections.at(1).id.isEmpty());
    QVERIFY(sections.at(1).id != sections.at(2).id);
}

void TestPostContentReader::emptyContent()
{
    QCOMPARE(PostContentReader::read(QString()), QList<Section>());
    QCOMPARE(PostContentReader::read(u" \n"_s), QList<Section>());
    // A block without HTML still is a block of the post: it is kept, and published again.
    const QString spacer = u"<!-- wp:spacer /-->"_s;
    const QList<Section> sections = PostContentReader::read(spacer);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(ContentRenderer().render(withSections(sections)), spacer);
}

void TestPostContentReader::blockEditorPostComesBackUnchanged_data()
{
    QTest::addColumn<QString>("content");
    const QMap<QString, QString> posts = test::blockEditorPosts();
    QVERIFY(posts.size() >= 20);
    for (auto it = posts.begin(); it != posts.end(); ++it)
        QTest::newRow(it.key().toUtf8().constData()) << it.value();
    QTest::newRow("all of them in one post") << test::allBlockEditorPosts();
}

void TestPostContentReader::blockEditorPostComesBackUnchanged()
{
    QFETCH(QString, content);
    bool quorumPost = true;
    const QList<Section> sections = PostContentReader::read(content, &quorumPost);
    QVERIFY(!quorumPost);
    QVERIFY(!sections.isEmpty());
    const QString published = ContentRenderer(RenderFormat::Blocks).render(withSections(sections));
    QCOMPARE(published, content);
}

void TestPostContentReader::editingOneParagraphChangesOnlyIt()
{
    const QString content = test::allBlockEditorPosts();
    QList<Section> sections = PostContentReader::read(content);
    const QString was = u"Opening words under the first heading."_s;
    const QString now = u"Opening words, *edited* in Quorum."_s;
    qsizetype edited = 0;
    for (Section &section : sections) {
        if (section.markdown.contains(was)) {
            section.markdown.replace(was, now);
            ++edited;
        }
    }
    QCOMPARE(edited, 1);
    const QString published = ContentRenderer().render(withSections(sections));
    const BlockParse before = parseBlockMarkup(content);
    const BlockParse after = parseBlockMarkup(published);
    QVERIFY(before.ok && after.ok);
    QCOMPARE(after.blocks.size(), before.blocks.size());
    QStringList changed;
    for (qsizetype i = 0; i < before.blocks.size(); ++i) {
        const ParsedBlock &a = before.blocks.at(i);
        const ParsedBlock &b = after.blocks.at(i);
        if (content.mid(a.start, a.end - a.start) != published.mid(b.start, b.end - b.start))
            changed.append(published.mid(b.start, b.end - b.start));
    }
    QCOMPARE(changed,
             QStringList{u"<!-- wp:paragraph -->\n<p>Opening words, <em>edited</em> in Quorum.</p>"
                         "\n<!-- /wp:paragraph -->"_s});
}

void TestPostContentReader::nothingIsInvented()
{
    const QString content = test::blockEditorPosts().value(u"paragraph"_s);
    const QList<Section> sections = PostContentReader::read(content);
    QCOMPARE(sections.size(), 1);
    QVERIFY(sections.first().headless);
    QCOMPARE(sections.first().heading, QString());
    const QString published = ContentRenderer().render(withSections(sections));
    QVERIFY(!published.contains(u"wp:heading"_s));
    QVERIFY(!published.contains(defaultSectionHeading(SectionKind::Introduction)));
}

void TestPostContentReader::whatCannotBeEditedIsKeptAndSaid()
{
    const QMap<QString, QString> posts = test::blockEditorPosts();
    for (const QString &name : {u"columns"_s, u"verse"_s, u"preformatted"_s, u"embed"_s, u"html"_s,
                                u"pullquote"_s, u"third-party"_s, u"classic"_s}) {
        QStringList notes;
        const QList<Section> sections = PostContentReader::read(posts.value(name), nullptr, &notes);
        QVERIFY2(!sections.isEmpty(), qPrintable(name));
        // The kept block is one line of its own in the Markdown, naming what it is.
        bool keptLine = false;
        for (const Section &section : sections) {
            for (const QString &line : section.markdown.split(u'\n'))
                keptLine = keptLine || KeptBlockLine::parse(line).has_value();
        }
        QVERIFY2(keptLine, qPrintable(name));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"kept exactly as they are"_s), qPrintable(notes.first()));
    }
    // The Custom HTML block's h1 is no section heading: it stays inside its block.
    const QList<Section> html = PostContentReader::read(posts.value(u"html"_s));
    QCOMPARE(html.size(), 1);
    QVERIFY(html.first().markdown.contains(u"core/html \"Hand-written HTML"_s));
    // A quote's citation is no paragraph: the quote is kept whole.
    const QList<Section> quotes = PostContentReader::read(posts.value(u"quote"_s));
    QVERIFY(quotes.first().markdown.contains(u"quorum:kept"_s));
    QVERIFY(quotes.first().markdown.endsWith(u"> A quote without a citation."_s));
}

void TestPostContentReader::adjacentListsStayApart()
{
    const QList<Section> sections =
        PostContentReader::read(test::blockEditorPosts().value(u"list"_s));
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().markdown,
             u"- Glaze first\n- Fire slowly\n  - below 600 degrees\n\n"
             "* A second list right after the first\n\n3. Third step\n4. Fourth step"_s);
}

void TestPostContentReader::damagedMarkupIsReadAsHtmlAndSaid()
{
    QStringList notes;
    const QList<Section> sections =
        PostContentReader::read(u"<!-- wp:paragraph -->\n<p>Never closed</p>"_s, nullptr, &notes);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().markdown, u"Never closed"_s);
    QCOMPARE(notes.size(), 1);
    QVERIFY(notes.first().contains(u"never closed"_s));
}

void TestPostContentReader::imageBlockIsEditableAndKeepsItsMedia()
{
    const QString content = test::blockEditorPosts().value(u"image"_s);
    QList<Section> sections = PostContentReader::read(content);
    QCOMPARE(sections.size(), 1);
    QCOMPARE(sections.first().markdown,
             u"![A brick kiln at dusk](https://example.org/wp-content/uploads/kiln.jpg "
             "\"The kiln after a firing\")"_s);
    sections[0].markdown.replace(u"after a firing"_s, u"cooling down"_s);
    // The block editor's size and media id stay with the image: WordPress still serves its
    // sizes for it.
    QCOMPARE(ContentRenderer().render(withSections(sections)),
             QString(content).replace(u"after a firing"_s, u"cooling down"_s));
}

QUORUM_TEST_GUILESS_MAIN(TestPostContentReader)
#include "tst_postcontentreader.moc"
