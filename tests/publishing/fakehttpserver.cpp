// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace quorum::test {

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.body = body;
    return response;
}

FakeResponse FakeResponse::html(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.contentType = "text/html; charset=UTF-8";
    response.body = body;
    return response;
}

std::function<FakeResponse(const FakeRequest &)> wordpressUntilSave(const FakeResponse &onSave)
{
    return [onSave](const FakeRequest &request) {
        if (request.method == "HEAD") {
            FakeResponse home = FakeResponse::html({});
            home.headers.append(std::pair<QByteArray, QByteArray>(
                "Link", R"(</wp-json/>; rel="https://api.w.org/")"));
            return home;
        }
        if (request.target.startsWith("/wp-json/wp/v2/users/me"))
            return FakeResponse::json(R"({"id":1})");
        if (request.method == "GET" && request.target.startsWith("/wp-json/wp/v2/posts?"))
            return FakeResponse::json("[]");
        if (request.method == "POST" && request.target.startsWith("/wp-json/wp/v2/posts"))
            return onSave;
        return FakeResponse::json(R"({"code":"rest_no_route","message":"No route"})", 404);
    };
}

QHostAddress nonLoopbackAddress()
{
    const QList<QHostAddress> addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
}

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : FakeHttpServer(std::move(handler), FakeServerOptions{}, parent)
{}

FakeHttpServer::FakeHttpServer(Handler handler, const FakeServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(nullptr)
{
    if (options.tls) {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(*options.tls);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // Not newConnection: a QSslServer has no connection to hand out until its handshake ends.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this,
            &FakeHttpServer::onNewConnection);
    m_server->listen(options.address);
}

QUrl FakeHttpServer::url() const
{
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(qobject_cast<QSslServer *>(m_server) ? u"https"_s : u"http"_s);
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(u"/"_s);
    return url;
}

QStringList FakeHttpServer::requestLines() const
{
    QStringList lines;
    for (const FakeRequest &request : m_requests)
        lines.append(QString::fromLatin1(request.method + ' ' + request.target));
    return lines;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the rest of the body is still on its way
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    m_requests.append(request);
    const FakeResponse response = m_handler(request);
    emit requestReceived();
    switch (response.behaviour) {
    case FakeResponse::Behaviour::Hang:
        return;
    case FakeResponse::Behaviour::Close:
        socket->abort();
        return;
    case FakeResponse::Behaviour::Answer:
        break;
    }
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    answer += "Content-Type: " + response.contentType + "\r\n";
    answer += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    answer += "Connection: close\r\n";
    for (const auto &[name, value] : response.headers)
        answer += name + ": " + value + "\r\n";
    answer += "\r\n";
    if (request.method != "HEAD")
        answer += response.body;
    socket->write(answer);
    socket->disconnectFromHost();
}

} // namespace quorum::test
