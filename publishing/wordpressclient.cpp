// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "wordpressclient.h"

#include "sendoncebody.h"
#include "siteaddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QString withoutWww(const QString &host)
{
    return host.startsWith(u"www."_s) ? host.mid(4) : host;
}

// QUrlQuery leaves '+' alone, but PHP reads it as a space: "C++" would arrive as "C  ".
QString encodeQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

WordPressClient::WordPressClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

void WordPressClient::setSite(const QUrl &site)
{
    m_site = site;
    m_restRoot = QUrl();
}

void WordPressClient::setCredentials(const QString &user, const QString &applicationPassword)
{
    m_user = user;
    m_password = applicationPassword;
}

QUrl WordPressClient::endpointUnder(const QUrl &root, const QString &route, const Query &query)
{
    QUrl url = root;
    QUrlQuery urlQuery(url);
    if (urlQuery.hasQueryItem(u"rest_route"_s)) {
        urlQuery.removeAllQueryItems(u"rest_route"_s);
        urlQuery.addQueryItem(u"rest_route"_s, u'/' + route);
    } else {
        url.setPath(url.path() + route);
    }
    for (const auto &[key, value] : query)
        urlQuery.addQueryItem(key, encodeQueryValue(value));
    url.setQuery(urlQuery);
    return url;
}

WordPressReply *WordPressClient::get(const QString &route, const Query &query)
{
    return send("GET", endpoint(route, query), {}, {}, true);
}

WordPressReply *WordPressClient::post(const QString &route, const QJsonObject &body,
                                      const Query &query, const Headers &headers)
{
    return send("POST", endpoint(route, query), QJsonDocument(body).toJson(QJsonDocument::Compact),
                Headers{{"Content-Type", "application/json; charset=utf-8"}} + headers, true);
}

WordPressReply *WordPressClient::remove(const QString &route, const Query &query)
{
    return send("DELETE", endpoint(route, query), {}, {}, true);
}

WordPressReply *WordPressClient::options(const QString &route, const Query &query)
{
    return send("OPTIONS", endpoint(route, query), {}, {}, true);
}

WordPressReply *WordPressClient::upload(const QString &route, const QByteArray &data,
                                        const QString &fileName, const QString &mimeType,
                                        const Query &query)
{
    // RFC 6266: an ASCII fallback name and the exact name in UTF-8.
    QString ascii;
    for (const QChar c : fileName)
        ascii += (c.unicode() < 0x80 && c != u'"' && c != u'\\') ? c : u'_';
    const QByteArray disposition = "attachment; filename=\"" + ascii.toLatin1() +
                                   "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(fileName);
    return send("POST", endpoint(route, query), data,
                {{"Content-Type", mimeType.toLatin1()}, {"Content-Disposition", disposition}},
                true);
}

void WordPressClient::setRecording(bool on)
{
    m_recordingOn = on;
    m_recording.clear();
    m_recordingClock.start();
}

WordPressReply *WordPressClient::discover()
{
    auto *outer = new WordPressReply(this);
    if (!m_site.isValid()) {
        outer->finishLater(PublishError::make(
            PublishError::Kind::InvalidArticle, tr("No site address is set."),
            tr("Enter the address of the WordPress site, such as https://example.org/.")));
        return outer;
    }
    // The home page names the REST root in a Link header; HEAD gets it without the page, and
    // needs no credentials.
    WordPressReply *head = send("HEAD", m_site, {}, {}, false);
    // `outer` is the context: when its owner deletes it, nothing here runs any more.
    connect(head, &WordPressReply::finished, outer, [this, outer, head] {
        head->deleteLater();
        if (outer->isFinished())
            return;
        const PublishError::Kind kind = head->error().kind;
        if (kind == PublishError::Kind::Network || kind == PublishError::Kind::Timeout ||
            kind == PublishError::Kind::Redirected || kind == PublishError::Kind::Certificate) {
            outer->finish(head->error(), {});
            return;
        }
        // Where the home page really is, after redirects (http to https, most often): the
        // REST root is looked for there, with the path the writer gave.
        QUrl base = m_site;
        if (const QUrl answered = head->url(); answered.isValid() && !answered.host().isEmpty()) {
            base.setScheme(answered.scheme());
            base.setHost(answered.host());
            base.setPort(answered.port());
        }
        // A Link target may be relative to the page (RFC 8288).
        const QUrl named = SiteAddress::restRootFromLinkHeader(head->rawHeader("Link"));
        const QUrl linked = base.resolved(named);
        if (!named.isEmpty() && withoutWww(linked.host()) == withoutWww(base.host())) {
            m_restRoot = linked;
            outer->finish({}, linked.toString());
            return;
        }
        tryRestRoot(outer, SiteAddress::fallbackRestRoots(base), {});
    });
    connect(outer, &QObject::destroyed, head, &QObject::deleteLater);
    return outer;
}

