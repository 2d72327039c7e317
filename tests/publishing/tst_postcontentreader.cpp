// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "contentrenderer.h"
#include "postcontentreader.h"
#include "testarticles.h"

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
};

namespace {

Article withSection(const Section &section)
{
    Article article;
    article.sections = {section};
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
    const QString content =
        u"<!-- wp:paragraph --><p>Lead with <strong>bold</strong> text.</p><!-- /wp:paragraph -->"
        "<h2>First &amp; foremost</h2><p>One</p><h3>Detail</h3>"
        "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>"
        "<figure class=\"wp-block-image\"><img src=\"https://example.org/x.png\" alt=\"X\"/>"
        "</figure><h2 id=\"section-zzz\">Second</h2><p>Two</p>"_s;
    bool quorumPost = true;
    const QList<Section> sections = PostContentReader::read(content, &quorumPost);
    QVERIFY(!quorumPost);
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections.at(0).kind, SectionKind::Introduction);
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
    QCOMPARE(PostContentReader::read(u"<!-- wp:separator /-->"_s), QList<Section>());
}

QTEST_GUILESS_MAIN(TestPostContentReader)
#include "tst_postcontentreader.moc"
