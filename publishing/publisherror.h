// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace quorum {

/// Why talking to WordPress failed, as a writer should read it: a plain `message`, and in
/// `fix` what to do about it where there is something to do. `detail` keeps the technical part
/// (the server's own words, Qt's error) for a "details" view and logs; it never holds
/// credentials. A default-constructed PublishError means "no error".
struct PublishError
{
    enum class Kind
    {
        None,
        Canceled,
        Network,            ///< no answer at all: host not found, refused
        Certificate,        ///< the site's TLS certificate cannot be trusted
        Timeout,            ///< the site did not answer in time
        InsecureConnection, ///< credentials would travel over plain http
        Redirected,         ///< the site sent us to another host
        Authentication,     ///< any 401: wrong user name or application password
        CannotPublish,      ///< rest_cannot_publish: the user may only submit for review
        Forbidden,          ///< another 403: the user lacks a capability
        RestApiUnavailable, ///< rest_no_route, or a web page where JSON belongs
        MalformedAnswer,    ///< an answer that claims to be JSON and is not
        ServerError,        ///< 5xx
        NotFound,           ///< a 404 with a WordPress error (the job says what was missing)
        Rejected,           ///< WordPress refused the request for another reason
        Conflict,           ///< the post was changed on the site since the last sync
        PostGone,           ///< the bound post was deleted or trashed on the site
        MissingTerm,        ///< a category or tag this user may not create
        InvalidArticle,     ///< the article cannot be published as it is
        ImageUnreadable,    ///< an image the article uses cannot be read
    };

    Kind kind = Kind::None;
    QString message;
    QString fix;
    QString detail;
    int httpStatus = 0; ///< 0 when there was no HTTP answer
    QString code;       ///< WordPress's error code ("rest_cannot_publish"), when it sent one
    /// A Conflict: the modified_gmt of the version on the site that Quorum found (what an
    /// overwrite may replace: PublishOptions::overwriteExpected).
    QString siteModified;

    bool isError() const { return kind != Kind::None; }
    /// The message and the fix, for one line of text.
    QString toString() const;

    bool operator==(const PublishError &) const = default;

    static PublishError make(Kind kind, const QString &message, const QString &fix = {},
                             const QString &detail = {});

    /// The error for an HTTP answer that is not a success or whose body is not what the REST
    /// API sends: classifies by status, WordPress error code and content type. Returns "no
    /// error" for a 2xx answer carrying well-formed JSON.
    static PublishError fromHttpAnswer(int status, const QByteArray &contentType,
                                       const QByteArray &body);
    /// The error for a WordPress error object: {"code": ..., "message": ..., "data": ...}.
    static PublishError fromWordPressError(int status, const QString &code,
                                           const QString &serverMessage);
    static PublishError timeout(int milliseconds);
    static PublishError network(const QString &qtError);
    /// The connection dropped after a request was sent and before its answer: the site may or
    /// may not have done it, and Quorum did not send it again.
    static PublishError dropped(const QString &qtError);
    /// The site's certificate failed verification; `problems` are Qt's descriptions. Quorum
    /// never ignores certificate errors: credentials would go to whoever holds the address.
    static PublishError certificate(const QStringList &problems);
    static PublishError canceled();

    Q_DECLARE_TR_FUNCTIONS(quorum::PublishError)
};

} // namespace quorum

Q_DECLARE_METATYPE(quorum::PublishError)
