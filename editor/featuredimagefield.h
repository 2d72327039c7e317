// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace quorum {

/// The featured image of an article: a thumbnail, the path as the article stores it, a
/// Choose… button (a file dialog) and a Remove button. It does not edit the document; it
/// reports what the user chose and the form makes the edit.
class FeaturedImageField : public QWidget
{
    Q_OBJECT

public:
    explicit FeaturedImageField(QWidget *parent = nullptr);

    /// Shows the image the article stores as `path` (see storedPath); `articleFile` is the
    /// .quorum file that relative paths are relative to (empty for an unsaved article).
    void setImage(const QString &path, const QString &articleFile);
    QString image() const { return m_path; }

    /// Replaces the file dialog (tests); the function returns an absolute path or nothing.
    void setChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }

    QPushButton *chooseButton() const { return m_choose; }
    QPushButton *removeButton() const { return m_remove; }
    /// The thumbnail, or a line saying why there is none.
    QLabel *thumbnail() const { return m_thumbnail; }

    /// How the article stores `absolutePath`: relative to the folder of `articleFile` when
    /// the image is inside it, with '/' separators; otherwise the absolute path.
    static QString storedPath(const QString &absolutePath, const QString &articleFile);
    /// The file a stored `path` names: relative paths are resolved against the folder of
    /// `articleFile`; an address (https://) stays as it is.
    static QString resolvedPath(const QString &path, const QString &articleFile);

signals:
    /// The user chose the image at `absolutePath`.
    void chosen(const QString &absolutePath);
    /// The user removed the image.
    void removed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void showThumbnail();

    QString m_path;
    QString m_articleFile;
    QLabel *m_thumbnail;
    QLabel *m_pathLabel;
    QPushButton *m_choose;
    QPushButton *m_remove;
    std::function<QString()> m_chooser;
};

} // namespace quorum
