// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articlefile.h"

#include "articlejson.h"
#include "atomicwrite.h"
#include "jsonsourcemap.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace quorum::ArticleFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("quorum::ArticleFile", text);
}

LoadResult failure(const QString &message)
{
    LoadResult result;
    result.error = message;
    return result;
}

LoadResult failureAt(const QByteArray &bytes, qsizetype offset, const QString &reason)
{
    const SourcePosition where = sourcePositionAt(bytes, offset);
    return failure(tr("line %1, column %2 (byte %3): %4")
                       .arg(where.line)
                       .arg(where.column)
                       .arg(where.offset)
                       .arg(reason));
}

QString describeParseError(const QJsonParseError &error, const QByteArray &bytes)
{
    // Qt's own wording names the parser's state; say what it means for the file instead.
    const bool atEnd = error.offset >= bytes.trimmed().size();
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::MissingObject:
        return atEnd ? tr("the file ends too early; it may have been cut off while being copied "
                          "or saved")
                     : tr("the text is not valid JSON (%1)").arg(error.errorString());
    case QJsonParseError::IllegalUTF8String:
        return tr("the text is not valid UTF-8");
    case QJsonParseError::DeepNesting:
        return tr("the data is nested too deeply to be an article");
    default:
        if (atEnd)
            return tr("the file ends too early; it may have been cut off while being copied "
                      "or saved");
        return tr("the text is not valid JSON (%1)").arg(error.errorString());
    }
}

} // namespace

LoadResult parse(const QByteArray &bytes)
{
    if (bytes.trimmed().isEmpty())
        return failure(tr("the file is empty"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return failureAt(bytes, nul,
                         tr("the file holds binary data, so it is not a Quorum article"));
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return failureAt(bytes, bad,
                         tr("the text is not valid UTF-8; Quorum articles are saved as UTF-8"));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failureAt(bytes, parseError.offset, describeParseError(parseError, bytes));
    if (!document.isObject())
        return failureAt(bytes, 0, tr("a Quorum article is a JSON object, and this is not one"));

    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    const qsizetype formatOffset = jsonValueOffset(bytes, {QStringLiteral("format")});
    if (format.isUndefined())
        return failureAt(bytes, 0,
                         tr("there is no 'format' member, so this is not a Quorum article"));
    if (!format.isDouble() || format.toDouble() != double(format.toInt()) || format.toInt() < 1)
        return failureAt(bytes, formatOffset, tr("'format' must be a whole number from 1 up"));
    if (format.toInt() > kFormatVersion)
        return failureAt(bytes, formatOffset,
                         tr("the article was saved by a newer Quorum (format %1), and this one "
                            "reads format %2 at most; update Quorum to open it")
                             .arg(format.toInt())
                             .arg(kFormatVersion));

    LoadResult result;
    SchemaError schemaError;
    if (!articleFromJson(root, &result.article, &schemaError))
        return failureAt(bytes, jsonValueOffset(bytes, schemaError.path), schemaError.reason);
    result.ok = true;
    return result;
}

LoadResult load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("there is no such file"));
    if (info.isDir())
        return failure(tr("this is a folder, not a Quorum article"));
    // A pipe or a device would block the read, or never end it (/dev/zero).
    if (!info.isFile())
        return failure(tr("this is a device or a pipe, not a Quorum article"));
    if (info.size() > kMaxFileSize)
        return failure(tr("the file is %1, far larger than any article (at most %2); it is "
                          "not a Quorum article")
                           .arg(QLocale::c().formattedDataSize(info.size()),
                                QLocale::c().formattedDataSize(kMaxFileSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("the file cannot be read: %1").arg(file.errorString()));
    return parse(file.readAll());
}

QByteArray serialize(const Article &article)
{
    return QJsonDocument(articleToJson(article)).toJson(QJsonDocument::Indented);
}

bool save(const Article &article, const QString &path, QString *error)
{
    return writeFileAtomically(path, serialize(article), error);
}

} // namespace quorum::ArticleFile
