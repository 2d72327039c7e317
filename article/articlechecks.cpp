// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlechecks.h"

#include "voicelink.h"

#include "markdownlinks.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// Messages are looked up under the context lupdate files them under, whether the call is made
// in a free function or in Checker.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(quorum::ArticleChecks)
};

struct CheckDefinition
{
    const char16_t *id;
    CheckSeverity severity;
    const char *title;
};

// Spelled out in every row: lupdate does not expand macros, so a title behind one would never
// reach the catalogue.
constexpr std::array kChecks = {
    CheckDefinition{u"title-empty", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The article has a title")},
    CheckDefinition{u"verdict-empty", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The verdict has stances")},
    CheckDefinition{
        u"verdict-sum", CheckSeverity::Error,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The verdict's percentages add up to 100")},
    CheckDefinition{
        u"verdict-tally", CheckSeverity::Error,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The verdict agrees with the voices' stances")},
    CheckDefinition{u"voice-quote", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Every voice has a quote")},
    CheckDefinition{u"voice-author", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Every voice names its author")},
    CheckDefinition{u"voice-forum", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Every voice names its forum")},
    CheckDefinition{u"voice-url", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks",
                                      "Every voice links to its source (http or https)")},
    CheckDefinition{
        u"voice-duplicate", CheckSeverity::Error,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "No two voices quote the same text")},
    CheckDefinition{
        u"tldr-bullets", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The TL;DR has two to five bullets")},
    CheckDefinition{u"section-empty", CheckSeverity::Warning,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "No section is empty")},
    CheckDefinition{u"heading-duplicate", CheckSeverity::Warning,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Section headings are unique")},
    CheckDefinition{u"seo-keyword-missing", CheckSeverity::Info,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "A focus keyword is set")},
    CheckDefinition{
        u"seo-keyword-title", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The focus keyword is in the title")},
    CheckDefinition{u"seo-keyword-slug", CheckSeverity::Warning,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The focus keyword is in the slug")},
    CheckDefinition{
        u"seo-keyword-excerpt", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The focus keyword is in the excerpt")},
    CheckDefinition{
        u"seo-keyword-intro", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The focus keyword is in the first paragraph")},
    CheckDefinition{
        u"seo-title-length", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The title is at most 60 characters")},
    CheckDefinition{
        u"seo-excerpt-length", CheckSeverity::Warning,
        QT_TRANSLATE_NOOP("quorum::ArticleChecks", "The excerpt is 120 to 160 characters")},
    CheckDefinition{u"image-alt", CheckSeverity::Warning,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Images have alternative text")},
    CheckDefinition{u"link-scheme", CheckSeverity::Error,
                    QT_TRANSLATE_NOOP("quorum::ArticleChecks", "Links are http or https")},
};

// Lower-case words of letters and digits, accents folded the way slugs fold them, so that
// "Språk-modell" matches the slug "sprak-modell".
QStringList words(QStringView text)
{
    QStringList result;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            result.append(std::exchange(word, QString()));
    };
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        const QChar lower = c.toLower();
        if (lower.unicode() < 0x80) {
            word += lower;
            continue;
        }
        switch (lower.unicode()) {
        case u'æ':
            word += u"ae"_s;
            continue;
        case u'ø':
            word += u'o';
            continue;
        case u'ß':
            word += u"ss"_s;
            continue;
        case u'œ':
            word += u"oe"_s;
            continue;
        default:
            break;
        }
        const QString decomposed = lower.decomposition();
        word += decomposed.isEmpty() ? QString(lower) : decomposed.left(1);
    }
    flush();
    return result;
}

bool containsPhrase(const QStringList &haystack, const QStringList &phrase)
{
    if (phrase.isEmpty())
        return true;
    for (qsizetype i = 0; i + phrase.size() <= haystack.size(); ++i) {
        qsizetype j = 0;
        while (j < phrase.size() && haystack.at(i + j) == phrase.at(j))
            ++j;
        if (j == phrase.size())
            return true;
    }
    return false;
}

// The first paragraph of Markdown text: up to the first blank line.
QStringView firstParagraph(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text.at(i) != u'\n')
            continue;
        qsizetype j = i + 1;
        while (j < text.size() && text.at(j) != u'\n' && text.at(j).isSpace())
            ++j;
        if (j >= text.size() || text.at(j) == u'\n')
            return text.sliced(start, i - start);
    }
    return text.sliced(start);
}

// Markdown destinations are read tolerantly (cmark-gfm percent-encodes what needs it); a
// voice's URL is published as it stands and must be strictly valid.
bool isHttpUrl(const QString &text, QUrl::ParsingMode mode = QUrl::StrictMode)
{
    if (!text.startsWith(u"http://"_s, Qt::CaseInsensitive) &&
        !text.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return false;
    const QUrl url(text, mode);
    return url.isValid() && !url.host().isEmpty();
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// A quote as voice-duplicate compares it: case folded, runs of white space as one space,
// none at either end. Calls `out` with each character of that form, so that a hash can be
// taken without building the string (ASCII, nearly all of it, takes the quick path).
template<typename Out> void foldQuote(QStringView quote, Out &&out)
{
    bool started = false;
    bool space = false;
    for (const QChar c : quote) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\r' || (u >= 0x80 && c.isSpace())) {
            space = started;
            continue;
        }
        if (space)
            out(u' ');
        space = false;
        started = true;
        if (u < 0x80)
            out(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
        else
            out(c.toCaseFolded().unicode());
    }
}

quint64 quoteHash(QStringView quote)
{
    quint64 hash = 14695981039346656037ULL; // FNV-1a
    foldQuote(quote, [&hash](char16_t u) {
        hash ^= u;
        hash *= 1099511628211ULL;
    });
    return hash;
}

QString quoteKey(QStringView quote)
{
    QString key;
    key.reserve(quote.size());
    foldQuote(quote, [&key](char16_t u) { key += QChar(u); });
    return key;
}

// Code points, not UTF-16 units: what a search engine counts.
qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isLowSurrogate())
            ++count;
    }
    return count;
}

class Checker
{
public:
    explicit Checker(const Article &article)
        : m_article(article)
    {
        for (const CheckDefinition &check : kChecks) {
            if (!article.review.disabledChecks.contains(QStringView(check.id)))
                m_enabled.insert(QString::fromUtf16(check.id), check.severity);
        }
    }

    QList<CheckFinding> run()
    {
        checkMeta();
        QSet<QString> headings;
        QMultiHash<quint64, const QString *> quotes;
        for (const Section &section : m_article.sections) {
            checkHeading(section, &headings);
            switch (section.kind) {
            case SectionKind::TlDr:
                checkTlDr(section);
                break;
            case SectionKind::Verdict:
                checkVerdict(section);
                break;
            case SectionKind::ForumVoices:
                checkVoices(section, &quotes);
                if (section.voices.isEmpty())
                    add(u"section-empty"_s, {section.id, TextField::Markdown, 0, 0, 0},
                        Tr::tr("“%1” has no voices.").arg(section.heading));
                break;
            case SectionKind::Introduction:
            case SectionKind::Text:
            case SectionKind::Conclusion:
                if (isBlank(section.markdown))
                    add(u"section-empty"_s, {section.id, TextField::Markdown, 0, 0, 0},
                        Tr::tr("“%1” has no text.").arg(section.heading));
                break;
            }
            checkMarkdown(section.id, TextField::Markdown, 0, section.markdown);
            for (qsizetype i = 0; i < section.bullets.size(); ++i)
                checkMarkdown(section.id, TextField::Bullet, int(i), section.bullets.at(i));
        }
        checkKeywordInIntro();
        return std::move(m_findings);
    }

private:
    bool enabled(const QString &id) const { return m_enabled.contains(id); }

    void add(const QString &id, const TextLocation &location, const QString &message)
    {
        const auto it = m_enabled.constFind(id);
        if (it != m_enabled.cend())
            m_findings.append({id, it.value(), message, location});
    }

    static TextLocation meta(TextField field, qsizetype start = -1, qsizetype length = 0)
    {
        return {QString(), field, 0, start, length};
    }

    void checkMeta()
    {
        const ArticleMeta &meta = m_article.meta;
        if (meta.title.trimmed().isEmpty())
            add(u"title-empty"_s, this->meta(TextField::Title),
                Tr::tr("The article has no title."));
        const qsizetype titleLength = characterCount(meta.title);
        if (titleLength > kSeoTitleMaxLength)
            add(u"seo-title-length"_s, this->meta(TextField::Title, kSeoTitleMaxLength),
                Tr::tr("The title has %1 characters; search results show about %2.")
                    .arg(titleLength)
                    .arg(kSeoTitleMaxLength));
        const qsizetype excerptLength = characterCount(meta.excerpt.trimmed());
        if (excerptLength < kSeoExcerptMinLength || excerptLength > kSeoExcerptMaxLength)
            add(u"seo-excerpt-length"_s, this->meta(TextField::Excerpt),
                Tr::tr(
                    "The excerpt has %1 characters; a meta description reads best with %2 to %3.")
                    .arg(excerptLength)
                    .arg(kSeoExcerptMinLength)
                    .arg(kSeoExcerptMaxLength));
        if (!meta.featuredImage.isEmpty() && meta.featuredImageAlt.trimmed().isEmpty())
            add(u"image-alt"_s, this->meta(TextField::FeaturedImageAlt),
                Tr::tr("The featured image has no alternative text."));

        m_keyword = words(meta.focusKeyword);
        if (m_keyword.isEmpty()) {
            add(u"seo-keyword-missing"_s, this->meta(TextField::FocusKeyword),
                Tr::tr("The article has no focus keyword."));
            return;
        }
        const struct
        {
            QString id;
            TextField field;
            const QString &text;
            const char *message;
        } places[] = {
            {u"seo-keyword-title"_s, TextField::Title, meta.title,
             QT_TRANSLATE_NOOP("quorum::ArticleChecks",
                               "The title does not contain the focus keyword “%1”.")},
            {u"seo-keyword-slug"_s, TextField::Slug, meta.slug,
             QT_TRANSLATE_NOOP("quorum::ArticleChecks",
                               "The slug does not contain the focus keyword “%1”.")},
            {u"seo-keyword-excerpt"_s, TextField::Excerpt, meta.excerpt,
             QT_TRANSLATE_NOOP("quorum::ArticleChecks",
                               "The excerpt does not contain the focus keyword “%1”.")},
        };
        for (const auto &place : places) {
            if (enabled(place.id) && !containsPhrase(words(place.text), m_keyword))
                add(place.id, this->meta(place.field),
                    Tr::tr(place.message).arg(meta.focusKeyword.trimmed()));
        }
    }

    // The first paragraph is the introduction's; without one, the first text of the body.
    void checkKeywordInIntro()
    {
        if (m_keyword.isEmpty() || !enabled(u"seo-keyword-intro"_s))
            return;
        const Section *intro = nullptr;
        for (const Section &section : m_article.sections) {
            if (section.kind == SectionKind::Introduction) {
                intro = &section;
                break;
            }
            if (!intro && section.kind != SectionKind::Verdict &&
                section.kind != SectionKind::TlDr && !isBlank(section.markdown))
                intro = &section;
        }
        if (!intro)
            return;
        const QStringView paragraph = firstParagraph(intro->markdown);
        if (containsPhrase(words(paragraph), m_keyword))
            return;
        const qsizetype start = paragraph.isEmpty() ? 0 : paragraph.data() - intro->markdown.data();
        add(u"seo-keyword-intro"_s, {intro->id, TextField::Markdown, 0, start, paragraph.size()},
            Tr::tr("The first paragraph does not contain the focus keyword “%1”.")
                .arg(m_article.meta.focusKeyword.trimmed()));
    }

    void checkHeading(const Section &section, QSet<QString> *headings)
    {
        if (!enabled(u"heading-duplicate"_s))
            return;
        const QString heading = section.heading.trimmed().isEmpty()
                                    ? defaultSectionHeading(section.kind)
                                    : section.heading.simplified();
        const QString key = heading.toCaseFolded();
        if (headings->contains(key))
            add(u"heading-duplicate"_s, {section.id, TextField::Heading, 0, -1, 0},
                Tr::tr("Two sections are headed “%1”.").arg(heading));
        else
            headings->insert(key);
    }

    void checkTlDr(const Section &section)
    {
        int bullets = 0;
        for (const QString &bullet : section.bullets)
            bullets += isBlank(bullet) ? 0 : 1;
        if (bullets < 2 || bullets > 5)
            add(u"tldr-bullets"_s,
                {section.id, bullets > 5 ? TextField::Bullet : TextField::Heading,
                 bullets > 5 ? 5 : 0, -1, 0},
                Tr::tr("The TL;DR has %n bullet(s); use two to five.", nullptr, bullets));
    }

    void checkVerdict(const Section &section)
    {
        const QList<Stance> stances = effectiveStances(m_article, section);
        if (stances.isEmpty()) {
            add(u"verdict-empty"_s, {section.id, TextField::Heading, 0, -1, 0},
                Tr::tr("The verdict has no stances."));
            return;
        }
        int sum = 0;
        for (const Stance &stance : stances)
            sum += stance.percent;
        if (sum != 100)
            add(u"verdict-sum"_s, {section.id, TextField::StanceLabel, 0, -1, 0},
                Tr::tr("The verdict's percentages add up to %1, not 100.").arg(sum));
        if (!section.stancesFromVoices && enabled(u"verdict-tally"_s))
            checkTally(section, stances);
    }

    // The published split against the voices' own tally.
    void checkTally(const Section &section, const QList<Stance> &published)
    {
        Section fromVoices = section;
        fromVoices.stancesFromVoices = true;
        const QList<Stance> tally = effectiveStances(m_article, fromVoices);
        int voices = 0;
        for (const Section &other : m_article.sections) {
            for (const Voice &voice : other.voices)
                voices += voice.stance.isEmpty() ? 0 : 1;
        }
        if (voices == 0)
            return;
        int worst = 0;
        qsizetype worstIndex = -1;
        for (const Stance &counted : tally) {
            const qsizetype index = stanceIndex(published, counted.label) - 1;
            const int claimed = index < 0 ? 0 : published.at(index).percent;
            const int off = std::abs(claimed - counted.percent);
            if (off > worst) {
                worst = off;
                worstIndex = index;
            }
        }
        if (worst <= m_article.review.stanceTolerance)
            return;
        add(u"verdict-tally"_s,
            {section.id, worstIndex < 0 ? TextField::Heading : TextField::StanceLabel,
             int(qMax<qsizetype>(worstIndex, 0)), -1, 0},
            Tr::tr("The verdict says %2, but the %n voice(s) with a stance give %3 (more than %1 "
                   "points apart).",
                   nullptr, voices)
                .arg(m_article.review.stanceTolerance)
                .arg(stanceSummary(published), stanceSummary(tally)));
    }

    // True when an earlier voice (in `quotes`, by hash) quoted the same text; adds it if not.
    static bool isDuplicate(const QString &quote, QMultiHash<quint64, const QString *> *quotes)
    {
        const quint64 hash = quoteHash(quote);
        for (auto it = quotes->constFind(hash); it != quotes->cend() && it.key() == hash; ++it) {
            if (quoteKey(**it) == quoteKey(quote))
                return true;
        }
        quotes->insert(hash, &quote);
        return false;
    }

    void checkVoices(const Section &section, QMultiHash<quint64, const QString *> *quotes)
    {
        const bool duplicates = enabled(u"voice-duplicate"_s);
        for (qsizetype i = 0; i < section.voices.size(); ++i) {
            const Voice &voice = section.voices.at(i);
            auto at = [&](TextField field) {
                return TextLocation{section.id, field, int(i), -1, 0};
            };
            const qsizetype number = i + 1;
            if (isBlank(voice.quote)) {
                add(u"voice-quote"_s, at(TextField::VoiceQuote),
                    Tr::tr("Voice %1 has no quote.").arg(number));
            } else if (duplicates && isDuplicate(voice.quote, quotes)) {
                add(u"voice-duplicate"_s, at(TextField::VoiceQuote),
                    Tr::tr("Voice %1 quotes the same text as an earlier voice.").arg(number));
            }
            if (isBlank(voice.author))
                add(u"voice-author"_s, at(TextField::VoiceAuthor),
                    Tr::tr("Voice %1 does not say who said it.").arg(number));
            if (isBlank(voice.forum))
                add(u"voice-forum"_s, at(TextField::VoiceForum),
                    Tr::tr("Voice %1 does not say where it was said.").arg(number));
            if (isBlank(voice.url))
                add(u"voice-url"_s, at(TextField::VoiceUrl),
                    Tr::tr("Voice %1 has no link to its source.").arg(number));
            else if (enabled(u"voice-url"_s) && !isVoiceLink(voice.url.trimmed()))
                add(u"voice-url"_s, at(TextField::VoiceUrl),
                    Tr::tr("Voice %1 links to “%2”, which is not an http or https address.")
                        .arg(QString::number(number), voice.url));
        }
    }

    void checkMarkdown(const QString &sectionId, TextField field, int index, const QString &text)
    {
        const bool alt = enabled(u"image-alt"_s);
        const bool scheme = enabled(u"link-scheme"_s);
        if (text.isEmpty() || (!alt && !scheme))
            return;
        for (const MarkdownLink &link : markdownLinks(text)) {
            if (link.kind == MarkdownLink::Kind::Image) {
                if (alt &&
                    QStringView(text).sliced(link.textStart, link.textLength).trimmed().isEmpty())
                    add(u"image-alt"_s,
                        {sectionId, field, index, link.textStart - 2, link.textLength + 3},
                        Tr::tr("An image has no alternative text."));
                continue;
            }
            if (!scheme)
                continue;
            const QString destination = text.sliced(link.destinationStart, link.destinationLength);
            if (destination.startsWith(u'#') || isHttpUrl(destination, QUrl::TolerantMode))
                continue;
            add(u"link-scheme"_s,
                {sectionId, field, index, link.destinationStart, link.destinationLength},
                destination.isEmpty()
                    ? Tr::tr("A link has no address.")
                    : Tr::tr("A link goes to “%1”, which is not an http or https address.")
                          .arg(destination));
        }
    }

    const Article &m_article;
    QHash<QString, CheckSeverity> m_enabled;
    QStringList m_keyword;
    QList<CheckFinding> m_findings;
};

} // namespace

QString checkSeverityKey(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Info:
        return u"info"_s;
    case CheckSeverity::Warning:
        return u"warning"_s;
    case CheckSeverity::Error:
        return u"error"_s;
    }
    return {};
}

QString checkSeverityName(CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Info:
        return Tr::tr("info");
    case CheckSeverity::Warning:
        return Tr::tr("warning");
    case CheckSeverity::Error:
        return Tr::tr("error");
    }
    return {};
}

QList<CheckInfo> allChecks()
{
    QList<CheckInfo> checks;
    for (const CheckDefinition &check : kChecks)
        checks.append({QString::fromUtf16(check.id), check.severity, Tr::tr(check.title)});
    return checks;
}

QList<CheckFinding> checkArticle(const Article &article)
{
    return Checker(article).run();
}

bool hasErrors(const QList<CheckFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const CheckFinding &finding) {
        return finding.severity == CheckSeverity::Error;
    });
}

} // namespace quorum
