// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishingmenu.h"

#include "reviewsettings.h"
#include "reviewworkflow.h"
#include "sitetarget.h"
#include "siteupdateflow.h"
#include <QCheckBox>
#include <QPushButton>

#include "articledocument.h"
#include "articlefile.h"
#include "openfromsitedialog.h"
#include "publishflow.h"
#include "siteaddress.h"
#include "siteprofile.h"
#include "sitesdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

const char *const kFileFilter =
    QT_TRANSLATE_NOOP("quorum::PublishingMenu", "Quorum articles (*.quorum)");

QString withSuffix(const QString &path)
{
    return path.endsWith(u".quorum"_s) ? path : path + u".quorum"_s;
}

} // namespace

PublishingMenu::PublishingMenu(ArticleDocument *document, QWidget *parent)
    : QMenu(tr("&Publish"), parent)
    , m_document(document)
{
    m_publish = addAction(tr("&Publish…"), this, [this] { publish(false); });
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_publish->setStatusTip(tr("Publish the article to its site"));
    m_publishTo = addAction(tr("Publish &To…"), this, [this] { publish(true); });
    m_publishTo->setStatusTip(tr("Choose the site and status, then publish"));
    m_updateFromSite = addAction(tr("&Update from Site"), this, &PublishingMenu::updateFromSite);
    m_updateFromSite->setObjectName(u"updateFromSite"_s);
    m_updateFromSite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_updateFromSite->setStatusTip(
        tr("Merge what colleagues changed on the site into this article"));
    addSeparator();
    m_openFromSite = addAction(tr("&Open from Site…"), this, &PublishingMenu::openFromSite);
    m_manageSites = addAction(tr("&Manage Sites…"), this, &PublishingMenu::manageSites);
    // Another article: its site is its own.
    connect(m_document, &ArticleDocument::articleReset, this, [this] { m_choice.reset(); });
    connect(m_document, &ArticleDocument::articleReset, this, &PublishingMenu::updateActions);
    connect(m_document, &ArticleDocument::remoteChanged, this, &PublishingMenu::updateActions);
    updateActions();
}

void PublishingMenu::updateActions()
{
    // Only an article on a site has a version there; one thing at a time with the site.
    m_updateFromSite->setEnabled(m_document->article().remote.postId > 0 && !m_flow && !m_updating);
}

void PublishingMenu::updateFromSite()
{
    if (m_document->article().remote.postId <= 0 || m_flow || m_updating)
        return;
    const std::optional<PublishChoice> choice = rememberedChoice();
    if (!choice) {
        QMessageBox::information(parentWidget(), tr("Update from Site"),
                                 tr("No site profile has the address this article is published "
                                    "on (%1). Add it under Publish ▸ Manage Sites.")
                                     .arg(m_document->article().remote.site));
        return;
    }
    const std::optional<SiteProfile> profile = SiteProfiles::find(choice->site);
    if (!profile)
        return;
    m_updating = true;
    updateActions();
    readSiteTarget(*profile, this,
                   [this, name = profile->name](const PublishTarget &target, const QString &error) {
                       if (!error.isEmpty()) {
                           QMessageBox::warning(parentWidget(), tr("Update from Site"), error);
                           m_updating = false;
                           updateActions();
                           return;
                       }
                       auto *flow = new SiteUpdateFlow(m_document, parentWidget());
                       connect(flow, &SiteUpdateFlow::finished, this, [this] {
                           m_updating = false;
                           updateActions();
                       });
                       flow->start(target, name);
                   });
}

QString PublishingMenu::lastSite()
{
    return QSettings(u"Quorum"_s, u"publishing"_s).value(u"lastSite"_s).toString();
}

void PublishingMenu::setLastSite(const QString &name)
{
    QSettings(u"Quorum"_s, u"publishing"_s).setValue(u"lastSite"_s, name);
}

std::optional<PublishChoice> PublishingMenu::rememberedChoice() const
{
    if (m_choice && SiteProfiles::find(m_choice->site))
        return m_choice;
    const RemoteBinding &remote = m_document->article().remote;
    if (remote.postId <= 0 || remote.site.isEmpty())
        return std::nullopt;
    // The profile of the site the article is bound to; the last one used when several are.
    const QUrl site = SiteAddress::normalized(remote.site);
    std::optional<SiteProfile> match;
    for (const SiteProfile &profile : SiteProfiles::all()) {
        if (SiteAddress::normalized(profile.url) == site && (!match || profile.name == lastSite()))
            match = profile;
    }
    if (!match)
        return std::nullopt;
    PublishChoice choice{match->name, remote.status, {}};
    if (!QStringList{u"draft"_s, u"pending"_s, u"publish"_s, u"future"_s}.contains(choice.status))
        choice.status = match->defaultStatus;
    return choice;
}

