// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewsettings.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
const QString kRemoteImages = u"preview/remoteImages"_s;
const QString kPdfPageSize = u"export/pdfPageSize"_s;
} // namespace

PreviewSettings *PreviewSettings::instance()
{
    static QPointer<PreviewSettings> settings;
    if (!settings)
        settings = new PreviewSettings(QCoreApplication::instance());
    return settings;
}

bool PreviewSettings::remoteImages() const
{
    return QSettings().value(kRemoteImages, true).toBool();
}

void PreviewSettings::setRemoteImages(bool allowed)
{
    if (remoteImages() == allowed)
        return;
    QSettings().setValue(kRemoteImages, allowed);
    emit remoteImagesChanged(allowed);
}

QPageSize::PageSizeId PreviewSettings::pdfPageSize() const
{
    const QString stored = QSettings().value(kPdfPageSize).toString();
    if (stored.compare(u"Letter"_s, Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    if (stored.compare(u"A4"_s, Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    return defaultPageSize(QLocale::system());
}

void PreviewSettings::setPdfPageSize(QPageSize::PageSizeId size)
{
    QSettings().setValue(kPdfPageSize, size == QPageSize::Letter ? u"Letter"_s : u"A4"_s);
}

QPageSize::PageSizeId PreviewSettings::defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                   : QPageSize::A4;
}

} // namespace quorum
