// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "publishjob.h"
#include "wordpressclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace quorum::test {

/// A user of the fixture's WordPress (tests/fixtures/wordpress/start), with its Application
/// Password.
struct WordPressUser
{
    QString name;
    QString password;
};

/// The running test WordPress, as its env file describes it. The ctest fixture `wordpress`
/// starts it and points QUORUM_WORDPRESS_ENV at that file.
class WordPressFixture
{
public:
    /// Reads the env file; false with `why` set when there is no running fixture.
    bool load(QString *why);

    QUrl site() const { return m_site; }
    WordPressUser admin() const { return user(QStringLiteral("ADMIN")); }
    /// The administrator again, through a second application password: "someone else".
    WordPressUser otherClient() const;
    WordPressUser editor() const { return user(QStringLiteral("EDITOR")); }
    WordPressUser author() const { return user(QStringLiteral("AUTHOR")); }
    WordPressUser contributor() const { return user(QStringLiteral("CONTRIBUTOR")); }
    /// A contributor who may upload images (the fixture's own role).
    WordPressUser uploader() const { return user(QStringLiteral("UPLOADER")); }

    PublishTarget target(const WordPressUser &user) const;
    /// Switches the Quorum plugin (packaging/wordpress/quorum) on or off, as the
    /// administrator; fails the current test when WordPress refuses. Only suites declared with
    /// PLUGIN (tests/publishing/CMakeLists.txt) may call it.
    bool setQuorumPlugin(bool active) const;
    /// A client for `user` whose REST root is already known.
    WordPressClient *client(const WordPressUser &user, QObject *parent) const;

private:
    WordPressUser user(const QString &role) const;

    QUrl m_site;
    QHash<QString, QString> m_values;
};

/// Waits for `reply` to finish (QSignalSpy::wait); false on timeout.
bool waitFor(WordPressReply *reply, int timeoutMs = 30'000);
/// Runs a request to the end and returns its JSON; fails the current test when it failed.
QJsonValue call(WordPressReply *reply);

/// Runs `job` to the end; false on timeout.
bool run(PublishJob &job, int timeoutMs = 60'000);

/// A token unique to this test run, for slugs and term names that no other test uses.
QString unique(const QString &prefix);

} // namespace quorum::test
