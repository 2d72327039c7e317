// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlechecks.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("quorum::ArticleChecks", text);
}

void checkVerdict(const Article &article, const Section &section, QList<CheckFinding> *findings)
{
    const QList<Stance> stances = effectiveStances(article, section);
    if (stances.isEmpty()) {
        findings->append({u"verdict-empty"_s, CheckSeverity::Error, section.id,
                          tr("The verdict has no stances.")});
        return;
    }
    int sum = 0;
    for (const Stance &stance : stances)
        sum += stance.percent;
    if (sum != 100)
        findings->append({u"verdict-sum"_s, CheckSeverity::Error, section.id,
                          tr("The verdict's percentages add up to %1, not 100.").arg(sum)});
}

void checkVoices(const Section &section, QList<CheckFinding> *findings)
{
    for (qsizetype i = 0; i < section.voices.size(); ++i) {
        const Voice &voice = section.voices.at(i);
        const QUrl url(voice.url, QUrl::StrictMode);
        if (!voice.url.isEmpty() &&
            (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")))
            findings->append({u"voice-url"_s, CheckSeverity::Error, section.id,
                              tr("Voice %1 links to “%2”, which is not an http or https address.")
                                  .arg(i + 1)
                                  .arg(voice.url)});
        if (voice.quote.trimmed().isEmpty())
            findings->append({u"voice-quote"_s, CheckSeverity::Error, section.id,
                              tr("Voice %1 has no quote.").arg(i + 1)});
    }
}

} // namespace

QList<CheckFinding> checkArticle(const Article &article)
{
    QList<CheckFinding> findings;
    if (article.meta.title.trimmed().isEmpty())
        findings.append(
            {u"title-empty"_s, CheckSeverity::Error, QString(), tr("The article has no title.")});
    for (const Section &section : article.sections) {
        if (section.kind == SectionKind::Verdict)
            checkVerdict(article, section, &findings);
        else if (section.kind == SectionKind::ForumVoices)
            checkVoices(section, &findings);
    }
    return findings;
}

} // namespace quorum
