// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "messageboxanswer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTimer>

#include <functional>

namespace quorum::test {

namespace {
void answerWith(std::function<QAbstractButton *(QMessageBox *)> choose, QString *text,
                QMessageBox::Icon *icon)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, choose, text, icon] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        if (icon)
            *icon = box->icon();
        timer->stop();
        timer->deleteLater();
        if (QAbstractButton *button = choose(box))
            button->click();
    });
    timer->start();
}
} // namespace

void answerNextMessageBox(QMessageBox::StandardButton button, QString *text,
                          QMessageBox::Icon *icon)
{
    answerWith([button](QMessageBox *box) { return box->button(button); }, text, icon);
}

void answerNextMessageBox(const QString &buttonText, QString *text, QMessageBox::Icon *icon)
{
    answerWith(
        [buttonText](QMessageBox *box) -> QAbstractButton * {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&') == buttonText)
                    return button;
            }
            return nullptr;
        },
        text, icon);
}

void whenModal(std::function<bool(QWidget *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !act(modal))
            return;
        timer->stop();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace quorum::test
