// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

namespace quorum::test {

/// Answers the next message box that opens with `button` and hands back its text and icon
/// (how grave it is), so that a test can drive code that asks the user (the box is modal: it
/// is answered from a timer).
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr,
                          QMessageBox::Icon *icon = nullptr);
/// The same, pressing the custom button whose text (without '&') is `buttonText`.
void answerNextMessageBox(const QString &buttonText, QString *text = nullptr,
                          QMessageBox::Icon *icon = nullptr);

/// Calls `act` with each modal widget that comes up until it returns true (it answered it).
/// Polls from a timer, because a modal dialog's exec() does not return to the test until it is
/// answered.
void whenModal(std::function<bool(QWidget *)> act);

} // namespace quorum::test
