// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
// PublishJob's categories and tags: found by name, or created where the user may.
#include "publishjob.h"

#include "htmlentities.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace quorum {

QStringList PublishJob::uniqueNames(const QStringList &names)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !seen.contains(trimmed.toLower())) {
            seen.insert(trimmed.toLower());
            unique.append(trimmed);
        }
    }
    return unique;
}

void PublishJob::resolveTerms()
{
    const QStringList categories = uniqueNames(m_article.meta.categories);
    const QStringList tags = uniqueNames(m_article.meta.tags);
    m_termsLeft = int(categories.size() + tags.size());
    if (m_termsLeft == 0)
        return uploadMedia();
    emit stepStarted(Step::ResolvingTerms);
    // Independent of each other, so all at once.
    for (const QString &name : categories)
        resolveTerm(u"categories"_s, name);
    for (const QString &name : tags)
        resolveTerm(u"tags"_s, name);
}

void PublishJob::resolveTerm(const QString &taxonomy, const QString &name)
{
    if (m_options.dryRun)
        return searchTerm(taxonomy, name);
    // Creating is also the cheapest lookup: for an existing term WordPress answers
    // term_exists with the term's id.
    track(m_client->post(u"wp/v2/"_s + taxonomy, {{u"name"_s, name}}),
          [this, taxonomy, name](WordPressReply *reply) {
              if (reply->isOk())
                  return termResolved(taxonomy, name, reply->object().value(u"id"_s).toInteger());
              const QJsonObject data = reply->object().value(u"data"_s).toObject();
              if (reply->error().code == u"term_exists" && data.contains(u"term_id"_s))
                  return termResolved(taxonomy, name, data.value(u"term_id"_s).toInteger());
              if (reply->error().kind == PublishError::Kind::Forbidden)
                  return searchTerm(taxonomy, name); // may assign terms, not create them
              fail(reply->error());
          });
}

void PublishJob::searchTerm(const QString &taxonomy, const QString &name)
{
    track(m_client->get(
              u"wp/v2/"_s + taxonomy,
              {{u"search"_s, name}, {u"per_page"_s, u"100"_s}, {u"_fields"_s, u"id,name"_s}}),
          [this, taxonomy, name](WordPressReply *reply) {
              if (!reply->isOk())
                  return fail(reply->error());
              for (const QJsonValue &value : reply->json().toArray()) {
                  const QJsonObject term = value.toObject();
                  if (decodeHtmlEntities(term.value(u"name"_s).toString())
                          .compare(name, Qt::CaseInsensitive) == 0)
                      return termResolved(taxonomy, name, term.value(u"id"_s).toInteger());
              }
              if (m_options.dryRun) {
                  (taxonomy == u"categories" ? m_plan.categoriesToCreate : m_plan.tagsToCreate)
                      .append(name);
                  return termResolved(taxonomy, name, 0);
              }
              const QString message =
                  taxonomy == u"categories"
                      ? tr("The category \"%1\" does not exist on the site, and this user may "
                           "not create it.")
                      : tr("The tag \"%1\" does not exist on the site, and this user may not "
                           "create it.");
              fail(PublishError::make(PublishError::Kind::MissingTerm, message.arg(name),
                                      tr("Ask an editor to create it, or remove it from the "
                                         "article.")));
          });
}

void PublishJob::termResolved(const QString &taxonomy, const QString &name, qint64 id)
{
    (taxonomy == u"categories" ? m_categoryIds : m_tagIds).insert(name.toLower(), id);
    if (--m_termsLeft == 0)
        uploadMedia();
}

} // namespace quorum
