// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "previewview.h"

#include "articledocument.h"
#include "previewbridge.h"
#include "previewscheme.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {

// How much block markup the first page of an article holds (see reloadArticle()): many
// screens of text, and a fraction of a long article.
constexpr qsizetype kFirstPageMarkup = 64 * 1024;
// How long the rest waits for the first page's first frame at most.
constexpr int kFirstFrameWaitMs = 250;

// A page that shows what it is given and goes nowhere else.
class LockedPage : public QWebEnginePage
{
public:
    LockedPage(QWebEngineProfile *profile, std::function<void(const QUrl &)> onLink,
               QObject *parent)
        : QWebEnginePage(profile, parent)
        , m_onLink(std::move(onLink))
    {}

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type == NavigationTypeLinkClicked) {
            if (url.scheme() == u"http" || url.scheme() == u"https")
                m_onLink(url);
            return false;
        }
        return isMainFrame && url.scheme() == previewPageUrl().scheme();
    }

    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }

private:
    std::function<void(const QUrl &)> m_onLink;
};

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A value as a JavaScript literal.
QString jsLiteral(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .mid(1);
}

// The load number a page address carries.
int loadOf(const QUrl &url)
{
    return QUrlQuery(url).queryItemValue(u"load"_s).toInt();
}

} // namespace

PreviewView::PreviewView(ArticleDocument *document, QWidget *parent)
    : QWebEngineView(parent)
    , m_document(document)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing is stored on disk
    , m_scheme(new PreviewSchemeHandler(this))
    , m_bridge(new PreviewBridge(this))
{
    setAccessibleName(tr("Preview"));
    setContextMenuPolicy(Qt::NoContextMenu);
    // The page shows the footnotes as the site does, listed where their block stands.
    m_renderer.setFootnotesListShown(true);
    m_profile->installUrlSchemeHandler(previewPageUrl().scheme().toUtf8(), m_scheme);
    m_page = new LockedPage(
        m_profile, [this](const QUrl &url) { emit linkActivated(url); }, this);

    // The page's own world runs nothing: the content is inert even if sanitizing ever failed.
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    // The page is local content (quorum-preview: is a local scheme), which Qt WebEngine lets
    // reach no remote URL unless allowed; the page's Content-Security-Policy then limits
    // what may load to images, and only when remote images are allowed.
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls,
                           m_options.remoteImages);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);

    QWebEngineScript script;
    script.setName(u"quorum-preview"_s);
    script.setSourceCode(readResource(u":/qtwebchannel/qwebchannel.js"_s) +
                         readResource(u":/quorum/preview/preview.js"_s));
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    m_page->scripts().insert(script);
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(u"quorumBridge"_s, m_bridge);
    m_page->setWebChannel(channel, QWebEngineScript::ApplicationWorld);
    setPage(m_page);

    // Only the page of the current load counts: a load stopped by a newer one, or the script
    // of a page already replaced, must not make the new page ready before it is.
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus ||
                    loadOf(info.url()) != m_loadCount)
                    return;
                m_loaded = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
                if (!m_loaded)
                    emit pageLoaded(false);
                becomeReadyIfLoaded();
            });
    connect(m_bridge, &PreviewBridge::ready, this, [this](int load) {
        if (load != m_loadCount)
            return;
        m_scriptReady = true;
        becomeReadyIfLoaded();
    });
    connect(m_bridge, &PreviewBridge::patchPainted, this, &PreviewView::patchPainted);
    connect(m_bridge, &PreviewBridge::firstFrameShown, this, &PreviewView::startFilling);
    connect(m_bridge, &PreviewBridge::clicked, this, [this](const QString &id) {
        m_clickedSection = id;
        emit sectionClicked(id);
    });

    // Zero delay: every edit of one pass through the event loop lands in one patch.
    m_patchTimer.setSingleShot(true);
    m_patchTimer.setInterval(0);
    connect(&m_patchTimer, &QTimer::timeout, this, &PreviewView::sendPatch);

    connect(document, &ArticleDocument::articleReset, this, &PreviewView::reloadArticle);
    connect(document, &ArticleDocument::filePathChanged, this, &PreviewView::followFilePath);
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        markDirty(id);
        schedulePatch();
    });
    connect(document, &ArticleDocument::structureChanged, this, [this] {
        m_structureDirty = true;
        schedulePatch();
    });
    connect(document, &ArticleDocument::metaChanged, this, [this] {
        m_metaDirty = true;
        schedulePatch();
    });
}

PreviewView::~PreviewView()
{
    // The page must go before the profile it uses.
    setPage(nullptr);
    delete m_page;
}

