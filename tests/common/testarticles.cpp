// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testarticles.h"

#include "articlefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace quorum::test {

QString samplePath()
{
    return QStringLiteral(QUORUM_TESTS_DIR) +
           u"/../resources/samples/national-library-language-model.quorum"_s;
}

Article sampleArticle()
{
    ArticleFile::LoadResult result = ArticleFile::load(samplePath());
    Q_ASSERT_X(result.ok, "sampleArticle", qPrintable(result.error));
    return result.article;
}

Section fixedSection(SectionKind kind, const QString &id)
{
    Section section = Section::create(kind);
    section.id = id;
    return section;
}

QString hostileText()
{
    return uR"q(<script>document.documentElement.dataset.pwned='script'</script>)q"
           uR"q(<img src=x onerror="document.documentElement.dataset.pwned='img'">)q"
           uR"q( --> <!-- wp:html --><b onclick="x()">b</b> <!-- /wp:html --> ]]> </div></article>)q"
           uR"q( [link](javascript:document.documentElement.dataset.pwned='link') <svg onload=alert(1)>)q"_s;
}

Article hostileArticle()
{
    const QString hostile = hostileText();
    Article article = sampleArticle();
    ArticleMeta &meta = article.meta;
    meta.title = meta.author = meta.excerpt = meta.featuredImageAlt = hostile;
    meta.categories = meta.tags = {hostile};
    meta.featuredImage = u"x\" onerror=\"document.documentElement.dataset.pwned='featured'"_s;
    meta.language = u"en\"><script>x</script>"_s;
    for (Section &section : article.sections) {
        section.heading = hostile;
        section.markdown = hostile + u"\n\n"_s + hostile;
        section.bullets = {hostile, hostile};
        for (Stance &stance : section.stances)
            stance.label = hostile;
        for (Voice &voice : section.voices) {
            voice.quote = voice.author = voice.forum = voice.stance = hostile;
            voice.url = u"javascript:document.documentElement.dataset.pwned='voice'"_s;
        }
    }
    return article;
}

Article fullArticle()
{
    Article article;
    ArticleMeta &meta = article.meta;
    meta.title = u"Städte & Dörfer: \"quoted\" <title>"_s;
    meta.slug = u"staedte-doerfer"_s;
    meta.author = u"åse"_s;
    meta.published = QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC);
    meta.categories = {u"News"_s, u"Tech"_s};
    meta.tags = {u"a"_s, u"b c"_s};
    meta.focusKeyword = u"keyword"_s;
    meta.excerpt = u"An excerpt\nwith a line break."_s;
    meta.featuredImage = u"images/cover.png"_s;
    meta.featuredImageAlt = u"A cover"_s;
    meta.language = u"nb"_s;
    meta.reviewStatus = ReviewStatus::ChangesRequested;
    meta.extra = {{u"seoTitle"_s, u"from a newer Quorum"_s}};

    Section tldr = fixedSection(SectionKind::TlDr, u"t1"_s);
    tldr.bullets = {u"One"_s, u"**Two**"_s};
    tldr.extra = {{u"collapsed"_s, true}};

    Section verdict = fixedSection(SectionKind::Verdict, u"v1"_s);
    verdict.stances = {{u"Skeptical"_s, 60, {{u"colour"_s, u"#c00"_s}}}, {u"Supportive"_s, 40, {}}};
    verdict.markdown = u"Below the split."_s;

    Section voices = fixedSection(SectionKind::ForumVoices, u"f1"_s);
    voices.markdown = u"Lead."_s;
    Voice voice;
    voice.quote = u"A quote\n\nin two paragraphs"_s;
    voice.author = u"kari"_s;
    voice.forum = u"Forum"_s;
    voice.url = u"https://forum.example.org/t/1"_s;
    voice.date = QDate(2026, 2, 28);
    voice.stance = u"Skeptical"_s;
    voice.extra = {{u"upvotes"_s, 12}};
    voices.voices = {voice, Voice{}};

    Section text = fixedSection(SectionKind::Text, u"x1"_s);
    text.heading = u"Alternative Solutions"_s;
    text.markdown = markdownFeatures();

    article.sections = {tldr,   verdict, fixedSection(SectionKind::Introduction, u"i1"_s),
                        voices, text,    fixedSection(SectionKind::Conclusion, u"c1"_s)};

    ReviewComment comment;
    comment.id = u"k1"_s;
    comment.sectionId = u"v1"_s;
    comment.author = u"editor"_s;
    comment.created = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    comment.text = u"Check the split."_s;
    comment.resolved = true;
    comment.extra = {{u"reactions"_s, QJsonArray{u"ok"_s}}};
    comment.replies = {CommentReply{u"writer"_s,
                                    QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC),
                                    u"Fixed."_s,
                                    {{u"edited"_s, true}}}};
    ReviewComment onText;
    onText.id = u"k2"_s;
    onText.sectionId = u"f1"_s;
    onText.anchor = {CommentAnchor::Kind::Text,   TextField::VoiceQuote, 0, 2, 5, u"quote"_s,
                     {{u"colour"_s, u"yellow"_s}}};
    onText.author = u"editor"_s;
    onText.created = QDateTime(QDate(2026, 3, 2), QTime(10, 5), Qt::UTC);
    onText.text = u"Source?"_s;
    ReviewComment onVoice = onText;
    onVoice.id = u"k3"_s;
    onVoice.anchor = {CommentAnchor::Kind::Voice, TextField::Markdown, 1, 0, 0, {}, {}};
    onVoice.detached = true;
    article.comments = {comment, onText, onVoice};

    ReviewData &review = article.review;
    review.statusHistory = {StatusChange{ReviewStatus::InReview,
                                         u"writer"_s,
                                         QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC),
                                         {}},
                            StatusChange{ReviewStatus::ChangesRequested,
                                         u"editor"_s,
                                         QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC),
                                         {{u"note"_s, 1}}}};
    Revision first;
    first.id = u"r1"_s;
    first.name = u"First draft"_s;
    first.created = QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC);
    first.author = u"writer"_s;
    first.meta = meta;
    first.meta.title = u"An older title"_s;
    first.sections = {tldr, verdict};
    first.extra = {{u"pinned"_s, true}};
    review.revisions = {first};
    Revision published = first;
    published.id.clear();
    published.name.clear();
    published.extra = {};
    published.sections = {tldr};
    review.published = published;
    review.disabledChecks = {u"seo-title-length"_s};
    review.stanceTolerance = 15;
    review.extra = {{u"assignee"_s, u"kari"_s}};

    article.remote.site = u"https://example.org/"_s;
    article.remote.postId = 42;
    article.remote.link = u"https://example.org/?p=42"_s;
    article.remote.status = u"draft"_s;
    article.remote.modifiedGmt = u"2026-03-02T10:00:00"_s;
    article.remote.extra = {{u"media"_s, QJsonObject{{u"abc"_s, 7}}}};
    article.extra = {{u"workflow"_s, QJsonArray{}}};
    return article;
}

