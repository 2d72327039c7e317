// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace quorum {

/// Quorum's settings: the name review comments and status changes are signed with, whether
/// publishing an unapproved article asks first, whether the preview and the exports load
/// images from other hosts (the same setting as View ▸ Load Remote Images), and the paper of
/// exported PDFs.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QLineEdit *userNameEdit() const { return m_userName; }
    QCheckBox *confirmPublishBox() const { return m_confirmPublish; }
    QCheckBox *remoteImagesBox() const { return m_remoteImages; }
    /// A4 and Letter, with the QPageSize::PageSizeId as item data.
    QComboBox *pageSizeBox() const { return m_pageSize; }

    /// Writes the settings (on Accept).
    void apply();

private:
    QLineEdit *m_userName;
    QCheckBox *m_confirmPublish;
    QCheckBox *m_remoteImages;
    QComboBox *m_pageSize;
};

} // namespace quorum
