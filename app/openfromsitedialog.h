// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "article.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace quorum {

class PullJob;

/// "Open from Site": pick a site and a post (its id, or an address that carries the id such as
/// the edit link or a `?p=` link), and fetch it with PullJob. Accepted once the post is here:
/// article() holds it.
class OpenFromSiteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenFromSiteDialog(QWidget *parent = nullptr);

    /// After the dialog was accepted: the post as an article, bound to the post.
    const Article &article() const { return m_article; }
    /// What the writer should know about the pulled post (PullJob::warnings()).
    const QStringList &warnings() const { return m_warnings; }

    /// The post id in what the writer typed: a number, `?p=ID`, `post.php?post=ID`,
    /// `.../wp/v2/posts/ID`; 0 when there is none.
    static qint64 postIdFrom(const QString &text);

public slots:
    void accept() override;
    void reject() override;

private:
    void setBusy(bool busy);

    QComboBox *m_site;
    QLineEdit *m_post;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPointer<PullJob> m_job;
    Article m_article;
    QStringList m_warnings;
};

} // namespace quorum
