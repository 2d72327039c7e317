// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "largearticle.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace quorum::bench {

namespace {

const QStringList kWords =
    QStringLiteral(
        "library model language national training data forum voice skeptical supportive open "
        "collection budget hardware storage compute evaluation public copyright texts newspapers "
        "books research institution country small speakers community argument plan project cost "
        "benefit release weights licence corpus quality tokens parameters benchmark users citizens "
        "archive digitised century deposit policy question experts doubt ambition alternative")
        .split(u' ');

class TextMaker
{
public:
    QString words(int count)
    {
        QStringList out;
        for (int i = 0; i < count; ++i)
            out.append(kWords.at(m_random.bounded(int(kWords.size()))));
        return out.join(u' ');
    }

    // A paragraph of about `count` words with some inline Markdown.
    QString paragraph(int count)
    {
        QString text =
            words(count / 4) + u" **"_s + words(3) + u"** "_s + words(count / 4) + u" *"_s +
            words(2) + u"* "_s + words(count / 4) + u" [a link](https://example.org/"_s +
            QString::number(m_random.bounded(1000)) + u") "_s + words(count / 4 - 6) + u'.';
        text[0] = text[0].toUpper();
        return text;
    }

    // About 500 words: paragraphs, a list, a quote, sometimes a table.
    QString sectionText(int index)
    {
        QStringList blocks;
        blocks.append(paragraph(120));
        blocks.append(paragraph(110));
        blocks.append(u"- "_s + words(12) + u"\n- "_s + words(15) + u"\n- "_s + words(10));
        blocks.append(u"> "_s + paragraph(60));
        blocks.append(paragraph(120));
        if (index % 5 == 0)
            blocks.append(u"| A | B |\n| --- | --- |\n| "_s + words(3) + u" | "_s + words(4) +
                          u" |\n| "_s + words(2) + u" | "_s + words(3) + u" |"_s);
        blocks.append(paragraph(80));
        return blocks.join(u"\n\n"_s);
    }

    int bounded(int limit) { return m_random.bounded(limit); }

private:
    QRandomGenerator m_random{20261129};
};

} // namespace

Article largeArticle()
{
    TextMaker maker;
    Article article;
    article.meta.title = u"A Very Large Consensus Report"_s;
    article.meta.slug = u"a-very-large-consensus-report"_s;
    article.meta.categories = {u"Benchmarks"_s};
    article.meta.tags = {u"large"_s, u"generated"_s};

    auto add = [&](SectionKind kind, int index) -> Section & {
        Section section = Section::create(kind);
        section.id = u"s%1"_s.arg(index, 4, 10, QChar(u'0'));
        section.heading = u"Section %1: %2"_s.arg(index).arg(maker.words(3));
        article.sections.append(section);
        return article.sections.last();
    };

    Section &tldr = add(SectionKind::TlDr, 0);
    for (int i = 0; i < 4; ++i)
        tldr.bullets.append(maker.paragraph(20));
    Section &verdict = add(SectionKind::Verdict, 1);
    verdict.stancesFromVoices = true;
    verdict.stances = {{u"Skeptical"_s, 0, {}}, {u"Supportive"_s, 0, {}}, {u"Neutral"_s, 0, {}}};
    add(SectionKind::Introduction, 2).markdown = maker.sectionText(2);

    // 20 sections of 100 voices each, spread through the article.
    const QStringList stances = {u"Skeptical"_s, u"Supportive"_s, u"Neutral"_s};
    for (int index = 3; index < 299; ++index) {
        if ((index - 3) % 15 == 0) {
            Section &voices = add(SectionKind::ForumVoices, index);
            voices.markdown = maker.paragraph(30);
            for (int v = 0; v < 100; ++v) {
                Voice voice;
                voice.quote = maker.paragraph(28);
                voice.author = u"user%1"_s.arg(index * 100 + v);
                voice.forum = u"Forum %1"_s.arg(v % 7);
                voice.url = u"https://forum.example.org/t/%1/%2"_s.arg(index).arg(v);
                voice.date = QDate(2026, 1 + v % 12, 1 + v % 28);
                voice.stance = stances.at(maker.bounded(3));
                voices.voices.append(voice);
            }
        } else {
            add(SectionKind::Text, index).markdown = maker.sectionText(index);
        }
    }
    add(SectionKind::Conclusion, 299).markdown = maker.sectionText(299);
    return article;
}

QString allMarkdown(const Article &article)
{
    QStringList texts;
    for (const Section &section : article.sections) {
        texts.append(section.bullets);
        if (!section.markdown.isEmpty())
            texts.append(section.markdown);
        for (const Voice &voice : section.voices)
            texts.append(voice.quote);
    }
    return texts.join(u"\n\n"_s);
}

qsizetype wordCount(const Article &article)
{
    static const QRegularExpression word(u"\\w+"_s);
    qsizetype count = 0;
    for (auto it = word.globalMatch(allMarkdown(article)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace quorum::bench
