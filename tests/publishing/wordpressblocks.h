// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace quorum::test {

/// What WordPress's own parse_blocks() makes of `content`, through
/// tests/fixtures/wordpress/parse-blocks.php and the php command. Needs the wordpress and
/// php-cli packages, not a running site. Empty with `error` set when it could not run.
QJsonArray wordpressParseBlocks(const QString &content, QString *error);

/// The names of the top-level blocks, leaving out the whitespace WordPress keeps between
/// blocks (a null blockName with blank HTML).
QStringList topLevelBlockNames(const QJsonArray &blocks);

/// Every piece of HTML, at any depth, that WordPress would show as a Classic block: a null
/// blockName with non-blank innerHTML.
QStringList freeformFragments(const QJsonArray &blocks);

} // namespace quorum::test
