// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>
#include <QStringList>

namespace quorum {

/// Takes "--lang LANGUAGE" or "--lang=LANGUAGE" out of `arguments` (the whole argv, before a
/// "--" that ends the options) and returns LANGUAGE; empty when the option is not there. A
/// "--lang" without a value stays, for the command line to report.
QString takeLanguageOption(QStringList *arguments);

/// Installs the interface's translators on the running QCoreApplication: Quorum's catalogue
/// and Qt's own for `language` (a locale name such as "nb" or "nb_NO"), which also becomes the
/// default QLocale; when `language` is empty, for the first of the system's interface languages
/// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) that Quorum has a catalogue for, stopping at English,
/// the language of the source. Qt's strings come from Qt's catalogue where the system has one,
/// else from the few that Quorum carries for the dialogs it shows. When the interface is English
/// (English or C comes first, or no language has a catalogue), the English catalogue of plural
/// forms is installed instead, so that counts read "1 word" and "2 words". A second call
/// replaces the translators the first one installed. Returns the language of the Quorum
/// catalogue installed ("nb"), or an empty string for English.
QString installTranslators(const QString &language);

/// The language installTranslators() installed ("nb"), or an empty string for English.
QString interfaceLanguage();

} // namespace quorum
