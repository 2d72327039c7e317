// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishedaddress.h"

#include "articledocument.h"
#include "slugfield.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

namespace quorum {

namespace {
struct PublishedAddress
{
    Q_DECLARE_TR_FUNCTIONS(quorum::PublishedAddress)
};
} // namespace

void askBeforeMovingPublishedPosts(SlugField *field, const ArticleDocument *document,
                                   QWidget *window)
{
    field->setChangeQuestion(
        [document, window = QPointer<QWidget>(window)](const QString &from, const QString &to) {
            const QString link = document->article().remote.link;
            // An empty slug here is the one WordPress made, which the article does not know.
            const QString question =
                from.isEmpty()
                    ? PublishedAddress::tr("Change the slug of the published post to “%1”?").arg(to)
                    : PublishedAddress::tr("Change the slug of the published post from “%1” to "
                                           "“%2”?")
                          .arg(from, to);
            QMessageBox box(QMessageBox::Warning, PublishedAddress::tr("Change the Slug"), question,
                            QMessageBox::NoButton, window);
            box.setObjectName(QStringLiteral("slugQuestion"));
            // WordPress sends visitors on from a post's old slugs, but links elsewhere and
            // search results keep the old address, and another post may take it one day.
            box.setInformativeText(
                PublishedAddress::tr("Links, shares and search results point at %1. WordPress "
                                     "sends visitors on from the old address only as long as no "
                                     "other post takes it.")
                    .arg(link.isEmpty() ? PublishedAddress::tr("the post's address") : link));
            box.addButton(PublishedAddress::tr("&Change Slug"), QMessageBox::YesRole);
            box.setDefaultButton(box.addButton(from.isEmpty()
                                                   ? PublishedAddress::tr("&Keep the Site's Slug")
                                                   : PublishedAddress::tr("&Keep “%1”").arg(from),
                                               QMessageBox::NoRole));
            box.exec();
            return box.buttonRole(box.clickedButton()) == QMessageBox::YesRole;
        });
}

} // namespace quorum
