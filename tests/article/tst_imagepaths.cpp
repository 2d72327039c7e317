// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "imagepaths.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kOld = u"/work/reports/old"_s;
const QString kNew = u"/work/reports/new"_s;

} // namespace

class TestImagePaths : public QObject
{
    Q_OBJECT

private slots:
    void featuredImage_data();
    void featuredImage();
    void markdownImages_data();
    void markdownImages();
    void everyImageOfTheArticleMoves();
    void commentsMoveWithTheText();
};

void TestImagePaths::featuredImage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("oldFolder");
    QTest::addColumn<QString>("newFolder");
    QTest::addColumn<QString>("moved");

    QTest::newRow("relative, into a sibling folder")
        << u"images/cover.png"_s << kOld << kNew << u"../old/images/cover.png"_s;
    QTest::newRow("relative, into a subfolder")
        << u"images/cover.png"_s << kOld << kOld + u"/drafts"_s << u"../images/cover.png"_s;
    QTest::newRow("relative, into the parent folder")
        << u"images/cover.png"_s << kOld << u"/work/reports"_s << u"old/images/cover.png"_s;
    QTest::newRow("relative with ../, into the folder it names")
        << u"../shared/cover.png"_s << kOld << u"/work/reports/shared"_s << u"cover.png"_s;
    QTest::newRow("same folder") << u"images/cover.png"_s << kOld << kOld << u"images/cover.png"_s;
    QTest::newRow("unsaved: absolute inside the new folder becomes relative")
        << kNew + u"/images/cover.png"_s << QString() << kNew << u"images/cover.png"_s;
    QTest::newRow("unsaved: absolute outside the new folder stays")
        << u"/home/writer/Pictures/cover.png"_s << QString() << kNew
        << u"/home/writer/Pictures/cover.png"_s;
    QTest::newRow("saved: absolute inside the new folder becomes relative")
        << kNew + u"/cover.png"_s << kOld << kNew << u"cover.png"_s;
    QTest::newRow("unsaved: relative has nothing it was relative to")
        << u"images/cover.png"_s << QString() << kNew << u"images/cover.png"_s;
    QTest::newRow("web address") << u"https://example.org/cover.png"_s << kOld << kNew
                                 << u"https://example.org/cover.png"_s;
    QTest::newRow("data URI") << u"data:image/png;base64,iVBORw0KGgo="_s << kOld << kNew
                              << u"data:image/png;base64,iVBORw0KGgo="_s;
    QTest::newRow("none") << QString() << kOld << kNew << QString();
}

void TestImagePaths::featuredImage()
{
    QFETCH(QString, path);
    QFETCH(QString, oldFolder);
    QFETCH(QString, newFolder);
    QFETCH(QString, moved);
    QCOMPARE(ImagePathMove(oldFolder, newFolder).path(path), moved);
}

void TestImagePaths::markdownImages_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("moved");

    QTest::newRow("inline") << u"Look: ![A chart](images/chart.png) here."_s
                            << u"Look: ![A chart](../old/images/chart.png) here."_s;
    QTest::newRow("with a title") << u"![A chart](images/chart.png \"The split\")"_s
                                  << u"![A chart](../old/images/chart.png \"The split\")"_s;
    QTest::newRow("angle brackets and spaces")
        << u"![a](<my pictures/a b.png>)"_s << u"![a](<../old/my pictures/a b.png>)"_s;
    QTest::newRow("percent-encoded")
        << u"![a](my%20pictures/a.png)"_s << u"![a](../old/my%20pictures/a.png)"_s;
    QTest::newRow("parentheses in the name")
        << u"![a](chart\\(1\\).png)"_s << u"![a](../old/chart%281%29.png)"_s;
    QTest::newRow("letters of any script")
        << u"![a](bilder/blåbær.png)"_s << u"![a](../old/bilder/blåbær.png)"_s;
    QTest::newRow("several, in a list, a quote and a table")
        << u"- ![a](a.png) and ![b](b.png)\n\n> ![c](c.png)\n\n| x |\n|---|\n| ![d](d.png) |\n"_s
        << u"- ![a](../old/a.png) and ![b](../old/b.png)\n\n> ![c](../old/c.png)\n\n"
           "| x |\n|---|\n| ![d](../old/d.png) |\n"_s;
    QTest::newRow("image inside a link") << u"[![a](images/a.png)](https://example.org)"_s
                                         << u"[![a](../old/images/a.png)](https://example.org)"_s;
    QTest::newRow("reference") << u"![Logo][logo]\n\n[logo]: images/logo.png \"Ours\"\n"_s
                               << u"![Logo][logo]\n\n[logo]: ../old/images/logo.png \"Ours\"\n"_s;
    QTest::newRow("shortcut reference, label in another case")
        << u"![Logo]\n\n[LOGO]: <images/logo.png>\n"_s
        << u"![Logo]\n\n[LOGO]: <../old/images/logo.png>\n"_s;
    QTest::newRow("a link is not an image")
        << u"[the data](data/table.csv)"_s << u"[the data](data/table.csv)"_s;
    QTest::newRow("a definition only links use")
        << u"[see][d]\n\n[d]: notes.png\n"_s << u"[see][d]\n\n[d]: notes.png\n"_s;
    QTest::newRow("code span") << u"Write `![a](images/a.png)` for a picture."_s
                               << u"Write `![a](images/a.png)` for a picture."_s;
    QTest::newRow("fenced code") << u"```\n![a](images/a.png)\n```\n"_s
                                 << u"```\n![a](images/a.png)\n```\n"_s;
    QTest::newRow("indented code")
        << u"Text.\n\n    ![a](images/a.png)\n"_s << u"Text.\n\n    ![a](images/a.png)\n"_s;
    QTest::newRow("raw HTML") << u"<span title=\"![a](images/a.png)\">x</span>"_s
                              << u"<span title=\"![a](images/a.png)\">x</span>"_s;
    QTest::newRow("text that looks like a path")
        << u"The file images/a.png is ![gone]."_s << u"The file images/a.png is ![gone]."_s;
    QTest::newRow("web address") << u"![a](https://example.org/a.png)"_s
                                 << u"![a](https://example.org/a.png)"_s;
    QTest::newRow("data URI") << u"![a](data:image/png;base64,iVBORw0KGgo=)"_s
                              << u"![a](data:image/png;base64,iVBORw0KGgo=)"_s;
    QTest::newRow("the site's own path")
        << u"![a](/wp-content/uploads/a.png)"_s << u"![a](/wp-content/uploads/a.png)"_s;
    QTest::newRow("protocol-relative")
        << u"![a](//cdn.example.org/a.png)"_s << u"![a](//cdn.example.org/a.png)"_s;
}

