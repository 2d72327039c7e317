// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "wordpressblocks.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace quorum::test {

QJsonArray wordpressParseBlocks(const QString &content, QString *error)
{
    const QString php = QStandardPaths::findExecutable(u"php"_s);
    if (php.isEmpty()) {
        *error = u"php is not installed; run scripts/deps"_s;
        return {};
    }
    QProcess process;
    process.start(
        php, {QStringLiteral(QUORUM_SOURCE_DIR) + u"/tests/fixtures/wordpress/parse-blocks.php"_s});
    process.write(content.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"parse-blocks.php failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isArray()) {
        *error = u"parse-blocks.php printed no JSON list: "_s + parseError.errorString();
        return {};
    }
    return document.array();
}

QStringList topLevelBlockNames(const QJsonArray &blocks)
{
    QStringList names;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        if (!block.value(u"blockName"_s).isNull())
            names.append(block.value(u"blockName"_s).toString());
        else if (!block.value(u"innerHTML"_s).toString().trimmed().isEmpty())
            names.append(u"(freeform)"_s);
    }
    return names;
}

QStringList freeformFragments(const QJsonArray &blocks)
{
    QStringList fragments;
    for (const QJsonValue &value : blocks) {
        const QJsonObject block = value.toObject();
        const QString html = block.value(u"innerHTML"_s).toString();
        if (block.value(u"blockName"_s).isNull() && !html.trimmed().isEmpty())
            fragments.append(html);
        fragments += freeformFragments(block.value(u"innerBlocks"_s).toArray());
    }
    return fragments;
}

} // namespace quorum::test
