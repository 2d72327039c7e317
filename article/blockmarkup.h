// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace quorum {

enum class RenderFormat
{
    Blocks, ///< post content as WordPress stores it: HTML framed by block comments
    Html,   ///< the same HTML without block comments
};

/// Writes Gutenberg block delimiters the way WordPress's serializer does: the opening comment
/// on its own line before the block's HTML, the closing one after it, inner blocks joined by a
/// blank line. In Html format only the HTML is written.
class BlockMarkup
{
public:
    explicit BlockMarkup(RenderFormat format)
        : m_format(format)
    {}

    RenderFormat format() const { return m_format; }

    /// A whole block: `core/` names are written without their namespace, as WordPress does.
    QString block(QStringView name, const QString &html, const QJsonObject &attributes = {}) const;

    /// A block without HTML, such as a dynamic block that WordPress renders on the page:
    /// `<!-- wp:footnotes /-->`. Nothing in Html format.
    QString voidBlock(QStringView name) const;

    /// Blocks side by side, at the top level or as inner blocks.
    QString join(const QStringList &blocks) const;

    /// Text for an HTML element or attribute: & < > " escaped.
    static QString escape(const QString &text);

    /// Block attributes as WordPress writes them into a comment: JSON in which the characters
    /// that could end the comment or be read as HTML are written as \u escapes.
    static QString serializeAttributes(const QJsonObject &attributes);

private:
    RenderFormat m_format;
};

} // namespace quorum
