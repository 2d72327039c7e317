// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace quorum {

/// A request body that can be read once and never rewound.
///
/// When a connection drops before the answer arrives, Qt sends the request again on its own,
/// rewinding the body to do so. For a POST that creates a post or a media item, the site may
/// already have done it, and the resend would make a duplicate. Qt cannot rewind this body,
/// so it reports QNetworkReply::ContentReSendError instead, and the publish job decides what
/// is safe (it looks for a lost post before creating one). Send it with
/// QNetworkRequest::DoNotBufferUploadDataAttribute, or Qt would keep a copy to rewind.
class SendOnceBody : public QIODevice
{
    Q_OBJECT

public:
    SendOnceBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *to, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace quorum
