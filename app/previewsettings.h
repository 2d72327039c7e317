// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QLocale>
#include <QObject>
#include <QPageSize>

namespace quorum {

/// What the preview and the window's exports may load and how PDFs are laid out, kept in
/// QSettings (the application's default scope). The setting is the one source of truth: the
/// View menu, the Preferences and every window's preview follow it through
/// remoteImagesChanged(), whichever of them changed it.
class PreviewSettings : public QObject
{
    Q_OBJECT

public:
    /// The one instance, owned by the application object.
    static PreviewSettings *instance();

    /// "preview/remoteImages" (default true): whether the preview, the web page and the PDF
    /// exported from the window load images from other hosts.
    bool remoteImages() const;
    void setRemoteImages(bool allowed);

    /// "export/pdfPageSize" ("A4" or "Letter"): the paper of PDFs exported from the window;
    /// until chosen, the paper of the system's locale.
    QPageSize::PageSizeId pdfPageSize() const;
    void setPdfPageSize(QPageSize::PageSizeId size);

    /// The paper people in `locale` print on: Letter where US measures are used, else A4.
    static QPageSize::PageSizeId defaultPageSize(const QLocale &locale);

signals:
    /// The remote images setting changed (through setRemoteImages()); every window updates
    /// its menu and its preview.
    void remoteImagesChanged(bool allowed);

private:
    using QObject::QObject;
};

} // namespace quorum
