// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "blockparser.h"
#include "contentrenderer.h"
#include "golden.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::ParsedBlock;

namespace {

Article articleWith(const QList<Section> &sections)
{
    Article article;
    article.sections = sections;
    return article;
}

// Images of the "images" golden article as a site that has uploaded images/*.
ResolvedImage uploadedImages(const QString &url)
{
    static const QHash<QString, qint64> ids{
        {u"images/chart.png"_s, 42}, {u"images/photo.jpg"_s, 43}, {u"images/icon.png"_s, 44}};
    if (!ids.contains(url))
        return {url};
    return {u"https://site.example/wp-content/uploads/"_s + url.section(u'/', -1), ids.value(url)};
}

// Standalone images with and without a caption and a media id, next to inline ones.
Article imagesArticle()
{
    Section text = test::fixedSection(SectionKind::Text, u"images"_s);
    text.heading = u"Pictures"_s;
    text.markdown =
        u"![A chart of the split](images/chart.png \"The split & its \\\"sources\\\"\")\n\n"
        "![A photo without a title](images/photo.jpg)\n\n"
        "![Hosted elsewhere](https://example.org/remote.png \"From elsewhere\")\n\n"
        "![](https://example.org/plain.png)\n\n"
        "Text with an inline ![icon](images/icon.png \"Icon\") in it.\n\n"
        "![one](images/chart.png) ![two](images/photo.jpg)\n\n"
        "- ![in a list](images/icon.png \"Listed\")\n\n"
        "> ![Quoted <b>](images/chart.png \"In a <quote>\")\n\n"
        "[![Linked](images/icon.png)](https://example.org)\n\n"
        "![Dangerous](javascript:alert(1) \"x\")\n"_s;
    return articleWith({text});
}

// Footnotes in two sections, in a list, a quote and a table, one referred to twice, with a
// reference that has no definition and one that is only text.
Article footnotesArticle()
{
    Section introduction = test::fixedSection(SectionKind::Introduction, u"cones"_s);
    introduction.heading = u"Cones"_s;
    introduction.markdown =
        u"Cone 6 is a mid-range firing[^1], hotter than cone 04[^temp].\n\n"
        "[^1]: About 1,220 °C, as *Orton* charts give it.\n\n"
        "[^temp]: See [the chart](https://example.org/cones \"Cones & more\").\n"_s;
    Section text = test::fixedSection(SectionKind::Text, u"glazes"_s);
    text.heading = u"Glazes"_s;
    text.markdown = u"Glazes mature at cone 6[^1].\n\n"
                    "- In a list[^2]\n\n"
                    "> Quoted[^2]\n\n"
                    "| Cone | °C[^3] |\n|---|---|\n| 6 | 1222 |\n\n"
                    "A reference without a definition[^none] stays text, and so does \\[^1].\n\n"
                    "[^1]: Per the *glaze* recipe.\n\n"
                    "[^2]: Referred to twice: two footnotes.\n\n"
                    "[^3]: Degrees <b>Celsius</b>.\n"_s;
    return articleWith({introduction, text});
}

// Every article the golden files cover, by name.
QList<std::pair<QString, Article>> goldenArticles()
{
    Section tldr = test::fixedSection(SectionKind::TlDr, u"tldr"_s);
    tldr.bullets = {u"First *point*."_s, u""_s,
                    u"Second point with a [link](https://example.org)."_s,
                    u"- not a nested list"_s};

    Section verdict = test::fixedSection(SectionKind::Verdict, u"verdict"_s);
    verdict.stances = {{u"Skeptical"_s, 60, {}}, {u"Supportive"_s, 40, {}}};
    verdict.markdown = u"Counted from *five* voices."_s;

    Section voices = test::fixedSection(SectionKind::ForumVoices, u"voices"_s);
    voices.markdown = u"What people said."_s;
    voices.voices = test::fullArticle().sections.at(3).voices;
    Voice hostile;
    hostile.quote = u"<script>alert('x')</script> --> <!-- wp:html -->\nsecond line"_s;
    hostile.author = u"<b>mallory</b>"_s;
    hostile.forum = u"Evil & Co"_s;
    hostile.url = u"javascript:alert(1)"_s;
    hostile.stance = u"Very \"skeptical\""_s;
    voices.voices.append(hostile);

    Section introduction = test::fixedSection(SectionKind::Introduction, u"intro"_s);
    introduction.heading = u"Why <this> matters & more"_s;
    introduction.markdown = u"One short paragraph."_s;

    Section text = test::fixedSection(SectionKind::Text, u"text"_s);
    text.heading = u"Alternative Solutions"_s;
    text.markdown = test::markdownFeatures();

    Section lists = test::fixedSection(SectionKind::Text, u"lists"_s);
    lists.heading = u"Tables in lists"_s;
    lists.markdown = test::listBlocksMarkdown();

    Section conclusion = test::fixedSection(SectionKind::Conclusion, u"end"_s);
    conclusion.heading = QString(); // falls back to the kind's heading
    conclusion.markdown = u"First.\n\nSecond."_s;

    return {
        {u"tldr"_s, articleWith({tldr})},
        {u"verdict"_s, articleWith({verdict})},
        {u"forum-voices"_s, articleWith({voices})},
        {u"introduction"_s, articleWith({introduction})},
        {u"markdown-features"_s, articleWith({text})},
        {u"conclusion"_s, articleWith({conclusion})},
        {u"sample"_s, test::sampleArticle()},
        {u"images"_s, imagesArticle()},
        {u"footnotes"_s, footnotesArticle()},
        {u"list-blocks"_s, articleWith({lists})},
    };
}

// The renderer of a golden article: the images one as published, with media ids.
ContentRenderer goldenRenderer(const QString &name, RenderFormat format)
{
    ContentRenderer renderer(format);
    if (name == u"images")
        renderer.setImageResolver(uploadedImages);
    // Plain HTML is the post as a page shows it: with the list WordPress renders for the
    // footnotes block.
    renderer.setFootnotesListShown(format == RenderFormat::Html);
    return renderer;
}

} // namespace

