// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QObject>
#include <QPageSize>

class QWebEnginePage;
class QWebEngineProfile;

namespace quorum {

class PreviewSchemeHandler;

/// Prints an article to PDF through Qt WebEngine: the standalone page in the light theme, on
/// A4 or Letter. Works on the offscreen platform, with no display. One export at a time.
class PdfExporter : public QObject
{
    Q_OBJECT

public:
    explicit PdfExporter(QObject *parent = nullptr);
    ~PdfExporter() override;

    /// Starts the export; finished() tells how it ended. The file at `pdfPath` is replaced
    /// only when the whole PDF is ready.
    void start(const Article &article, const QString &articleDirectory, const QString &pdfPath,
               QPageSize::PageSizeId pageSize = QPageSize::A4);

    /// Whether the PDF shows images from other hosts (the default) or asks no other host for
    /// anything; images beside the article always show. Applies to the next start().
    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImages; }

signals:
    /// The export ended: `error` is empty on success, else says why in plain words.
    void finished(const QString &error);

private:
    QWebEngineProfile *m_profile;
    PreviewSchemeHandler *m_scheme;
    QWebEnginePage *m_page;
    QString m_pdfPath;
    QPageSize::PageSizeId m_pageSize = QPageSize::A4;
    bool m_remoteImages = true;
};

} // namespace quorum
