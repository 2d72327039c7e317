// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "sendoncebody.h"

#include <algorithm>
#include <cstring>

namespace quorum {

SendOnceBody::SendOnceBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 SendOnceBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

qint64 SendOnceBody::readData(char *to, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_data.size() - m_read);
    if (count <= 0)
        return m_read == m_data.size() ? -1 : 0;
    std::memcpy(to, m_data.constData() + m_read, size_t(count));
    m_read += count;
    return count;
}

} // namespace quorum