class TestContentRenderer : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void parsesBackIntoBlocks_data();
    void parsesBackIntoBlocks();
    void sectionsAreAvailableOneByOne();
    void rawHtmlIsShownAsText();
    void verdictFromVoices();
    void htmlFormatHasNoBlockComments();
    void attributesCannotEndTheComment();
    void imageAddressesCanBeRewritten();
    void standaloneImageIsAnImageBlock_data();
    void standaloneImageIsAnImageBlock();
    void imagesWithinTextStayInline_data();
    void imagesWithinTextStayInline();
    void attributesAsJsonWritesThem_data();
    void attributesAsJsonWritesThem();
};

void TestContentRenderer::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Article>("article");
    QTest::addColumn<QString>("file");
    for (const auto &[name, article] : goldenArticles()) {
        QTest::addRow("%s blocks", qPrintable(name)) << name << article << name + u".blocks.html"_s;
        QTest::addRow("%s html", qPrintable(name)) << name << article << name + u".plain.html"_s;
    }
}

void TestContentRenderer::golden()
{
    QFETCH(QString, name);
    QFETCH(Article, article);
    QFETCH(QString, file);
    const RenderFormat format =
        file.endsWith(u".blocks.html"_s) ? RenderFormat::Blocks : RenderFormat::Html;
    const QString mismatch =
        test::goldenMismatch(goldenRenderer(name, format).render(article) + u'\n', file);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestContentRenderer::parsesBackIntoBlocks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Article>("article");
    for (const auto &[name, article] : goldenArticles())
        QTest::newRow(qPrintable(name)) << name << article;
}

