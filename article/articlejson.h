// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"
#include "jsonsourcemap.h"

#include <QJsonObject>

namespace quorum {

/// The version of the .quorum format this Quorum writes and the newest it reads.
inline constexpr int kFormatVersion = 1;

/// Why a JSON document is not an article: where (as a path into the document) and what.
struct SchemaError
{
    JsonPath path;
    QString reason;
};

/// The article as the top-level object of a .quorum file (docs/file-format.md).
QJsonObject articleToJson(const Article &article);

/// Reads an article from the top-level object of a .quorum file whose "format" has already
/// been checked. Members it does not know are kept in the `extra` of their object.
/// Returns false and fills `error` when the object does not fit the schema.
bool articleFromJson(const QJsonObject &json, Article *article, SchemaError *error);

} // namespace quorum
