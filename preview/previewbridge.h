// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QObject>

namespace quorum {

/// What the preview page's script (preview.js, in Quorum's isolated world) tells the
/// application, through a QWebChannel. Each slot re-emits as a signal.
class PreviewBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

public slots:
    /// `load` is the page's load number (its address's `load` query item).
    void pageReady(int load) { emit ready(load); }
    void painted(int sequence, double frameMs) { emit patchPainted(sequence, frameMs); }
    void sectionClicked(const QString &id) { emit clicked(id); }
    void firstFrame(int load) { emit firstFrameShown(load); }

signals:
    /// The script of the page of load `load` is connected and can patch.
    void ready(int load);
    /// The frame after patch `sequence` is laid out, `frameMs` after the patch started.
    void patchPainted(int sequence, double frameMs);
    /// The page of load `load` has laid out its first frame since it was ready.
    void firstFrameShown(int load);
    /// The reader clicked inside section `id`.
    void clicked(const QString &id);
};

} // namespace quorum
