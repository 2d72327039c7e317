// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "featuredimagefield.h"

#include "imagepaths.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
bool isAddress(const QString &path)
{
    return path.startsWith(u"https://"_s) || path.startsWith(u"http://"_s);
}
} // namespace

FeaturedImageField::FeaturedImageField(QWidget *parent)
    : QWidget(parent)
    , m_thumbnail(new QLabel(this))
    , m_pathLabel(new QLabel(this))
    , m_choose(new QPushButton(tr("C&hoose…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_thumbnail, 0, Qt::AlignTop);
    auto *side = new QVBoxLayout;
    side->addWidget(m_pathLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    side->addLayout(buttons);
    side->addStretch(1);
    layout->addLayout(side, 1);

    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_thumbnail->setAccessibleName(tr("Featured image preview"));
    m_pathLabel->setTextFormat(Qt::PlainText);
    m_pathLabel->setWordWrap(true);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setAccessibleName(tr("Featured image file"));
    m_choose->setAccessibleName(tr("Choose featured image"));
    m_remove->setAccessibleName(tr("Remove featured image"));
    setFocusProxy(m_choose);

    connect(m_choose, &QPushButton::clicked, this, &FeaturedImageField::choose);
    connect(m_remove, &QPushButton::clicked, this, &FeaturedImageField::removed);
    showThumbnail();
}

void FeaturedImageField::setImage(const QString &path, const QString &articleFile)
{
    if (path == m_path && articleFile == m_articleFile)
        return;
    m_path = path;
    m_articleFile = articleFile;
    showThumbnail();
}

QString FeaturedImageField::storedPath(const QString &absolutePath, const QString &articleFile)
{
    return storedImagePath(
        absolutePath, articleFile.isEmpty() ? QString() : QFileInfo(articleFile).absolutePath());
}

QString FeaturedImageField::resolvedPath(const QString &path, const QString &articleFile)
{
    if (path.isEmpty() || isAddress(path) || QDir::isAbsolutePath(path))
        return path;
    const QDir folder =
        articleFile.isEmpty() ? QDir::current() : QFileInfo(articleFile).absoluteDir();
    return QDir::cleanPath(folder.absoluteFilePath(path));
}

void FeaturedImageField::choose()
{
    QString file;
    if (m_chooser) {
        file = m_chooser();
    } else {
        QString start = QFileInfo(resolvedPath(m_path, m_articleFile)).absolutePath();
        if (m_path.isEmpty() || isAddress(m_path))
            start = m_articleFile.isEmpty()
                        ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                        : QFileInfo(m_articleFile).absolutePath();
        file = QFileDialog::getOpenFileName(this, tr("Choose Featured Image"), start,
                                            tr("Images (*.png *.jpg *.jpeg *.webp *.gif *.avif)"));
    }
    if (!file.isEmpty())
        emit chosen(file);
}

void FeaturedImageField::changeEvent(QEvent *event)
{
    // The thumbnail is drawn for the screen's pixel ratio and the palette's frame.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        showThumbnail();
    QWidget::changeEvent(event);
}

void FeaturedImageField::showThumbnail()
{
    const int line = fontMetrics().height();
    const QSize box(line * 8, line * 9 / 2);
    m_thumbnail->setFixedSize(box);
    m_remove->setEnabled(!m_path.isEmpty());
    m_pathLabel->setText(m_path.isEmpty() ? tr("No featured image") : m_path);
    m_pathLabel->setToolTip(resolvedPath(m_path, m_articleFile));
    m_thumbnail->setPixmap({});
    if (m_path.isEmpty()) {
        m_thumbnail->setText(tr("None"));
        return;
    }
    if (isAddress(m_path)) {
        m_thumbnail->setText(tr("On the site"));
        return;
    }
    QImageReader reader(resolvedPath(m_path, m_articleFile));
    reader.setAutoTransform(true);
    const qreal ratio = devicePixelRatioF();
    const QSize inner = (box - QSize(4, 4)) * ratio;
    if (reader.size().isValid())
        reader.setScaledSize(reader.size().scaled(inner, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        m_thumbnail->setText(tr("Cannot show this image"));
        m_thumbnail->setWordWrap(true);
        return;
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(ratio);
    m_thumbnail->setPixmap(pixmap);
}

} // namespace quorum