void WordPressClient::tryRestRoot(WordPressReply *outer, QList<QUrl> candidates,
                                  PublishError lastError)
{
    if (candidates.isEmpty()) {
        if (lastError.kind != PublishError::Kind::RestApiUnavailable) {
            const QString detail = lastError.detail;
            lastError = PublishError::fromWordPressError(404, u"rest_no_route"_s, QString());
            lastError.detail = detail;
        }
        outer->finish(lastError, {});
        return;
    }
    const QUrl candidate = candidates.takeFirst();
    WordPressReply *index =
        send("GET", endpointUnder(candidate, QString(), {{u"_fields"_s, u"namespaces"_s}}), {}, {},
             true);
    connect(outer, &QObject::destroyed, index, &QObject::deleteLater);
    connect(index, &WordPressReply::finished, outer, [this, outer, index, candidate, candidates] {
        index->deleteLater();
        if (outer->isFinished())
            return;
        if (index->isOk()) {
            if (index->object().value(u"namespaces"_s).toArray().contains(u"wp/v2"_s)) {
                m_restRoot = candidate;
                outer->finish({}, candidate.toString());
                return;
            }
            tryRestRoot(
                outer, candidates,
                PublishError::fromWordPressError(404, u"rest_no_route"_s,
                                                 tr("no wp/v2 at %1").arg(candidate.toString())));
            return;
        }
        switch (index->error().kind) {
        case PublishError::Kind::Network:
        case PublishError::Kind::Certificate:
        case PublishError::Kind::Timeout:
        case PublishError::Kind::Authentication:
        case PublishError::Kind::InsecureConnection:
        case PublishError::Kind::Redirected:
            outer->finish(index->error(), {});
            return;
        default:
            tryRestRoot(outer, candidates, index->error());
        }
    });
}

bool WordPressClient::mayFollowRedirect(const QUrl &from, const QUrl &to, bool authenticate) const
{
    if (withoutWww(from.host()) != withoutWww(to.host()))
        return false;
    if (from.scheme() == u"https" && to.scheme() != u"https")
        return false;
    return !authenticate || SiteAddress::mayCarryCredentials(to, m_allowInsecure);
}

WordPressReply *WordPressClient::send(const QByteArray &verb, const QUrl &url,
                                      const QByteArray &body, const Headers &headers,
                                      bool authenticate)
{
    auto *reply = new WordPressReply(this);
    reply->m_timeoutMs = m_timeoutMs;
    if (!url.isValid() || url.host().isEmpty()) {
        reply->finishLater(PublishError::make(
            PublishError::Kind::InvalidArticle, tr("The site address is not valid."),
            tr("Enter the address of the WordPress site, such as https://example.org/.")));
        return reply;
    }
    if (authenticate && !SiteAddress::mayCarryCredentials(url, m_allowInsecure)) {
        reply->finishLater(PublishError::make(
            PublishError::Kind::InsecureConnection,
            tr("Quorum does not send your application password over an unencrypted connection "
               "(%1).")
                .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemovePath)),
            tr("Use the site's https:// address, or, if you trust the network, allow plain http "
               "in the site's settings.")));
        return reply;
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Quorum/" QUORUM_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (authenticate) {
        request.setRawHeader("Authorization",
                             "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    }
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);

    ++m_requestCount;
    if (m_recordingOn) {
        RecordedRequest recorded{verb, url, {}, body, m_recordingClock.nsecsElapsed(), 0, 0};
        for (const QByteArray &name : request.rawHeaderList())
            recorded.headers.append({name, request.rawHeader(name)});
        const qsizetype index = m_recording.size();
        m_recording.append(recorded);
        connect(reply, &WordPressReply::finished, this, [this, reply, index] {
            if (index < m_recording.size()) {
                m_recording[index].finishedNs = m_recordingClock.nsecsElapsed();
                m_recording[index].httpStatus = reply->httpStatus();
            }
        });
    }
    QNetworkReply *network = nullptr;
    if (verb == "GET")
        network = m_network->get(request);
    else if (verb == "HEAD")
        network = m_network->head(request);
    else if (verb == "POST") {
        // Never sent twice behind our back: a resent create would make a duplicate post.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        network = m_network->sendCustomRequest(request, verb, new SendOnceBody(body, reply));
    } else
        network = m_network->sendCustomRequest(request, verb, body);
    reply->attach(network, m_timeoutMs, verb != "HEAD", [this, url, authenticate](const QUrl &to) {
        return mayFollowRedirect(url, to, authenticate);
    });
    return reply;
}

} // namespace quorum