void PreviewView::reloadArticle()
{
    const Article &article = m_document->article();
    // The page that loads holds the first sections only, a few screens' worth: a long article
    // then shows as fast as a short one, and the rest follows in the first patch, once the
    // reader already sees the top.
    QList<ContentRenderer::RenderedSection> sections;
    qsizetype markupSize = 0;
    for (const Section &section : article.sections) {
        if (markupSize >= kFirstPageMarkup)
            break;
        QString markup = m_renderer.renderSection(article, section);
        markupSize += markup.size();
        sections.append({section.id, std::move(markup)});
    }
    m_shownMarkup.clear();
    m_shownOrder.clear();
    for (const ContentRenderer::RenderedSection &section : sections) {
        m_shownMarkup.insert(section.id, section.markup);
        m_shownOrder.append(section.id);
    }
    m_shownHeader = previewHeaderHtml(article, pageOptions());
    m_shownLanguage = article.meta.language;
    m_shownTheme = previewThemeName(pageOptions().theme);
    m_dirtySections.clear();
    m_metaDirty = false;
    m_filling = sections.size() < article.sections.size();
    m_fillingStarted = false;
    m_structureDirty = m_filling; // the sections left out are "added" by the first patch
    m_patchInFlight = false;

    m_scheme->setPage(previewPageHtml(article, sections, pageOptions()).toUtf8());
    m_scheme->setBaseDirectory(baseDirectory());
    m_loaded = m_scriptReady = m_ready = false;
    // A new address each time, so that nothing cached stands in for the new page.
    QUrl url = previewPageUrl();
    url.setQuery(u"load=%1"_s.arg(++m_loadCount));
    m_page->load(url);
}

void PreviewView::becomeReadyIfLoaded()
{
    if (m_ready || !m_loaded || !m_scriptReady)
        return;
    m_ready = true;
    applyTheme(); // chosen while the page was on its way
    scrollToShownSection();
    emit pageLoaded(true);
    if (m_filling) {
        // The rest of a long article waits for the first page's first frame, so that the
        // reader sees the top at once; a view that is not on screen draws no frames, hence
        // the timer.
        const int load = m_loadCount;
        m_page->runJavaScript(
            u"requestAnimationFrame(() => window.quorumPreview.firstFrame(%1))"_s.arg(load),
            QWebEngineScript::ApplicationWorld);
        QTimer::singleShot(kFirstFrameWaitMs, this, [this, load] { startFilling(load); });
        return;
    }
    emit articleComplete();
    schedulePatch(); // edits made while the page was loading
}

void PreviewView::startFilling(int load)
{
    if (load != m_loadCount || !m_ready || m_fillingStarted)
        return;
    m_fillingStarted = true;
    schedulePatch(); // the sections left out of the first page, and edits made meanwhile
}

void PreviewView::markDirty(const QString &id)
{
    m_dirtySections.insert(id);
    const Section *section = m_document->section(id);
    if (!section)
        return;
    // Footnotes are numbered across the article and listed in one place: a section that
    // refers to footnotes, or did, may change the others that do and the list.
    const Article &article = m_document->article();
    if (m_shownMarkup.value(id).contains(u" data-fn=\""_s) ||
        FootnoteCollector(&article).mayReference(*section))
        markFootnotesDirty();
    // A computed verdict follows the voices; stance badges follow the verdict's order.
    const bool voices = section->kind == SectionKind::ForumVoices;
    const bool verdict = section->kind == SectionKind::Verdict;
    if (!voices && !verdict)
        return;
    for (const Section &other : m_document->article().sections) {
        if ((voices && other.kind == SectionKind::Verdict && other.stancesFromVoices) ||
            (verdict && other.kind == SectionKind::ForumVoices))
            m_dirtySections.insert(other.id);
    }
}

void PreviewView::markFootnotesDirty()
{
    for (const QString &id : ContentRenderer::followingFootnotes(m_document->article()))
        m_dirtySections.insert(id);
}

void PreviewView::schedulePatch()
{
    if (m_ready && !m_patchInFlight)
        m_patchTimer.start();
}