void TestContentRenderer::parsesBackIntoBlocks()
{
    QFETCH(QString, name);
    QFETCH(Article, article);
    const ContentRenderer renderer = goldenRenderer(name, RenderFormat::Blocks);
    const test::BlockParse parse = test::parseBlocks(renderer.render(article));
    QVERIFY2(parse.ok, qPrintable(parse.error));
    QVERIFY2(parse.freeform.isEmpty(), qPrintable(u"freeform content: "_s + parse.freeform));

    // The whole is exactly its sections, each starting with its anchored h2.
    QStringList sectionNames;
    for (const Section &section : article.sections) {
        const test::BlockParse one = test::parseBlocks(renderer.renderSection(article, section));
        QVERIFY(one.ok);
        QCOMPARE(one.blocks.first().name, u"core/heading"_s);
        QVERIFY(one.blocks.first().innerHtml.contains(
            u"id=\"%1\""_s.arg(ContentRenderer::anchorFor(section.id))));
        sectionNames.append(test::blockNames(one.blocks));
    }
    QCOMPARE(test::blockNames(parse.blocks), sectionNames.join(u' '));

    // Each block's HTML agrees with its attributes, as the block editor checks on load.
    std::function<void(const QList<ParsedBlock> &)> check = [&](const QList<ParsedBlock> &blocks) {
        for (const ParsedBlock &block : blocks) {
            const QString html = block.innerHtml.trimmed();
            if (block.name == u"core/heading") {
                const int level = block.attributes.value(u"level"_s).toInt(2);
                QVERIFY2(html.startsWith(u"<h%1 class=\"wp-block-heading"_s.arg(level)),
                         qPrintable(html));
            } else if (block.name == u"core/list") {
                const bool ordered = block.attributes.value(u"ordered"_s).toBool();
                QVERIFY2(html.startsWith(ordered ? u"<ol class=\"wp-block-list"_s
                                                 : u"<ul class=\"wp-block-list"_s),
                         qPrintable(html));
                for (const ParsedBlock &item : block.innerBlocks)
                    QCOMPARE(item.name, u"core/list-item"_s);
            } else if (block.name == u"core/quote") {
                QVERIFY(html.startsWith(u"<blockquote class=\"wp-block-quote"_s));
            } else if (block.name == u"core/paragraph") {
                QVERIFY(html.startsWith(u"<p>"_s) && html.endsWith(u"</p>"_s));
            } else if (block.name == u"core/separator") {
                QCOMPARE(html, u"<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>"_s);
            } else if (block.name == u"core/image") {
                QVERIFY2(html.startsWith(u"<figure class=\"wp-block-image"_s), qPrintable(html));
                // The media id of the block is the one its img names, or neither has one.
                const qint64 id = block.attributes.value(u"id"_s).toInteger();
                QCOMPARE(html.contains(u"class=\"wp-image-"_s), id > 0);
                if (id > 0)
                    QVERIFY2(html.contains(u"class=\"wp-image-%1\""_s.arg(id)), qPrintable(html));
            }
            if (block.attributes.contains(u"className"_s)) {
                for (const QString &cls :
                     block.attributes.value(u"className"_s).toString().split(u' '))
                    QVERIFY2(html.section(u'>', 0, 0).contains(cls), qPrintable(html));
            }
            check(block.innerBlocks);
        }
    };
    check(parse.blocks);
}

void TestContentRenderer::sectionsAreAvailableOneByOne()
{
    const Article article = test::sampleArticle();
    const ContentRenderer renderer;
    const QList<ContentRenderer::RenderedSection> sections = renderer.renderSections(article);
    QCOMPARE(sections.size(), article.sections.size());
    QStringList parts;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        QCOMPARE(sections.at(i).id, article.sections.at(i).id);
        QCOMPARE(sections.at(i).markup, renderer.renderSection(article, article.sections.at(i)));
        parts.append(sections.at(i).markup);
    }
    QCOMPARE(parts.join(u"\n\n"_s), renderer.render(article));
}

void TestContentRenderer::rawHtmlIsShownAsText()
{
    Section text = test::fixedSection(SectionKind::Text, u"t"_s);
    text.markdown = test::markdownFeatures();
    const QString html = ContentRenderer().render(articleWith({text}));
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<span"_s));
    QVERIFY(!html.contains(u"<img src=x"_s));
    QVERIFY(!html.contains(QRegularExpression(u"<[^>]*\\son[a-z]+="_s))); // no handler in any tag
    QVERIFY(!html.contains(u"javascript:"_s));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    // Text that looks like a block delimiter stays text, so the block structure is intact.
    QVERIFY(html.contains(u"&lt;!-- wp:paragraph --&gt;"_s));
    const test::BlockParse parse = test::parseBlocks(html);
    QVERIFY(parse.ok);
    QVERIFY(parse.freeform.isEmpty());
}

void TestContentRenderer::verdictFromVoices()
{
    Section verdict = test::fixedSection(SectionKind::Verdict, u"v"_s);
    verdict.stancesFromVoices = true;
    verdict.stances = {{u"Skeptical"_s, 0, {}}, {u"Supportive"_s, 0, {}}};
    Section voices = test::fixedSection(SectionKind::ForumVoices, u"f"_s);
    for (const QString &stance : {u"Supportive"_s, u"Skeptical"_s, u"Skeptical"_s})
        voices.voices.append(Voice{u"q"_s, {}, {}, {}, {}, stance, {}});
    const QString html = ContentRenderer().render(articleWith({verdict, voices}));
    QVERIFY2(html.contains(u">67% Skeptical, 33% Supportive</h3>"_s), qPrintable(html));
}

