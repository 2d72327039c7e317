// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "menupublishing.h"

#include "articlefile.h"
#include "messageboxanswer.h"
#include "publishingmenu.h"

#include <QtTest>
#include <QtWidgets>

using namespace Qt::StringLiterals;

namespace quorum::test {

void clickLater(QAbstractButton *button)
{
    QMetaObject::invokeMethod(button, &QAbstractButton::click, Qt::QueuedConnection);
}

std::function<bool(QWidget *)> closeResult(QString *text, QString *editLink)
{
    return [text, editLink](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != u"publishResult")
            return false;
        *text = box->text();
        if (editLink && box->findChild<QPushButton *>(u"openInBrowser"_s) &&
            box->findChild<QPushButton *>(u"editInWordPress"_s))
            *editLink = box->property("editLink").toString();
        clickLater(box->button(QMessageBox::Close));
        return true;
    };
}

qint64 publishFromMenu(PublishingMenu &menu, const QString &filePath, const QString &answer)
{
    QString asked;
    if (!answer.isEmpty()) {
        whenModal([answer, &asked](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            auto *button = box ? box->findChild<QPushButton *>(answer) : nullptr;
            if (!button)
                return false;
            asked = box->text();
            clickLater(button);
            return true;
        });
    }
    QString text;
    QString editLink;
    whenModal(closeResult(&text, &editLink));
    QSignalSpy finished(&menu, &PublishingMenu::publishFinished);
    menu.publishAction()->trigger();
    if (!QTest::qWaitFor([&] { return finished.size() == 1 && !text.isEmpty(); }, 60'000))
        return -1;
    if (!answer.isEmpty() && asked.isEmpty())
        return -2;
    return ArticleFile::load(filePath).article.remote.postId;
}

} // namespace quorum::test