QString listBlocksMarkdown()
{
    return u"Steps for a test tile:\n\n"
           "1. Weigh the glaze batch:\n\n"
           "   | Material | Share |\n   | --- | ---: |\n   | Feldspar | forty |\n"
           "   | Silica | thirty |\n\n"
           "   Sieve it twice before use.\n"
           "2. Mix with water\n   ```\n   ratio = water / powder\n   ```\n"
           "3. Glaze the tile\n   > Thin coats crawl less.\n"
           "   - Dip once\n     | Coat | Seconds |\n     | --- | --- |\n     | first | three |\n"
           "   - Let it dry\n"
           "4. Fire to cone six\n\n"
           "- | Cone | Colour |\n  | --- | --- |\n  | six | white |\n"
           "- Kept nearby: ![a kiln shelf](images/shelf.png)\n  #### Notes stay in the item\n"
           "- ***\n\n"
           "7. ```\n   seven starts with code\n   ```\n"
           "8. and eight follows\n\n"
           "> - quoted item\n>\n>   | Left | Right |\n>   | --- | --- |\n>   | east | west |\n"
           "> - after the table\n"_s;
}

QString markdownFeatures()
{
    return u"A paragraph with *emphasis*, **strong**, `code`, ~~struck~~ and a "
           "[link](https://example.org/a?b=1&c=2).\nA soft break, then www.example.com "
           "autolinked.\n\n"
           "# Level one\n\n## Level two\n\n### Level three\n\n###### Level six\n\n"
           "- one\n- two\n  - nested\n- three\n\n"
           "3. third\n4. fourth\n\n"
           "> A quoted\n> paragraph.\n\n"
           "```\nint main() { return a < b; }\n```\n\n"
           "---\n\n"
           "![A chart of the split](images/chart.png \"The split\")\n\n"
           "| Left | Centre | Right |\n| :--- | :---: | ---: |\n| a | *b* | c |\n\n"
           "Raw <span onclick=\"x()\">inline</span> HTML and <script>alert(1)</script>.\n\n"
           "<div><img src=x onerror=alert(1)></div>\n\n"
           "[bad link](javascript:alert(1)) and text with <!-- wp:paragraph --> and -->.\n"_s;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QString> blockEditorPosts()
{
    QMap<QString, QString> posts;
    const QDir folder(QStringLiteral(QUORUM_TESTS_DIR "/fixtures/blockeditor"));
    for (const QFileInfo &file : folder.entryInfoList({u"*.html"_s}, QDir::Files, QDir::Name))
        posts.insert(file.completeBaseName(), QString::fromUtf8(readFile(file.filePath())));
    return posts;
}

QString allBlockEditorPosts()
{
    return blockEditorPosts().values().join(u"\n\n"_s);
}

Article reviewedArticle()
{
    Article article = fullArticle();
    article.remote = {};
    ReviewComment comment;
    comment.id = u"c1"_s;
    comment.sectionId = article.sections.at(1).id;
    comment.author = u"Editor"_s;
    comment.created = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    comment.text = u"Is 60 % right?"_s;
    comment.replies.append({u"Writer"_s, comment.created.addSecs(60), u"Yes, recounted."_s, {}});
    article.comments.append(comment);
    article.review.statusHistory.append(
        {ReviewStatus::InReview, u"Writer"_s, comment.created.addSecs(-3600), {}});
    article.meta.reviewStatus = ReviewStatus::InReview;
    for (Section &section : article.sections) {
        for (Voice &voice : section.voices)
            voice.extra.insert(u"coding"_s, QJsonObject{{u"permalink"_s, voice.url}});
    }
    return article;
}

Section textSection(const QString &id, const QString &heading, const QString &markdown)
{
    Section section = fixedSection(SectionKind::Text, id);
    section.heading = heading;
    section.markdown = markdown;
    return section;
}

Article twoTextSections()
{
    Article article;
    article.meta.title = u"Notes"_s;
    article.sections = {textSection(u"sa"_s, u"First"_s, u"One."_s),
                        textSection(u"sb"_s, u"Second"_s, u"Two.\n\nThree."_s)};
    return article;
}

qsizetype indexOfKind(const Article &article, SectionKind kind)
{
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        if (article.sections.at(i).kind == kind)
            return i;
    }
    return -1;
}

} // namespace quorum::test
