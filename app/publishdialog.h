// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;

namespace quorum {

/// Where and how an article is published: the site profile and the post status.
struct PublishChoice
{
    QString site;   ///< the profile's name
    QString status; ///< draft, pending, publish or future
    QDateTime date; ///< for future: when
};

/// The short dialog before an article's first publish: which site, which status (and for a
/// scheduled post, when). "Manage Sites…" is at hand when there is no site yet.
class PublishDialog : public QDialog
{
    Q_OBJECT

public:
    /// Preselects `suggested` (a site and status; the site's default status when empty).
    PublishDialog(const PublishChoice &suggested, QWidget *parent = nullptr);

    PublishChoice choice() const;

private:
    void reloadSites(const QString &select);
    void siteChosen();

    QComboBox *m_site;
    QComboBox *m_status;
    QDateTimeEdit *m_date;
    QDialogButtonBox *m_buttons;
};

} // namespace quorum
