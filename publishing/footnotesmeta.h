// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "footnotes.h"

#include <QList>
#include <QString>

#include <optional>

namespace quorum::FootnotesMeta {

/// The post meta key WordPress (6.3 and later) keeps a post's footnotes in.
QString key();

/// `footnotes` as the meta holds them: a JSON list of `{"content": …, "id": …}`, compact, as
/// the block editor writes it; an empty text for none.
QString toJson(const QList<PostFootnote> &footnotes);

/// The footnotes a meta value holds; an empty value holds none. Nothing when the value is not
/// a JSON list of footnotes (a plugin or an import may leave anything there).
std::optional<QList<PostFootnote>> fromJson(const QString &json);

/// What to send for `footnotes` to a post whose meta holds `stored`: `stored` itself when it
/// says the same (WordPress may have written it with other escapes, and an unchanged value is
/// not touched), else toJson(`footnotes`).
QString valueFor(const QList<PostFootnote> &footnotes, const QString &stored);

} // namespace quorum::FootnotesMeta
