// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "wordpressfixture.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::test {

bool WordPressFixture::load(QString *why)
{
    const QString path = qEnvironmentVariable("QUORUM_WORDPRESS_ENV");
    if (path.isEmpty()) {
        *why = u"QUORUM_WORDPRESS_ENV is not set: run through ctest, which starts the "
               "WordPress fixture"_s;
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            m_values.insert(line.left(equals), line.mid(equals + 1));
    }
    m_site = QUrl(m_values.value(u"WP_URL"_s));
    if (!m_site.isValid() || m_values.value(u"WP_ADMIN_PASSWORD"_s).isEmpty()) {
        *why = u"%1 does not describe a WordPress"_s.arg(path);
        return false;
    }
    return true;
}

WordPressUser WordPressFixture::user(const QString &role) const
{
    return {m_values.value(u"WP_"_s + role + u"_USER"_s),
            m_values.value(u"WP_"_s + role + u"_PASSWORD"_s)};
}

WordPressUser WordPressFixture::otherClient() const
{
    return {admin().name, m_values.value(u"WP_ADMIN_PASSWORD2"_s)};
}

PublishTarget WordPressFixture::target(const WordPressUser &user) const
{
    PublishTarget target;
    target.site = m_site;
    target.user = user.name;
    target.applicationPassword = user.password;
    return target;
}

bool WordPressFixture::setQuorumPlugin(bool active) const
{
    std::unique_ptr<WordPressClient> admin(client(this->admin(), nullptr));
    const QJsonObject plugin =
        call(admin->post(u"wp/v2/plugins/quorum/quorum"_s,
                         {{u"status"_s, active ? u"active"_s : u"inactive"_s}}))
            .toObject();
    return plugin.value(u"status"_s).toString() == (active ? u"active"_s : u"inactive"_s);
}

WordPressClient *WordPressFixture::client(const WordPressUser &user, QObject *parent) const
{
    auto *client = new WordPressClient(parent);
    client->setSite(m_site);
    client->setRestRoot(m_site.resolved(QUrl(u"wp-json/"_s)));
    client->setCredentials(user.name, user.password);
    return client;
}

bool waitFor(WordPressReply *reply, int timeoutMs)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &WordPressReply::finished);
    return spy.wait(timeoutMs);
}

QJsonValue call(WordPressReply *reply)
{
    // Deleted afterwards: a deleteLater() made here would be carried out inside the wait.
    const std::unique_ptr<WordPressReply> owner(reply);
    if (!waitFor(reply)) {
        QTest::qFail("the request did not finish", __FILE__, __LINE__);
        return {};
    }
    if (!reply->isOk()) {
        QTest::qFail(qPrintable(u"request failed: "_s + reply->error().toString() + u" ("_s +
                                reply->error().detail + u')'),
                     __FILE__, __LINE__);
    }
    return reply->json();
}

bool run(PublishJob &job, int timeoutMs)
{
    QSignalSpy finished(&job, &PublishJob::finished);
    job.start();
    return !finished.isEmpty() || finished.wait(timeoutMs);
}

QString unique(const QString &prefix)
{
    static const QString run = QString::number(QRandomGenerator::global()->generate(), 36);
    static int counter = 0;
    return u"%1-%2-%3"_s.arg(prefix, run).arg(++counter);
}

} // namespace quorum::test
