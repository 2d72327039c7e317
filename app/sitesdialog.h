// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace quorum {

/// "Manage Sites": the site profiles, with Add, Edit (SiteEditDialog) and Remove, which also
/// removes the profile's password from the keychain.
class SitesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SitesDialog(QWidget *parent = nullptr);

    /// Selects the profile named `name` in the list.
    void select(const QString &name);

public slots:
    void addSite();
    void editSite();
    void removeSite();

private:
    void reload();
    QString selectedName() const;

    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace quorum
