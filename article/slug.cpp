// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "slug.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// Letters that Unicode does not decompose into a base letter and a mark, spelt out in ASCII.
QStringView latinFold(char32_t c)
{
    switch (c) {
    case U'æ':
    case U'Æ':
        return u"ae";
    case U'ø':
    case U'Ø':
        return u"o";
    case U'œ':
    case U'Œ':
        return u"oe";
    case U'ß':
    case U'ẞ':
        return u"ss";
    case U'þ':
    case U'Þ':
        return u"th";
    case U'ð':
    case U'Ð':
    case U'đ':
    case U'Đ':
        return u"d";
    case U'ł':
    case U'Ł':
        return u"l";
    case U'ħ':
    case U'Ħ':
        return u"h";
    case U'ı':
        return u"i";
    case U'ŋ':
    case U'Ŋ':
        return u"n";
    case U'×':
        return u"x";
    default:
        return {};
    }
}

bool isSeparator(char32_t c)
{
    return c == U'.' || c == U'/' || c == U'-' || QChar::isSpace(c) ||
           QChar::category(c) == QChar::Punctuation_Dash;
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

} // namespace

QString slugify(const QString &title)
{
    QString folded;
    folded.reserve(title.size());
    for (char32_t c : title.toUcs4()) {
        const QStringView replacement = latinFold(c);
        if (!replacement.isEmpty())
            folded += replacement;
        else
            folded += QStringView(QChar::fromUcs4(c));
    }
    // "é" becomes "e" and a combining acute, which is dropped below; "ﬁ" becomes "fi".
    folded = folded.normalized(QString::NormalizationForm_KD).toLower();

    QString slug;
    slug.reserve(folded.size());
    bool pendingHyphen = false;
    for (char32_t c : folded.toUcs4()) {
        if (isSeparator(c)) {
            pendingHyphen = !slug.isEmpty();
            continue;
        }
        const bool keep = (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'_' ||
                          (c > 0x7f && QChar::isLetterOrNumber(c));
        if (!keep || isMark(c))
            continue; // apostrophes, quotes, "&", "?" ... vanish without a hyphen
        if (pendingHyphen)
            slug += u'-';
        pendingHyphen = false;
        slug += QStringView(QChar::fromUcs4(c));
    }
    return slug;
}

} // namespace quorum