bool PublishingMenu::ensureSaved()
{
    if (!m_document->filePath().isEmpty() && !m_document->isModified())
        return true;
    // The post's id is written into the file after publishing: without a saved file, the next
    // publish would not know the post and would make a second one.
    const auto answer = QMessageBox::question(
        parentWidget(), tr("Publish"),
        tr("The article has to be saved before it is published. Save it now?"),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    if (answer != QMessageBox::Save)
        return false;
    QString path = m_document->filePath();
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(parentWidget(), tr("Save Article"), QString(),
                                            tr(kFileFilter));
        if (path.isEmpty())
            return false;
        path = withSuffix(path);
    }
    QString error;
    if (!m_document->save(&error, path)) {
        QMessageBox::warning(
            parentWidget(), tr("Publish"),
            tr("The article was not saved, so it was not published:\n%1").arg(error));
        return false;
    }
    return true;
}

bool PublishingMenu::confirmUnapproved()
{
    if (!ReviewSettings::confirmUnapprovedPublish() ||
        !publishNeedsConfirmation(m_document->article()))
        return true;
    QMessageBox box(QMessageBox::Question, tr("Publish"),
                    tr("This article is “%1”, not “%2”. Publish it anyway?")
                        .arg(reviewStatusName(m_document->article().meta.reviewStatus),
                             reviewStatusName(ReviewStatus::Approved)),
                    QMessageBox::Cancel, parentWidget());
    box.setInformativeText(tr("An editor has not approved this version yet."));
    QPushButton *publish = box.addButton(tr("&Publish Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    auto *dontAsk = new QCheckBox(tr("&Do not ask again"), &box);
    box.setCheckBox(dontAsk);
    box.exec();
    if (box.clickedButton() != publish)
        return false;
    if (dontAsk->isChecked())
        ReviewSettings::setConfirmUnapprovedPublish(false);
    return true;
}

void PublishingMenu::publish(bool ask)
{
    if (m_flow || m_updating || !confirmUnapproved() || !ensureSaved())
        return;
    std::optional<PublishChoice> choice = ask ? std::nullopt : rememberedChoice();
    if (!choice) {
        PublishChoice suggested = rememberedChoice().value_or(PublishChoice{lastSite(), {}, {}});
        suggested.date = m_document->article().meta.published;
        PublishDialog dialog(suggested, parentWidget());
        if (dialog.exec() != QDialog::Accepted)
            return;
        choice = dialog.choice();
    }
    m_choice = choice;
    setLastSite(choice->site);
    if (choice->status == u"future" && choice->date.isValid() &&
        choice->date != m_document->article().meta.published) {
        // Scheduling sets the article's date: it is saved with the binding afterwards.
        ArticleMeta meta = m_document->article().meta;
        meta.published = choice->date;
        m_document->setMeta(meta);
    }

    auto *flow = new PublishFlow(m_document, parentWidget());
    m_flow = flow;
    updateActions();
    m_publish->setEnabled(false);
    m_publishTo->setEnabled(false);
    auto binding = std::make_shared<RemoteBinding>();
    connect(flow, &PublishFlow::published, this,
            [binding](const RemoteBinding &published) { *binding = published; });
    connect(flow, &PublishFlow::choiceChanged, this,
            [this](const PublishChoice &changed) { m_choice = changed; });
    connect(flow, &PublishFlow::serverVersionPulled, this,
            [this](const Article &article) { deliver(article, {}); });
    connect(flow, &PublishFlow::finished, this, [this, binding] {
        m_publish->setEnabled(true);
        m_publishTo->setEnabled(true);
        m_flow.clear();
        updateActions();
        emit publishFinished(*binding);
    });
    flow->start(*choice);
}

void PublishingMenu::manageSites()
{
    SitesDialog dialog(parentWidget());
    dialog.exec();
}

void PublishingMenu::openFromSite()
{
    OpenFromSiteDialog dialog(parentWidget());
    if (dialog.exec() != QDialog::Accepted)
        return;
    deliver(dialog.article(), dialog.warnings());
}

void PublishingMenu::deliver(const Article &article, const QStringList &warnings)
{
    if (!warnings.isEmpty()) {
        QMessageBox::information(parentWidget(), tr("Open from Site"), warnings.join(u"\n\n"_s));
    }
    const QString suggested =
        (article.meta.slug.isEmpty() ? tr("post") : article.meta.slug) + u".quorum"_s;
    QString path = QFileDialog::getSaveFileName(parentWidget(), tr("Save the Post as an Article"),
                                                suggested, tr(kFileFilter));
    if (!path.isEmpty()) {
        QString error;
        if (!ArticleFile::save(article, withSuffix(path), &error)) {
            QMessageBox::warning(parentWidget(), tr("Open from Site"),
                                 tr("The article was not saved:\n%1").arg(error));
        }
    }
    emit openArticleRequested(article);
}

} // namespace quorum
