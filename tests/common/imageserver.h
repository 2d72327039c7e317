// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QMutex>
#include <QStringList>
#include <QThread>
#include <QUrl>

class QTcpServer;

namespace quorum::test {

/// A web server on 127.0.0.1 that serves a 1×1 PNG at every path and remembers the path of
/// every request it was sent. It answers from a thread of its own, so that a test may block
/// (waiting for a child process, say) while a page or a program asks it for images.
class ImageServer
{
public:
    ImageServer();
    ~ImageServer();

    /// The address of an image on this server, such as http://127.0.0.1:PORT/NAME.
    QUrl url(const QString &name) const;
    /// The paths requested so far, in order ("/NAME").
    QStringList requests() const;
    /// The PNG every request gets.
    static QByteArray png();

private:
    void record(const QString &path);

    QThread m_thread;
    QTcpServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QStringList m_requests;
};

} // namespace quorum::test