void PreviewView::sendPatch()
{
    if (!m_ready || m_patchInFlight || (m_filling && !m_fillingStarted))
        return;
    const Article &article = m_document->article();

    QJsonValue order = QJsonValue::Null;
    if (m_structureDirty) {
        QStringList ids;
        for (const Section &section : article.sections) {
            ids.append(section.id);
            if (!m_shownMarkup.contains(section.id))
                markDirty(section.id);
        }
        for (const QString &gone : std::as_const(m_shownOrder)) {
            if (!ids.contains(gone))
                m_shownMarkup.remove(gone);
        }
        // Positions moved: dependent renderings (stance colours, footnote numbers, where the
        // footnotes are listed) may have too.
        for (const Section &section : article.sections) {
            if (section.kind == SectionKind::Verdict)
                markDirty(section.id);
        }
        markFootnotesDirty();
        if (!m_shownOrder.isEmpty() && ids.contains(m_shownOrder.last()))
            m_dirtySections.insert(m_shownOrder.last()); // it may have held the list
        if (ids != m_shownOrder)
            order = QJsonArray::fromStringList(ids);
        m_shownOrder = ids;
        m_structureDirty = false;
    }

    // A heading left empty is published as the kind's heading in the article's language.
    if (m_metaDirty && article.meta.language != m_shownLanguage) {
        for (const Section &section : article.sections) {
            if (section.heading.trimmed().isEmpty())
                m_dirtySections.insert(section.id);
        }
    }

    QJsonArray sections;
    for (const QString &id : std::as_const(m_dirtySections)) {
        const Section *section = m_document->section(id);
        if (!section)
            continue;
        QString markup = m_renderer.renderSection(article, *section);
        if (const auto shown = m_shownMarkup.constFind(id);
            shown != m_shownMarkup.cend() && *shown == markup)
            continue; // a hash lookup, not two
        sections.append(QJsonObject{{u"id"_s, id}, {u"html"_s, markup}});
        m_shownMarkup.insert(id, std::move(markup));
    }
    m_dirtySections.clear();

    QJsonValue header = QJsonValue::Null;
    QJsonValue language = QJsonValue::Null;
    if (m_metaDirty) {
        const QString html = previewHeaderHtml(article, pageOptions());
        if (html != m_shownHeader)
            header = m_shownHeader = html;
        if (article.meta.language != m_shownLanguage)
            language = m_shownLanguage = article.meta.language;
        m_metaDirty = false;
    }
    if (sections.isEmpty() && order.isNull() && header.isNull() && language.isNull())
        return;

    const QJsonObject change{{u"sequence"_s, ++m_sequence},
                             {u"sections"_s, sections},
                             {u"order"_s, order},
                             {u"header"_s, header},
                             {u"language"_s, language}};
    m_patchInFlight = true;
    const int sequence = m_sequence;
    const int load = m_loadCount;
    const bool fills = std::exchange(m_filling, false) && !order.isNull();
    // A patch that throws, or a page that lost its script, answers -1.
    m_page->runJavaScript(
        u"(() => { try { return window.quorumPreview.patch(%1); } catch (e) { return -1; } })()"_s
            .arg(jsLiteral(change)),
        QWebEngineScript::ApplicationWorld, [this, sequence, load, fills](const QVariant &result) {
            if (load != m_loadCount)
                return; // sent to a page since replaced
            m_patchInFlight = false;
            bool number = false;
            const double ms = result.toDouble(&number);
            if (!number || ms < 0) {
                // What the page shows is unknown now: show the article afresh.
                reloadArticle();
                return;
            }
            emit patched(sequence, ms);
            if (fills) {
                scrollToShownSection(); // it may be one of the sections that just came
                emit articleComplete();
            }
            // What changed while this patch travelled goes next, newest only.
            if (!m_dirtySections.isEmpty() || m_structureDirty || m_metaDirty)
                schedulePatch();
        });
}

void PreviewView::showSection(const QString &id, int element)
{
    m_shownSection = id;
    m_shownElement = element;
    // The reader just clicked this section, so it is in view: selecting it in the editor must
    // not scroll the page away from under the mouse.
    if (element == 0 && std::exchange(m_clickedSection, QString()) == id)
        return;
    scrollToShownSection();
}

void PreviewView::scrollToShownSection()
{
    if (!m_ready || m_shownSection.isEmpty())
        return;
    m_page->runJavaScript(
        u"window.quorumPreview.show(%1, %2)"_s.arg(jsLiteral(m_shownSection)).arg(m_shownElement),
        QWebEngineScript::ApplicationWorld);
}

PreviewPageOptions PreviewView::pageOptions() const
{
    PreviewPageOptions options = m_options;
    options.theme = m_theme;
    if (m_theme == PreviewTheme::System) {
        options.theme = palette().color(QPalette::Window).lightness() < 128 ? PreviewTheme::Dark
                                                                            : PreviewTheme::Light;
    }
    return options;
}

void PreviewView::setTheme(PreviewTheme theme)
{
    m_theme = theme;
    applyTheme();
}

void PreviewView::applyTheme()
{
    // A page still loading may carry an older theme: becoming ready applies the current one.
    const QString name = previewThemeName(pageOptions().theme);
    if (!m_ready || name == m_shownTheme)
        return;
    m_shownTheme = name;
    m_page->runJavaScript(u"window.quorumPreview.setTheme(%1)"_s.arg(jsLiteral(name)),
                          QWebEngineScript::ApplicationWorld);
}

QString PreviewView::baseDirectory() const
{
    const QString path = m_document->filePath();
    return path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
}

void PreviewView::followFilePath()
{
    // Opening an article changes the path too, and reloads right after (articleReset); a
    // save to another folder (the first save of a new article) does not, yet images beside
    // the article resolve in that folder now, and those that failed must load again.
    if (m_loadCount == 0 || baseDirectory() == m_scheme->baseDirectory())
        return;
    const int load = m_loadCount;
    QMetaObject::invokeMethod(
        this,
        [this, load] {
            if (load == m_loadCount)
                reloadArticle();
        },
        Qt::QueuedConnection);
}

void PreviewView::setRemoteImagesAllowed(bool allowed)
{
    if (m_options.remoteImages == allowed)
        return;
    m_options.remoteImages = allowed;
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, allowed);
    reloadArticle();
}

} // namespace quorum
