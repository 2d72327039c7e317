// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace quorum::test {

/// What a client sent to the FakeHttpServer.
struct FakeRequest
{
    QByteArray method;
    QByteArray target;                     ///< path and query, as sent
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
};

/// How the FakeHttpServer answers one request.
struct FakeResponse
{
    enum class Behaviour
    {
        Answer, ///< send the answer below
        Hang,   ///< never answer, keep the connection open
        Close,  ///< close the connection without answering
    };
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    Behaviour behaviour = Behaviour::Answer;

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse html(const QByteArray &body, int status = 200);
};

/// An IPv4 address of this machine that is not loopback, for sites that must look remote;
/// null when the machine has none.
QHostAddress nonLoopbackAddress();

/// A WordPress that behaves (a REST root named in a Link header, a user, no lost posts) until
/// a post is saved, and then answers `onSave`.
std::function<FakeResponse(const FakeRequest &)> wordpressUntilSave(const FakeResponse &onSave);

/// Where a FakeHttpServer listens, and whether it speaks TLS.
struct FakeServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    /// With a certificate and key: https, through QSslServer.
    std::optional<QSslConfiguration> tls;
};

/// A minimal HTTP/1.1 server on 127.0.0.1 for what a real WordPress will not do on demand
/// (hang, send broken JSON, an HTML error page, a 500). One request per connection.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(Handler handler, QObject *parent = nullptr);
    FakeHttpServer(Handler handler, const FakeServerOptions &options, QObject *parent = nullptr);

    /// "http://127.0.0.1:PORT/" (https, and the address it listens on, as the options say), or
    /// an invalid URL when it could not listen.
    QUrl url() const;
    /// Every complete request received, in order.
    const QList<FakeRequest> &requests() const { return m_requests; }
    /// "GET /wp-json/?x=y" for each request, for comparisons.
    QStringList requestLines() const;

signals:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer *m_server;
    QList<FakeRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace quorum::test
