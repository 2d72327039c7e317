// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace quorum {

enum class CheckSeverity
{
    Warning,
    Error
};

/// One thing wrong with an article, with the place to go and fix it.
struct CheckFinding
{
    QString checkId; ///< stable, e.g. "verdict-sum"
    CheckSeverity severity = CheckSeverity::Error;
    QString sectionId; ///< empty for the article as a whole
    QString message;

    bool operator==(const CheckFinding &) const = default;
};

/// Checks an article for what makes a consensus report wrong. Cheap enough to run on
/// every change.
QList<CheckFinding> checkArticle(const Article &article);

} // namespace quorum
