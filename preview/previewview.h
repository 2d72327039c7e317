// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "contentrenderer.h"
#include "previewpage.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <QWebEngineView>

class QWebEngineProfile;

namespace quorum {

class ArticleDocument;
class PreviewBridge;
class PreviewSchemeHandler;

/// Shows the article as the published post and keeps up with every edit without reloading.
///
/// The page loads once per article. After that, an edit re-renders only the sections it
/// changed (and the verdicts and voices that depend on them) and patches those sections' DOM
/// from Quorum's isolated script world; bursts of edits merge into one patch of the newest
/// state, and the reader's scroll position stays put. The page itself runs no script at all,
/// and it never navigates: clicked http(s) links are handed out through linkActivated().
class PreviewView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PreviewView(ArticleDocument *document, QWidget *parent = nullptr);
    ~PreviewView() override;

    /// Loads the page for the current article from scratch (opening an article, a settings
    /// change). Edits never need this; the view reloads by itself when a patch fails in the
    /// page, and when a save moves the article to another folder (its relative images).
    void reloadArticle();
    /// True once a page is loaded and its script is ready to patch.
    bool isReady() const { return m_ready; }

    /// Brings section `id` into view, and within it the `element`-th top-level element
    /// (0 is the heading); kept across reloads until another section is shown. A section the
    /// reader has just clicked (sectionClicked()) is already in view and stays where it is.
    void showSection(const QString &id, int element = 0);

    /// The page's colours; System follows the application's palette.
    void setTheme(PreviewTheme theme);
    PreviewTheme theme() const { return m_theme; }
    /// Whether images from other hosts load; changing it reloads the page.
    void setRemoteImagesAllowed(bool allowed);
    bool remoteImagesAllowed() const { return m_options.remoteImages; }

signals:
    /// A page for the current article finished loading and can be patched (`ok` false when
    /// the load failed).
    void pageLoaded(bool ok);
    /// Every section of the article is in the page: at once for an article whose markup fits
    /// the first page, after the first patch for a longer one.
    void articleComplete();
    /// Patch `sequence` is in the page's DOM; the page spent `patchMs` applying it.
    void patched(int sequence, double patchMs);
    /// The frame after patch `sequence` is laid out, `frameMs` after the patch started in
    /// the page.
    void patchPainted(int sequence, double frameMs);
    /// The reader clicked inside section `id`; the editor may select it.
    void sectionClicked(const QString &id);
    /// The reader clicked an http or https link; the page did not follow it. The window opens
    /// it in the desktop browser.
    void linkActivated(const QUrl &url);

private:
    void markDirty(const QString &id);
    void markFootnotesDirty();
    void schedulePatch();
    void sendPatch();
    void becomeReadyIfLoaded();
    void startFilling(int load);
    void applyTheme();
    void followFilePath();
    QString baseDirectory() const;
    void scrollToShownSection();
    PreviewPageOptions pageOptions() const;

    ArticleDocument *m_document;
    QWebEngineProfile *m_profile;
    PreviewSchemeHandler *m_scheme;
    PreviewBridge *m_bridge;
    QWebEnginePage *m_page;
    ContentRenderer m_renderer;
    PreviewPageOptions m_options;
    PreviewTheme m_theme = PreviewTheme::System;

    // What the page shows now, to send only what changed.
    QHash<QString, QString> m_shownMarkup;
    QStringList m_shownOrder;
    QString m_shownHeader;
    QString m_shownLanguage;
    QString m_shownTheme; ///< the page's theme name

    QSet<QString> m_dirtySections;
    bool m_structureDirty = false;
    bool m_filling = false;        ///< sections left out of the first page are still to be sent
    bool m_fillingStarted = false; ///< ...and the first page has had its first frame
    bool m_metaDirty = false;
    QTimer m_patchTimer;
    bool m_patchInFlight = false;
    int m_sequence = 0;

    bool m_loaded = false;
    bool m_scriptReady = false;
    bool m_ready = false;
    int m_loadCount = 0; ///< numbers the page loads; callbacks of an earlier one are ignored
    QString m_shownSection;
    QString m_clickedSection; ///< the section the reader last clicked, until it is shown
    int m_shownElement = 0;
};

} // namespace quorum
