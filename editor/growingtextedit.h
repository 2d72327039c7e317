// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QPlainTextEdit>

namespace quorum {

/// A plain text field that is always as tall as its text wraps to at its width, so that a
/// sentence is read whole without scrolling (a TL;DR bullet). Tab moves the focus on.
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitHeight();
};

} // namespace quorum