void TestImagePaths::markdownImages()
{
    QFETCH(QString, markdown);
    QFETCH(QString, moved);
    QCOMPARE(ImagePathMove(kOld, kNew).markdown(markdown), moved);
    // Back again gives the text as written, but for how it spells the path.
    if (!moved.contains(u"%28"_s))
        QCOMPARE(ImagePathMove(kNew, kOld).markdown(moved), markdown);
    // An article never saved has no folder its relative paths were relative to.
    QCOMPARE(ImagePathMove(QString(), kNew).markdown(markdown), markdown);
}

void TestImagePaths::everyImageOfTheArticleMoves()
{
    Article article = test::fullArticle();
    article.meta.featuredImage = u"images/cover.png"_s;
    Section &tldr = article.sections.first();
    tldr.bullets.append(u"See ![the kiln](images/kiln.png)."_s);
    Section &text = article.sections[4];
    text.markdown = u"![A chart](images/chart.png)\n"_s;
    text.source.blocks = {{u"![A chart](images/chart.png)"_s,
                           u"<!-- wp:image -->…<!-- /wp:image -->"_s,
                           u"\n\n"_s,
                           {}}};
    Revision revision;
    revision.meta = article.meta;
    revision.sections = article.sections;
    article.review.revisions.append(revision);
    article.review.published = revision;

    const Article moved = withImagesMoved(article, kOld, kNew);
    auto check = [](const ArticleMeta &meta, const QList<Section> &sections) {
        QCOMPARE(meta.featuredImage, u"../old/images/cover.png"_s);
        QCOMPARE(sections.first().bullets.last(), u"See ![the kiln](../old/images/kiln.png)."_s);
        QCOMPARE(sections.at(4).markdown, u"![A chart](../old/images/chart.png)\n"_s);
    };
    check(moved.meta, moved.sections);
    // The block read from the site still matches the text it was read as.
    QCOMPARE(moved.sections.at(4).source.blocks.first().markdown,
             u"![A chart](../old/images/chart.png)"_s);
    check(moved.review.revisions.last().meta, moved.review.revisions.last().sections);
    check(moved.review.published->meta, moved.review.published->sections);
    // Nothing else changes.
    Article back = withImagesMoved(moved, kNew, kOld);
    QCOMPARE(back, article);
}

void TestImagePaths::commentsMoveWithTheText()
{
    Article article;
    Section text = test::fixedSection(SectionKind::Text, u"t"_s);
    text.markdown = u"![a](a.png) first ![b](b.png) second"_s;
    article.sections = {text};
    auto commentOn = [&](const QString &id, const QString &quote) {
        ReviewComment comment;
        comment.id = id;
        comment.sectionId = text.id;
        comment.anchor = {CommentAnchor::Kind::Text,
                          TextField::Markdown,
                          0,
                          text.markdown.indexOf(quote),
                          quote.size(),
                          quote,
                          {}};
        return comment;
    };
    article.comments = {commentOn(u"c1"_s, u"first"_s), commentOn(u"c2"_s, u"second"_s),
                        commentOn(u"c3"_s, u"b.png"_s)};

    const Article moved = withImagesMoved(article, kOld, kNew);
    const QString movedText = moved.sections.first().markdown;
    QCOMPARE(movedText, u"![a](../old/a.png) first ![b](../old/b.png) second"_s);
    for (const QString &word : {u"first"_s, u"second"_s}) {
        const ReviewComment &comment = moved.comments.at(word == u"first" ? 0 : 1);
        QVERIFY(!comment.detached);
        QCOMPARE(movedText.mid(comment.anchor.start, comment.anchor.length), word);
    }
    // A comment on the path itself loses its place with the old path.
    QVERIFY(moved.comments.at(2).detached);
}

QUORUM_TEST_GUILESS_MAIN(TestImagePaths)
#include "tst_imagepaths.moc"
