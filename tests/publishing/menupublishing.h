// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QString>

#include <functional>

class QAbstractButton;
class QWidget;

namespace quorum {
class PublishingMenu;
}

namespace quorum::test {

/// Clicks `button` once the current event has been handled, so that a dialog the click opens
/// runs its loop outside the poller.
void clickLater(QAbstractButton *button);

/// The result box of a publish: remembers its text and edit link and closes it.
std::function<bool(QWidget *)> closeResult(QString *text, QString *editLink);

/// Publishes the open article from `menu`'s Publish action; `answer` names the button of the
/// question on the way (empty: none is expected). The post id the saved file holds then, -1
/// when the publish did not end, -2 when the question was not asked.
qint64 publishFromMenu(PublishingMenu &menu, const QString &filePath, const QString &answer = {});

} // namespace quorum::test
