// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "imageserver.h"

#include <QBuffer>
#include <QImage>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace quorum::test {

ImageServer::ImageServer()
    : m_server(new QTcpServer)
{
    m_server->moveToThread(&m_thread);
    m_thread.start();
    // The server listens and answers in its own thread.
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                        // The request is read whole before it is answered; its head is enough.
                        QByteArray head =
                            socket->property("head").toByteArray() + socket->readAll();
                        socket->setProperty("head", head);
                        if (!head.contains("\r\n\r\n"))
                            return;
                        const QList<QByteArray> requestLine =
                            head.left(head.indexOf("\r\n")).split(' ');
                        record(QString::fromLatin1(requestLine.value(1)));
                        const QByteArray body = png();
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                      "Cache-Control: no-store\r\nConnection: close\r\n"
                                      "Content-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    });
                    QObject::connect(socket, &QTcpSocket::disconnected, socket,
                                     &QObject::deleteLater);
                }
            });
            m_server->listen(QHostAddress::LocalHost);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
}

ImageServer::~ImageServer()
{
    m_thread.quit();
    m_thread.wait();
    delete m_server; // its thread has ended: deleting it from here is safe
}

QUrl ImageServer::url(const QString &name) const
{
    return QUrl(u"http://127.0.0.1:%1/%2"_s.arg(m_port).arg(name));
}

QStringList ImageServer::requests() const
{
    const QMutexLocker locker(&m_mutex);
    return m_requests;
}

void ImageServer::record(const QString &path)
{
    const QMutexLocker locker(&m_mutex);
    m_requests.append(path);
}

QByteArray ImageServer::png()
{
    QImage image(1, 1, QImage::Format_RGB32);
    image.fill(Qt::green);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace quorum::test
