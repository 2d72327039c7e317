// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "checkspanel.h"

#include "articledocument.h"
#include "locationlabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

QIcon severityIcon(const QStyle *style, CheckSeverity severity)
{
    switch (severity) {
    case CheckSeverity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case CheckSeverity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckSeverity::Info:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

} // namespace

ChecksPanel::ChecksPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_summary(new QLabel(this))
    , m_checksButton(new QToolButton(this))
    , m_tolerance(new QSpinBox(this))
    , m_list(new QTreeWidget(this))
    , m_timer(new QTimer(this))
{
    m_summary->setObjectName(u"checksSummary"_s);
    m_checksButton->setObjectName(u"checksButton"_s);
    m_checksButton->setText(tr("Checks"));
    m_checksButton->setToolTip(tr("Switch checks off or on for this article"));
    m_checksButton->setPopupMode(QToolButton::InstantPopup);
    m_checksButton->setMenu(new QMenu(m_checksButton));

    m_tolerance->setObjectName(u"stanceTolerance"_s);
    m_tolerance->setRange(0, 100);
    m_tolerance->setSuffix(tr(" points"));
    m_tolerance->setAccessibleName(tr("Stance tolerance"));
    m_tolerance->setToolTip(tr("How far the verdict's split may be from the voices' own tally"));
    auto *toleranceLabel = new QLabel(tr("&Tolerance:"), this);
    toleranceLabel->setBuddy(m_tolerance);
    connect(m_tolerance, &QSpinBox::valueChanged, this, [this](int points) {
        if (points != m_document->article().review.stanceTolerance)
            m_document->setStanceTolerance(points);
    });

    m_list->setObjectName(u"checksList"_s);
    m_list->setAccessibleName(tr("Check findings"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Problem"), tr("Where")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QTreeWidget::itemClicked, this, &ChecksPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &ChecksPanel::activate);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChecksPanel::showContextMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(toleranceLabel);
    bar->addWidget(m_tolerance);
    bar->addWidget(m_checksButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ChecksPanel::refresh);
    connect(document, &ArticleDocument::sectionChanged, this, &ChecksPanel::scheduleRefresh);
    connect(document, &ArticleDocument::metaChanged, this, &ChecksPanel::scheduleRefresh);
    connect(document, &ArticleDocument::structureChanged, this, &ChecksPanel::scheduleRefresh);
    connect(document, &ArticleDocument::articleReset, this, &ChecksPanel::scheduleRefresh);
    connect(document, &ArticleDocument::checkSettingsChanged, this, &ChecksPanel::scheduleRefresh);
    refresh();
}

QMenu *ChecksPanel::checksMenu() const
{
    return m_checksButton->menu();
}

void ChecksPanel::scheduleRefresh()
{
    m_timer->start();
}

void ChecksPanel::refresh()
{
    m_timer->stop();
    const Article &article = m_document->article();
    m_findings = checkArticle(article);
    {
        const QSignalBlocker blocker(m_tolerance);
        m_tolerance->setValue(article.review.stanceTolerance);
    }
    const int keep = m_list->currentIndex().row();
    m_list->clear();
    int counts[3] = {0, 0, 0};
    QList<QTreeWidgetItem *> items;
    for (const CheckFinding &finding : std::as_const(m_findings)) {
        ++counts[int(finding.severity)];
        auto *item =
            new QTreeWidgetItem({finding.message, locationLabel(article, finding.location)});
        item->setIcon(0, severityIcon(style(), finding.severity));
        item->setToolTip(0, u"%1 [%2]"_s.arg(checkSeverityName(finding.severity), finding.checkId));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (keep >= 0 && keep < m_list->topLevelItemCount()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(m_list->topLevelItem(keep));
    }
    const int errors = counts[int(CheckSeverity::Error)];
    const int warnings = counts[int(CheckSeverity::Warning)];
    const int infos = counts[int(CheckSeverity::Info)];
    QStringList parts;
    if (errors > 0)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings > 0)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    if (infos > 0)
        parts.append(tr("%n note(s)", nullptr, infos));
    m_summary->setText(parts.isEmpty() ? tr("No problems found") : parts.join(u", "_s));
    rebuildChecksMenu();
    emit findingsChanged(errors, warnings, infos);
}

void ChecksPanel::activate(QTreeWidgetItem *item)
{
    const int row = m_list->indexOfTopLevelItem(item);
    if (row >= 0 && row < m_findings.size())
        emit locationActivated(m_findings.at(row).location);
}

void ChecksPanel::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_list->itemAt(position);
    const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
    if (row < 0 || row >= m_findings.size())
        return;
    const CheckFinding finding = m_findings.at(row);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Go There"), this,
                    [this, finding] { emit locationActivated(finding.location); });
    QAction *off =
        menu->addAction(tr("Turn &Off This Check for This Article"), this,
                        [this, finding] { m_document->setCheckEnabled(finding.checkId, false); });
    off->setObjectName(u"turnOffCheck"_s);
    menu->popup(m_list->viewport()->mapToGlobal(position));
}

void ChecksPanel::rebuildChecksMenu()
{
    QMenu *menu = m_checksButton->menu();
    menu->clear();
    const QStringList disabled = m_document->article().review.disabledChecks;
    for (const CheckInfo &check : allChecks()) {
        QAction *action = menu->addAction(check.title);
        action->setObjectName(check.id);
        action->setCheckable(true);
        action->setChecked(!disabled.contains(check.id));
        action->setToolTip(check.id);
        connect(action, &QAction::toggled, this,
                [this, id = check.id](bool on) { m_document->setCheckEnabled(id, on); });
    }
}

} // namespace quorum
