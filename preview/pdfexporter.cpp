// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "pdfexporter.h"

#include "atomicwrite.h"
#include "contentrenderer.h"
#include "previewpage.h"
#include "previewscheme.h"

#include <QFileInfo>
#include <QMarginsF>
#include <QPageLayout>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace quorum {

PdfExporter::PdfExporter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))
    , m_scheme(new PreviewSchemeHandler(this))
    , m_page(nullptr)
{
    m_profile->installUrlSchemeHandler(previewPageUrl().scheme().toUtf8(), m_scheme);
    m_page = new QWebEnginePage(m_profile, this);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);

    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            emit finished(tr("the page for the PDF could not be laid out"));
            return;
        }
        const QPageLayout layout(QPageSize(m_pageSize), QPageLayout::Portrait,
                                 QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        m_page->printToPdf(
            [this](const QByteArray &pdf) {
                if (pdf.isEmpty()) {
                    emit finished(tr("printing to PDF failed"));
                    return;
                }
                QString error;
                emit finished(writeFileAtomically(m_pdfPath, pdf, &error) ? QString() : error);
            },
            layout);
    });
}

PdfExporter::~PdfExporter()
{
    delete m_page; // before its profile
}

void PdfExporter::start(const Article &article, const QString &articleDirectory,
                        const QString &pdfPath, QPageSize::PageSizeId pageSize)
{
    m_pdfPath = pdfPath;
    m_pageSize = pageSize;
    PreviewPageOptions options;
    options.theme = PreviewTheme::Light; // paper is white
    options.remoteImages = m_remoteImages;
    // The page is local content, which reaches no remote URL unless allowed; its
    // Content-Security-Policy then admits images alone.
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls,
                                     m_remoteImages);
    ContentRenderer renderer;
    renderer.setFootnotesListShown(true); // as the site shows the footnotes block
    m_scheme->setPage(previewPageHtml(article, renderer.renderSections(article), options).toUtf8());
    m_scheme->setBaseDirectory(articleDirectory);
    m_page->load(previewPageUrl());
}

} // namespace quorum
