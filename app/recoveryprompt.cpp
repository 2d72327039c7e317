// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "recoveryprompt.h"

#include "autosave.h"
#include "mainwindow.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace quorum {

namespace {
QString describe(const RecoveryEntry &entry)
{
    const QString name = !entry.title.isEmpty()         ? entry.title
                         : entry.originalPath.isEmpty() ? MainWindow::tr("an untitled article")
                                                        : QFileInfo(entry.originalPath).fileName();
    return MainWindow::tr("Quorum ended before the changes to “%1” were saved. They were kept "
                          "safe until %2.")
        .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat));
}
} // namespace

int offerRecovery(MainWindow *window)
{
    int restored = 0;
    for (const RecoveryEntry &entry : Autosave::abandoned()) {
        QMessageBox box(QMessageBox::Question, MainWindow::tr("Restore Unsaved Changes"),
                        describe(entry), QMessageBox::NoButton, window);
        box.setInformativeText(
            MainWindow::tr("Restore opens them as unsaved changes. Discard throws them away for "
                           "good; Later asks again at the next start."));
        QPushButton *restore = box.addButton(MainWindow::tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard =
            box.addButton(MainWindow::tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(MainWindow::tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == discard) {
            Autosave::remove(entry);
        } else if (box.clickedButton() == restore) {
            MainWindow *target = window;
            if (restored > 0) {
                target = new MainWindow;
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            if (target->restoreRecovery(entry))
                ++restored;
        }
    }
    return restored;
}

} // namespace quorum
