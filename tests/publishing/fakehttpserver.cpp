// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "fakehttpserver.h"

#include <QHostAddress>
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

FakeHttpServer::FakeHttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost);
}

QUrl FakeHttpServer::url() const
{
    if (!m_server->isListening())
        return {};
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server->serverPort()));
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
