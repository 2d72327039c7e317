// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewpane.h"

#include "previewview.h"

#include <QAction>
#include <QActionGroup>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
constexpr double kZoomStep = 1.1;
constexpr double kMinZoom = 0.3;
constexpr double kMaxZoom = 4.0;

// Our keys plus the platform's standard ones, each once: a key bound twice to one action is
// ambiguous to Qt and triggers nothing.
QList<QKeySequence> distinct(QList<QKeySequence> keys, QKeySequence::StandardKey standard)
{
    for (const QKeySequence &key : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}
} // namespace

PreviewPane::PreviewPane(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_stage(new QWidget(this))
    , m_view(new PreviewView(document, m_stage))
    , m_themes(new QActionGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_stage, 1);
    m_toolBar->setAccessibleName(tr("Preview controls"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_stage->setAutoFillBackground(true);
    m_stage->setBackgroundRole(QPalette::Mid);

    m_mobile = m_toolBar->addAction(tr("&Mobile Width"));
    m_mobile->setCheckable(true);
    m_mobile->setToolTip(tr("Show the post at a phone's width (%1 px)").arg(kMobileWidth));
    connect(m_mobile, &QAction::toggled, this,
            [this](bool on) { setWidthMode(on ? Width::Mobile : Width::Desktop); });
    m_toolBar->addSeparator();

    const QList<std::pair<QString, PreviewTheme>> themes = {
        {tr("&System Theme"), PreviewTheme::System},
        {tr("&Light Theme"), PreviewTheme::Light},
        {tr("&Dark Theme"), PreviewTheme::Dark}};
    for (const auto &[label, theme] : themes) {
        QAction *action = m_toolBar->addAction(label);
        action->setCheckable(true);
        action->setChecked(theme == PreviewTheme::System);
        action->setData(int(theme));
        m_themes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, theme = theme] { m_view->setTheme(theme); });
    }
    m_toolBar->addSeparator();

    m_zoomOut = m_toolBar->addAction(tr("Zoom &Out"));
    m_zoomOut->setShortcuts(distinct({QKeySequence(u"Ctrl+-"_s)}, QKeySequence::ZoomOut));
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoom / kZoomStep); });
    m_resetZoom = m_toolBar->addAction(tr("&Actual Size"));
    m_resetZoom->setShortcut(QKeySequence(u"Ctrl+0"_s));
    connect(m_resetZoom, &QAction::triggered, this, [this] { setZoom(1.0); });
    m_zoomIn = m_toolBar->addAction(tr("Zoom &In"));
    m_zoomIn->setShortcuts(distinct({QKeySequence(u"Ctrl+="_s)}, QKeySequence::ZoomIn));
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoom * kZoomStep); });
    for (QAction *action : {m_zoomOut, m_resetZoom, m_zoomIn})
        action->setShortcutContext(Qt::WindowShortcut);
}

QList<QAction *> PreviewPane::themeActions() const
{
    return m_themes->actions();
}

void PreviewPane::setWidthMode(Width width)
{
    m_width = width;
    const QSignalBlocker blocker(m_mobile);
    m_mobile->setChecked(width == Width::Mobile);
    placeView();
}

void PreviewPane::setZoom(double zoom)
{
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    placeView();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeView();
}

void PreviewPane::placeView()
{
    const QRect stage = m_stage->rect();
    if (stage.isEmpty())
        return;
    if (m_width == Width::Mobile) {
        const int width = qMin(stage.width(), qRound(kMobileWidth * m_zoom));
        m_view->setGeometry((stage.width() - width) / 2, 0, width, stage.height());
        m_view->setZoomFactor(m_zoom);
    } else {
        m_view->setGeometry(stage);
        // Narrower than a desktop browser: scale the page so it is laid out 1200 px wide.
        m_view->setZoomFactor(m_zoom * qMin(1.0, stage.width() / double(kDesktopWidth)));
    }
}

} // namespace quorum
