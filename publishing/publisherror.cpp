// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publisherror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// A page rather than an API answer. A body that claims to be JSON is damaged JSON even when
// it starts with '<': PHP notices printed ahead of the JSON look like that.
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return false;
    return type.contains("html") || body.trimmed().startsWith('<');
}

PublishError restApiUnavailable(const QString &detail)
{
    return PublishError::make(
        PublishError::Kind::RestApiUnavailable,
        PublishError::tr(
            "The site did not answer as a WordPress REST API: it is disabled or blocked."),
        PublishError::tr(
            "Check that the site address is right, and ask the site's administrator to allow the "
            "REST API (/wp-json/) for logged-in users; security plugins and firewalls often "
            "block it."),
        detail);
}

} // namespace

QString PublishError::toString() const
{
    return fix.isEmpty() ? message : message + u' ' + fix;
}

PublishError PublishError::make(Kind kind, const QString &message, const QString &fix,
                                const QString &detail)
{
    PublishError error;
    error.kind = kind;
    error.message = message;
    error.fix = fix;
    error.detail = detail;
    return error;
}

PublishError PublishError::fromHttpAnswer(int status, const QByteArray &contentType,
                                          const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool json = parseError.error == QJsonParseError::NoError;
    const bool success = status >= 200 && status < 300;

    PublishError error;
    if (success && json) {
        return error;
    } else if (json && document.isObject() && document.object().contains(u"code"_s)) {
        const QJsonObject object = document.object();
        error = fromWordPressError(status, object.value(u"code"_s).toString(),
                                   object.value(u"message"_s).toString());
    } else if (status == 401) {
        error = fromWordPressError(status, QString(), QString());
    } else if (status >= 500) {
        error = make(Kind::ServerError,
                     tr("The site had an internal error and could not do what Quorum asked."),
                     tr("Try again later; if it keeps happening, the site's error log says why."),
                     u"HTTP %1"_s.arg(status));
    } else if (looksLikeHtml(contentType, body)) {
        error = restApiUnavailable(tr("HTTP %1, a web page instead of JSON").arg(status));
    } else if (success) {
        error =
            make(Kind::MalformedAnswer, tr("The site's answer is damaged: it is not valid JSON."),
                 tr("Try again; if it keeps happening, a plugin on the site may be printing "
                    "text into its answers."),
                 tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    } else {
        error = make(Kind::Rejected, tr("The site refused the request."), QString(),
                     u"HTTP %1"_s.arg(status));
    }
    error.httpStatus = status;
    return error;
}

PublishError PublishError::fromWordPressError(int status, const QString &code,
                                              const QString &serverMessage)
{
    const QString detail = serverMessage.isEmpty() ? code : code + u": "_s + serverMessage;
    PublishError error;
    // Any 401 is a failed login: WordPress answers rest_not_logged_in (or rest_cannot_create,
    // ...) rather than incorrect_password when application-password authentication fails.
    if (status == 401) {
        error = make(Kind::Authentication,
                     tr("WordPress did not accept the user name or the application password."),
                     tr("Check the user name, and create a new application password in WordPress "
                        "under Users > Profile > Application Passwords (it is not the password "
                        "you log in with)."),
                     detail);
    } else if (code == u"rest_cannot_publish") {
        error = make(Kind::CannotPublish,
                     tr("This WordPress user may not publish posts, only submit them for review."),
                     tr("Publish with the status Pending, so that an editor can publish it, or "
                        "use an account with the right to publish."),
                     detail);
    } else if (code == u"rest_no_route" || code == u"rest_disabled" ||
               code == u"rest_login_required") {
        error = restApiUnavailable(detail);
    } else if (status >= 500) {
        error = make(Kind::ServerError,
                     tr("The site had an internal error and could not do what Quorum asked."),
                     tr("Try again later; if it keeps happening, the site's error log says why."),
                     detail);
    } else if (status == 403) {
        error = make(Kind::Forbidden, tr("This WordPress user is not allowed to do this."),
                     tr("Ask the site's administrator for a role with more rights."), detail);
    } else if (status == 404) {
        error = make(Kind::NotFound, tr("The site does not have what Quorum asked for."), QString(),
                     detail);
    } else {
        error = make(Kind::Rejected, tr("WordPress refused the request."), QString(), detail);
    }
    error.httpStatus = status;
    error.code = code;
    return error;
}

PublishError PublishError::timeout(int milliseconds)
{
    const int seconds = (milliseconds + 999) / 1000;
    return make(Kind::Timeout, tr("The site did not answer within %n second(s).", nullptr, seconds),
                tr("Check the internet connection and try again; a slow site may need a longer "
                   "timeout in the site's settings."));
}

PublishError PublishError::network(const QString &qtError)
{
    return make(Kind::Network, tr("Quorum could not reach the site."),
                tr("Check the site address and the internet connection."), qtError);
}

PublishError PublishError::dropped(const QString &qtError)
{
    return make(Kind::Network,
                tr("The connection to the site dropped before it answered, so Quorum cannot "
                   "tell whether the site did what it asked."),
                tr("Check the internet connection and publish again: Quorum first looks for a "
                   "post it may already have created, so the article is not published twice."),
                qtError);
}

PublishError PublishError::certificate(const QStringList &problems)
{
    return make(Kind::Certificate,
                tr("The site's security certificate cannot be trusted, so Quorum did not send "
                   "anything to it: %1")
                    .arg(problems.join(u"; "_s)),
                tr("Check that the site address is right. If it is, the site's certificate needs "
                   "to be fixed (renewed, or issued by a known authority) by whoever runs the "
                   "site."),
                problems.join(u'\n'));
}

PublishError PublishError::canceled()
{
    return make(Kind::Canceled, tr("Publishing was canceled."));
}

} // namespace quorum