void TestContentRenderer::htmlFormatHasNoBlockComments()
{
    const QString html = ContentRenderer(RenderFormat::Html).render(test::sampleArticle());
    QVERIFY(!html.contains(u"<!--"_s));
    QVERIFY(html.contains(u"<h2 class=\"wp-block-heading quorum-tldr\""_s));
}

void TestContentRenderer::attributesCannotEndTheComment()
{
    const QString text =
        BlockMarkup::serializeAttributes({{u"className"_s, u"a--> <b> & \"c\""_s}});
    QVERIFY(!text.contains(u"--"_s));
    QVERIFY(!text.contains(u'<'));
    QVERIFY(!text.contains(u'>'));
    QVERIFY(!text.contains(u'&'));
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object()[u"className"_s].toString(),
             u"a--> <b> & \"c\""_s);
}

void TestContentRenderer::imageAddressesCanBeRewritten()
{
    Section text = test::fixedSection(SectionKind::Text, u"t"_s);
    text.markdown = u"![Chart](images/chart.png) and ![Remote](https://example.org/x.png)"_s;
    ContentRenderer renderer;
    QStringList seen;
    renderer.setImageResolver([&seen](const QString &url) {
        seen.append(url);
        return ResolvedImage{url.startsWith(u"images/"_s) ? u"https://cdn.example.org/7.png"_s
                                                          : url};
    });
    const QString html = renderer.render(articleWith({text}));
    QCOMPARE(seen, (QStringList{u"images/chart.png"_s, u"https://example.org/x.png"_s}));
    QVERIFY(html.contains(u"<img src=\"https://cdn.example.org/7.png\" alt=\"Chart\" />"_s));
    QVERIFY(html.contains(u"<img src=\"https://example.org/x.png\" alt=\"Remote\" />"_s));
    QVERIFY(!ContentRenderer().render(articleWith({text})).contains(u"cdn.example.org"_s));
}

void TestContentRenderer::standaloneImageIsAnImageBlock_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<qint64>("mediaId");
    QTest::addColumn<QJsonObject>("attributes");
    QTest::addColumn<QString>("html");
    const QJsonObject uploaded{{u"id"_s, 7}, {u"sizeSlug"_s, u"full"_s}};
    QTest::newRow("uploaded, with a title")
        << u"![Chart](images/chart.png \"The split\")"_s << qint64(7) << uploaded
        << u"<figure class=\"wp-block-image size-full\"><img src=\"https://cdn.example.org/7.png\" "
           "alt=\"Chart\" class=\"wp-image-7\"/><figcaption class=\"wp-element-caption\">The "
           "split</figcaption></figure>"_s;
    QTest::newRow("uploaded, without a title")
        << u"![Chart](images/chart.png)"_s << qint64(7) << uploaded
        << u"<figure class=\"wp-block-image size-full\"><img src=\"https://cdn.example.org/7.png\" "
           "alt=\"Chart\" class=\"wp-image-7\"/></figure>"_s;
    QTest::newRow("not uploaded, with a title")
        << u"![Chart](images/chart.png \"The split\")"_s << qint64(0) << QJsonObject()
        << u"<figure class=\"wp-block-image\"><img src=\"https://cdn.example.org/7.png\" "
           "alt=\"Chart\"/><figcaption class=\"wp-element-caption\">The split</figcaption>"
           "</figure>"_s;
    QTest::newRow("not uploaded, without a title or alt text")
        << u"  ![](images/chart.png)  "_s << qint64(0) << QJsonObject()
        << u"<figure class=\"wp-block-image\"><img src=\"https://cdn.example.org/7.png\" "
           "alt=\"\"/></figure>"_s;
    QTest::newRow("markup in the alt text and the title")
        << u"![a *b* <i>](images/chart.png \"x < y & \\\"z\\\"\")"_s << qint64(7) << uploaded
        << u"<figure class=\"wp-block-image size-full\"><img src=\"https://cdn.example.org/7.png\" "
           "alt=\"a b &lt;i&gt;\" class=\"wp-image-7\"/><figcaption class=\"wp-element-caption\">"
           "x &lt; y &amp; \"z\"</figcaption></figure>"_s;
    QTest::newRow("a dangerous address")
        << u"![x](javascript:alert(1))"_s << qint64(0) << QJsonObject()
        << u"<figure class=\"wp-block-image\"><img src=\"\" alt=\"x\"/></figure>"_s;
}

