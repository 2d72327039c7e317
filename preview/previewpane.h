// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "previewpage.h"

#include <QWidget>

class QAction;
class QActionGroup;
class QToolBar;

namespace quorum {

class ArticleDocument;
class PreviewView;

/// The preview with its controls: a desktop (about 1200 px) or mobile (390 px) layout width,
/// zoom, and the light or dark theme. On desktop width in a narrow pane the page is scaled
/// down, so that it is laid out as a desktop browser would lay it out.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum class Width
    {
        Desktop,
        Mobile
    };
    static constexpr int kDesktopWidth = 1200;
    static constexpr int kMobileWidth = 390;

    explicit PreviewPane(ArticleDocument *document, QWidget *parent = nullptr);

    PreviewView *view() const { return m_view; }

    void setWidthMode(Width width);
    Width widthMode() const { return m_width; }
    /// The reader's zoom, 1.0 for 100%, independent of the scaling that fits the width.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

    // Actions for menus and shortcuts (Ctrl+=, Ctrl+-, Ctrl+0).
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *mobileWidthAction() const { return m_mobile; }
    QList<QAction *> themeActions() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void placeView();

    QToolBar *m_toolBar;
    QWidget *m_stage;
    PreviewView *m_view;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_resetZoom;
    QAction *m_mobile;
    QActionGroup *m_themes;
    Width m_width = Width::Desktop;
    double m_zoom = 1.0;
};

} // namespace quorum
