// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "jsonsourcemap.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace quorum {

namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {}

    qsizetype pos = 0;

    void skipSpace()
    {
        while (pos < m_json.size() && (m_json[pos] == ' ' || m_json[pos] == '\n' ||
                                       m_json[pos] == '\r' || m_json[pos] == '\t'))
            ++pos;
    }

    char peek() const { return pos < m_json.size() ? m_json[pos] : '\0'; }

    // Skips a string starting at its opening quote; returns its raw text with the quotes.
    QByteArray skipString()
    {
        const qsizetype start = pos++;
        while (pos < m_json.size() && m_json[pos] != '"')
            pos += m_json[pos] == '\\' ? 2 : 1;
        ++pos;
        return m_json.mid(start, pos - start);
    }

    void skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            skipString();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (pos < m_json.size()) {
                const char d = m_json[pos];
                if (d == '"') {
                    skipString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0) {
                    ++pos;
                    return;
                }
                ++pos;
            }
        } else {
            while (pos < m_json.size() && !QByteArrayView(",]} \n\r\t").contains(m_json[pos]))
                ++pos;
        }
    }

    // Skips the current value and the comma after it; false at the end of its container.
    bool skipToNext()
    {
        skipValue();
        skipSpace();
        if (peek() != ',')
            return false;
        ++pos;
        return true;
    }

    // At '{': moves to the value of member `name`; false when there is none.
    bool enterMember(const QString &name)
    {
        ++pos;
        for (;;) {
            skipSpace();
            if (peek() != '"')
                return false;
            // The key's escapes are decoded by Qt itself rather than by hand.
            const QByteArray raw = skipString();
            const QString key = QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
            skipSpace();
            ++pos; // ':'
            skipSpace();
            if (key == name)
                return true;
            if (!skipToNext())
                return false;
        }
    }

    // At '[': moves to element `index`; false when there is none.
    bool enterElement(qsizetype index)
    {
        ++pos;
        for (qsizetype i = 0;; ++i) {
            skipSpace();
            if (peek() == ']')
                return false;
            if (i == index)
                return true;
            if (!skipToNext())
                return false;
        }
    }

private:
    const QByteArray &m_json;
};

} // namespace

QString jsonPathToString(const JsonPath &path)
{
    QString text;
    for (const JsonPathStep &step : path) {
        if (const QString *name = std::get_if<QString>(&step))
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + *name;
        else
            text += QStringLiteral("[%1]").arg(std::get<qsizetype>(step));
    }
    return text;
}

SourcePosition sourcePositionAt(const QByteArray &utf8, qsizetype offset)
{
    SourcePosition position;
    position.offset = offset;
    const qsizetype end = std::min(offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a continuation byte: a new character
            ++position.column;
        }
    }
    return position;
}

qsizetype jsonValueOffset(const QByteArray &json, const JsonPath &path)
{
    Scanner scanner(json);
    scanner.skipSpace();
    for (const JsonPathStep &step : path) {
        const qsizetype before = scanner.pos;
        bool found = false;
        if (const QString *name = std::get_if<QString>(&step))
            found = scanner.peek() == '{' && scanner.enterMember(*name);
        else
            found = scanner.peek() == '[' && scanner.enterElement(std::get<qsizetype>(step));
        if (!found)
            return before;
        scanner.skipSpace();
    }
    return scanner.pos;
}

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        int length = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        char32_t code = lead & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past Unicode are not UTF-8.
        if (code < minimum || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF)
            return i;
        i += length;
    }
    return -1;
}

} // namespace quorum
