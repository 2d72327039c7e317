// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "revisionspanel.h"

#include "articledocument.h"
#include "diffview.h"
#include "textdiff.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

constexpr int kVersionRole = Qt::UserRole;

Article asArticle(const Revision &revision)
{
    Article article;
    article.meta = revision.meta;
    article.sections = revision.sections;
    return article;
}

} // namespace

RevisionsPanel::RevisionsPanel(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Save Revision"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_restore(new QPushButton(tr("&Restore Version"), this))
    , m_restoreSection(new QPushButton(tr("Restore &Section"), this))
    , m_diff(new DiffView(this))
    , m_timer(new QTimer(this))
{
    m_list->setObjectName(u"revisionList"_s);
    m_list->setAccessibleName(tr("Revisions"));
    m_name->setObjectName(u"revisionName"_s);
    m_name->setAccessibleName(tr("Revision name"));
    m_name->setPlaceholderText(tr("Name of a new revision"));
    m_save->setObjectName(u"saveRevision"_s);
    m_delete->setObjectName(u"deleteRevision"_s);
    m_from->setObjectName(u"compareFrom"_s);
    m_from->setAccessibleName(tr("Compare"));
    m_to->setObjectName(u"compareTo"_s);
    m_to->setAccessibleName(tr("With"));
    m_restore->setObjectName(u"restoreVersion"_s);
    m_restore->setToolTip(tr("Replace the text with the version compared from"));
    m_restoreSection->setObjectName(u"restoreSection"_s);
    m_restoreSection->setToolTip(
        tr("Replace the section the cursor is in with that section of the version compared "
           "from"));

    connect(m_name, &QLineEdit::returnPressed, this, &RevisionsPanel::saveRevision);
    connect(m_name, &QLineEdit::textChanged, this, &RevisionsPanel::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &RevisionsPanel::saveRevision);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_list->currentItem())
            m_document->removeRevision(item->data(kVersionRole).toString());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            compare(item->data(kVersionRole).toString(), currentVersion());
        updateButtons();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &RevisionsPanel::scheduleUpdate);
    connect(m_to, &QComboBox::currentIndexChanged, this, &RevisionsPanel::scheduleUpdate);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsPanel::restoreVersion);
    connect(m_restoreSection, &QPushButton::clicked, this, &RevisionsPanel::restoreCurrentSection);
    connect(m_diff, &DiffView::currentSectionChanged, this, &RevisionsPanel::updateButtons);

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_delete);
    auto *compareRow = new QHBoxLayout;
    compareRow->addWidget(new QLabel(tr("Compare"), this));
    compareRow->addWidget(m_from, 1);
    compareRow->addWidget(new QLabel(tr("with"), this));
    compareRow->addWidget(m_to, 1);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addStretch(1);
    restoreRow->addWidget(m_restoreSection);
    restoreRow->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(saveRow);
    layout->addLayout(compareRow);
    layout->addWidget(m_diff, 1);
    layout->addLayout(restoreRow);

    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &RevisionsPanel::updateDiff);
    auto changed = [this] { scheduleUpdate(); };
    connect(document, &ArticleDocument::sectionChanged, this, changed);
    connect(document, &ArticleDocument::metaChanged, this, changed);
    connect(document, &ArticleDocument::structureChanged, this, changed);
    connect(document, &ArticleDocument::modifiedChanged, this, changed); // saved: a new "saved"
    connect(document, &ArticleDocument::revisionsChanged, this, &RevisionsPanel::rebuildVersions);
    connect(document, &ArticleDocument::articleReset, this, &RevisionsPanel::rebuildVersions);
    rebuildVersions();
    compareWithSaved();
}

QString RevisionsPanel::fromVersion() const
{
    return m_from->currentData().toString();
}

QString RevisionsPanel::toVersion() const
{
    return m_to->currentData().toString();
}

