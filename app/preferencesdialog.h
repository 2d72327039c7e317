// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace quorum {

/// Quorum's settings: the name review comments and status changes are signed with, and
/// whether publishing an unapproved article asks first. (Remote images in the preview are a
/// toggle in the View menu.)
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *userNameEdit() const { return m_userName; }
    QCheckBox *confirmPublishBox() const { return m_confirmPublish; }

    /// Writes the settings (on Accept).
    void apply();

private:
    QLineEdit *m_userName;
    QCheckBox *m_confirmPublish;
};

} // namespace quorum
