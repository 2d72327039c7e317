// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "articlejson.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <functional>

namespace quorum {

// Reads the members of one JSON object, checking each one's type, and collects the members it
// was not asked for into `extra`. The first failure wins; later calls are no-ops.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, JsonPath path, SchemaError *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool ok() const { return m_ok; }
    const JsonPath &path() const { return m_path; }

    JsonPath pathOf(const QString &key) const { return m_path + JsonPath{key}; }

    bool fail(const JsonPath &path, const QString &reason)
    {
        if (m_ok) {
            m_ok = false;
            *m_error = SchemaError{path, reason};
        }
        return false;
    }

    // Looks up `key`; false when it is absent (which is not an error by itself).
    bool take(const QString &key, QJsonValue *value)
    {
        m_known.insert(key);
        if (!m_ok || !m_object.contains(key))
            return false;
        *value = m_object.value(key);
        return true;
    }

    void require(const QString &key)
    {
        if (m_ok && !m_object.contains(key))
            fail(m_path, QStringLiteral("'%1' is missing").arg(key));
    }

    void text(const QString &key, QString *out)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        if (!value.isString()) {
            fail(pathOf(key), QStringLiteral("'%1' must be text").arg(key));
            return;
        }
        *out = value.toString();
    }

    void boolean(const QString &key, bool *out)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        if (!value.isBool()) {
            fail(pathOf(key), QStringLiteral("'%1' must be true or false").arg(key));
            return;
        }
        *out = value.toBool();
    }

    void integer(const QString &key, qint64 *out, qint64 minimum, qint64 maximum)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < double(minimum) ||
            number > double(maximum)) {
            fail(pathOf(key), QStringLiteral("'%1' must be a whole number from %2 to %3")
                                  .arg(key)
                                  .arg(minimum)
                                  .arg(maximum));
            return;
        }
        *out = static_cast<qint64>(number);
    }

    void textList(const QString &key, QStringList *out)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        const QJsonArray array = value.toArray();
        bool allText = value.isArray();
        for (const QJsonValue &item : array)
            allText = allText && item.isString();
        if (!allText) {
            fail(pathOf(key), QStringLiteral("'%1' must be a list of texts").arg(key));
            return;
        }
        out->clear();
        for (const QJsonValue &item : array)
            out->append(item.toString());
    }

    void dateTime(const QString &key, QDateTime *out)
    {
        QString text;
        this->text(key, &text);
        if (!m_ok || text.isEmpty())
            return;
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            fail(pathOf(key),
                 QStringLiteral("'%1' must be a date and time such as 2026-03-01T09:30:00Z")
                     .arg(key));
            return;
        }
        *out = parsed;
    }

    void date(const QString &key, QDate *out)
    {
        QString text;
        this->text(key, &text);
        if (!m_ok || text.isEmpty())
            return;
        const QDate parsed = QDate::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            fail(pathOf(key), QStringLiteral("'%1' must be a date such as 2026-03-01").arg(key));
            return;
        }
        *out = parsed;
    }

    // Reads a list of objects, calling `read` with a reader for each element.
    void objectList(const QString &key, const std::function<void(ObjectReader &)> &read)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        if (!value.isArray()) {
            fail(pathOf(key), QStringLiteral("'%1' must be a list").arg(key));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && m_ok; ++i) {
            const JsonPath itemPath = pathOf(key) + JsonPath{i};
            if (!array.at(i).isObject()) {
                fail(itemPath, QStringLiteral("each entry of '%1' must be an object").arg(key));
                return;
            }
            ObjectReader item(array.at(i).toObject(), itemPath, m_error);
            read(item);
            m_ok = item.ok();
        }
    }

    // Reads a nested object, if present.
    void object(const QString &key, const std::function<void(ObjectReader &)> &read)
    {
        QJsonValue value;
        if (!take(key, &value))
            return;
        if (!value.isObject()) {
            fail(pathOf(key), QStringLiteral("'%1' must be an object").arg(key));
            return;
        }
        ObjectReader nested(value.toObject(), pathOf(key), m_error);
        read(nested);
        m_ok = nested.ok();
    }

    // Everything not asked for so far, to be written back unchanged.
    QJsonObject unknownMembers() const
    {
        QJsonObject extra;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    }

private:
    QJsonObject m_object;
    JsonPath m_path;
    SchemaError *m_error;
    QSet<QString> m_known;
    bool m_ok = true;
};

} // namespace quorum