std::optional<Revision> RevisionsPanel::version(const QString &id) const
{
    const Article &article = m_document->article();
    if (id == currentVersion())
        return m_document->snapshot();
    if (id == savedVersion()) {
        Revision saved;
        saved.name = tr("Last saved version");
        saved.meta = m_document->savedArticle().meta;
        saved.sections = m_document->savedArticle().sections;
        return saved;
    }
    if (id == publishedVersion())
        return article.review.published;
    const qsizetype index = article.indexOfRevision(id);
    if (index < 0)
        return std::nullopt;
    return article.review.revisions.at(index);
}

void RevisionsPanel::compare(const QString &from, const QString &to)
{
    const int fromIndex = m_from->findData(from);
    const int toIndex = m_to->findData(to);
    if (fromIndex >= 0)
        m_from->setCurrentIndex(fromIndex);
    if (toIndex >= 0)
        m_to->setCurrentIndex(toIndex);
    scheduleUpdate();
}

void RevisionsPanel::rebuildVersions()
{
    const QString from = fromVersion();
    const QString to = toVersion();
    const QString selected =
        m_list->currentItem() ? m_list->currentItem()->data(kVersionRole).toString() : QString();
    const Article &article = m_document->article();
    {
        const QSignalBlocker listBlocker(m_list);
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_list->clear();
        m_from->clear();
        m_to->clear();
        for (const Revision &revision : article.review.revisions) {
            const QString when =
                QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat);
            const QString label = revision.author.isEmpty()
                                      ? tr("%1 — %2").arg(revision.name, when)
                                      : tr("%1 — %2, %3").arg(revision.name, when, revision.author);
            auto *item = new QListWidgetItem(label, m_list);
            item->setData(kVersionRole, revision.id);
            if (revision.id == selected)
                m_list->setCurrentItem(item);
            m_from->addItem(revision.name, revision.id);
            m_to->addItem(revision.name, revision.id);
        }
        for (QComboBox *box : {m_from, m_to}) {
            box->addItem(tr("Last saved version"), savedVersion());
            if (article.review.published)
                box->addItem(tr("Last published version"), publishedVersion());
            box->addItem(tr("Current text"), currentVersion());
        }
    }
    compare(m_from->findData(from) >= 0 ? from : savedVersion(),
            m_to->findData(to) >= 0 ? to : currentVersion());
    updateButtons();
}

void RevisionsPanel::scheduleUpdate()
{
    m_dirty = true;
    if (isVisible())
        m_timer->start();
}

void RevisionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_timer->start();
}

void RevisionsPanel::updateDiff()
{
    m_timer->stop();
    m_dirty = false;
    const std::optional<Revision> from = version(fromVersion());
    const std::optional<Revision> to = version(toVersion());
    if (from && to)
        m_diff->setDiff(diffArticles(asArticle(*from), asArticle(*to)));
    else
        m_diff->setDiff({});
    updateButtons();
}

void RevisionsPanel::updateButtons()
{
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
    m_delete->setEnabled(m_list->currentItem() != nullptr);
    const std::optional<Revision> from = version(fromVersion());
    const bool restorable = from && fromVersion() != currentVersion();
    m_restore->setEnabled(restorable && (from->sections != m_document->article().sections ||
                                         from->meta != m_document->article().meta));
    bool sectionRestorable = false;
    const QString sectionId = m_diff->currentSectionId();
    if (restorable && !sectionId.isEmpty()) {
        for (const Section &section : from->sections) {
            if (section.id == sectionId) {
                const Section *current = m_document->section(sectionId);
                sectionRestorable = !current || *current != section;
            }
        }
    }
    m_restoreSection->setEnabled(sectionRestorable);
}

void RevisionsPanel::saveRevision()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return;
    m_document->saveRevision(name, m_userName);
    m_name->clear();
}

void RevisionsPanel::restoreVersion()
{
    if (fromVersion() == currentVersion())
        return;
    if (const std::optional<Revision> from = version(fromVersion()))
        m_document->restoreRevision(*from);
}

void RevisionsPanel::restoreCurrentSection()
{
    const QString sectionId = m_diff->currentSectionId();
    if (fromVersion() == currentVersion() || sectionId.isEmpty())
        return;
    if (const std::optional<Revision> from = version(fromVersion()))
        m_document->restoreSection(*from, sectionId);
}

} // namespace quorum