void TestContentRenderer::standaloneImageIsAnImageBlock()
{
    QFETCH(QString, markdown);
    QFETCH(qint64, mediaId);
    QFETCH(QJsonObject, attributes);
    QFETCH(QString, html);
    Section text = test::fixedSection(SectionKind::Text, u"t"_s);
    text.markdown = u"Before.\n\n"_s + markdown + u"\n\nAfter."_s;
    const auto resolver = [mediaId](const QString &url) {
        return url.startsWith(u"images/"_s)
                   ? ResolvedImage{u"https://cdn.example.org/7.png"_s, mediaId}
                   : ResolvedImage{url};
    };
    ContentRenderer renderer;
    renderer.setImageResolver(resolver);
    const test::BlockParse parse = test::parseBlocks(renderer.render(articleWith({text})));
    QVERIFY2(parse.ok, qPrintable(parse.error));
    QCOMPARE(test::blockNames(parse.blocks),
             u"core/heading core/paragraph core/image core/paragraph"_s);
    const test::ParsedBlock &image = parse.blocks.at(2);
    QCOMPARE(image.attributes, attributes);
    QCOMPARE(image.innerHtml.trimmed(), html);

    // Without block comments, the same figure.
    ContentRenderer plain(RenderFormat::Html);
    plain.setImageResolver(resolver);
    QVERIFY(plain.render(articleWith({text})).contains(u'\n' + html + u'\n'));
}

void TestContentRenderer::imagesWithinTextStayInline_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("blocks");
    QTest::newRow("in a sentence") << u"See ![x](a.png) here."_s << u"core/paragraph"_s;
    QTest::newRow("two in a paragraph") << u"![x](a.png) ![y](b.png)"_s << u"core/paragraph"_s;
    QTest::newRow("with a line break") << u"![x](a.png)\ntext"_s << u"core/paragraph"_s;
    QTest::newRow("in a link") << u"[![x](a.png)](https://example.org)"_s << u"core/paragraph"_s;
    QTest::newRow("in a list item") << u"- ![x](a.png)"_s << u"core/list"_s;
    QTest::newRow("in a table") << u"| a |\n| - |\n| ![x](a.png) |"_s << u"core/table"_s;
}

void TestContentRenderer::imagesWithinTextStayInline()
{
    QFETCH(QString, markdown);
    QFETCH(QString, blocks);
    Section text = test::fixedSection(SectionKind::Text, u"t"_s);
    text.markdown = markdown;
    ContentRenderer renderer;
    renderer.setImageResolver([](const QString &url) { return ResolvedImage{url, 7}; });
    const QString content = renderer.render(articleWith({text}));
    const test::BlockParse parse = test::parseBlocks(content);
    QVERIFY2(parse.ok, qPrintable(parse.error));
    QCOMPARE(test::blockNames(parse.blocks), u"core/heading "_s + blocks);
    QVERIFY(content.contains(u"<img src=\"a.png\" alt=\"x\" />"_s));
    QVERIFY(!content.contains(u"wp-image-"_s));
    QVERIFY(!content.contains(u"<figure class=\"wp-block-image"_s));
}

void TestContentRenderer::attributesAsJsonWritesThem_data()
{
    QTest::addColumn<QJsonObject>("attributes");
    QTest::newRow("class") << QJsonObject{{u"className"_s, u"quorum-voice quorum-stance-2"_s}};
    QTest::newRow("class and level") << QJsonObject{{u"level"_s, 3}, {u"className"_s, u"x_y"_s}};
    QTest::newRow("flags and numbers")
        << QJsonObject{{u"ordered"_s, true}, {u"start"_s, 7}, {u"hasFixedLayout"_s, false}};
    QTest::newRow("text to escape") << QJsonObject{{u"className"_s, u"a\"b"_s}};
    QTest::newRow("unicode") << QJsonObject{{u"className"_s, u"æøå"_s}};
    QTest::newRow("fraction") << QJsonObject{{u"width"_s, 2.5}};
}

void TestContentRenderer::attributesAsJsonWritesThem()
{
    // The direct path for common attributes must write exactly what the general one does.
    QFETCH(QJsonObject, attributes);
    QString expected = QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
    expected.replace(u"\\\""_s, u"\\u0022"_s);
    QCOMPARE(BlockMarkup::serializeAttributes(attributes), expected);
}

QUORUM_TEST_GUILESS_MAIN(TestContentRenderer)
#include "tst_contentrenderer.moc"
