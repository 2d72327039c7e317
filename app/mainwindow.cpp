// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mainwindow.h"

#include "articledetailsform.h"
#include "articledocument.h"
#include "articleexport.h"
#include "articlefile.h"
#include "articlestatuswidget.h"
#include "articlewording.h"
#include "autosave.h"
#include "contentrenderer.h"
#include "findbar.h"
#include "markdown.h"
#include "markdownedit.h"
#include "preferencesdialog.h"
#include "previewpane.h"
#include "previewsettings.h"
#include "previewview.h"
#include "publishedaddress.h"
#include "publishingmenu.h"
#include "recentfiles.h"
#include "reviewdocks.h"
#include "reviewsettings.h"
#include "reviewworkflow.h"
#include "sectioneditor.h"
#include "sectioneditorstack.h"
#include "sectionoutline.h"
#include "translations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static void initAppResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace quorum {

namespace {
const char *const kFileFilter =
    QT_TRANSLATE_NOOP("quorum::MainWindow", "Quorum articles (*.quorum)");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ArticleDocument(this))
    , m_outline(new SectionOutline(m_document, this))
    , m_editorStack(new QStackedWidget(this))
    , m_detailsForm(new ArticleDetailsForm(m_document, this))
    , m_sectionEditors(new SectionEditorStack(m_document, this))
    , m_previewPane(new PreviewPane(m_document, this))
    , m_findBar(new FindBar(m_document, this))
    , m_splitter(new QSplitter(this))
    , m_autosave(new Autosave(m_document, this))
    , m_status(new ArticleStatusWidget(m_document, this))
    , m_review(nullptr)
{
    initAppResources();
    m_editorStack->addWidget(m_detailsForm);
    m_editorStack->addWidget(m_sectionEditors);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_outline);
    m_splitter->addWidget(m_editorStack);
    m_splitter->addWidget(m_previewPane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({220, 480, 700});
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_splitter, 1);
    centralLayout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);
    resize(1400, 860);
    setAcceptDrops(true);
    connect(m_findBar, &FindBar::revealRequested, this, &MainWindow::reveal);
    askBeforeMovingPublishedPosts(m_detailsForm->slugField(), m_document, this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The recovery copy could not be written: %1").arg(error));
    });

    connect(m_outline, &SectionOutline::sectionSelected, this, &MainWindow::showPart);
    connect(preview(), &PreviewView::sectionClicked, m_outline, &SectionOutline::selectSection);
    connect(preview(), &PreviewView::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_sectionEditors, &SectionEditorStack::markdownCursorMoved, this,
            &MainWindow::followCursor);
    statusBar()->addPermanentWidget(m_status);
    m_review = new ReviewDocks(this);
    connect(m_document, &ArticleDocument::reviewStatusChanged, this, &MainWindow::updateTitle);
    preview()->setRemoteImagesAllowed(PreviewSettings::instance()->remoteImages());
    connect(m_document, &ArticleDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::metaChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::articleReset, this, &MainWindow::updateTitle);
    createActions();
    updateTitle();
    restoreLayout();
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // The document was made first, so QObject would delete it before the editors; but an
    // editor may still write to it while it goes (a field that loses the focus commits). The
    // widgets go first, the document last.
    m_document->setParent(nullptr);
    const std::unique_ptr<ArticleDocument> document(m_document);
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, [this] { newArticle(); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        if (!maybeSave())
            return;
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open Article"), QString(), tr(kFileFilter));
        if (!path.isEmpty())
            openFile(path);
    });
    auto *recent = new RecentFilesMenu(this);
    file->addMenu(recent);
    connect(recent, &RecentFilesMenu::fileChosen, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addAction(tr("Re&vert to Saved"), this, [this] { revert(); });
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("As &Web Page…"), this,
                          [this] { exportArticle(this, m_document, ExportKind::Page); });
    exportMenu->addAction(tr("As &PDF…"), QKeySequence(u"Ctrl+Shift+E"_s), this,
                          [this] { exportArticle(this, m_document, ExportKind::Pdf); });
    exportMenu->addAction(tr("As &Markdown…"), this,
                          [this] { exportArticle(this, m_document, ExportKind::Markdown); });
    file->addSeparator();
    file->addAction(tr("&Close Window"), QKeySequence::Close, this, &QWidget::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Find…"), QKeySequence::Find, m_findBar, &FindBar::showFind);
    edit->addAction(tr("&Replace…"), QKeySequence::Replace, m_findBar, &FindBar::showReplace);
    edit->addAction(tr("Find &Next"), QKeySequence::FindNext, m_findBar, &FindBar::findNext);
    edit->addAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_findBar,
                    &FindBar::findPrevious);
    edit->addSeparator();
    edit->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_review->setUserName(ReviewSettings::userName());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_previewPane->zoomInAction());
    view->addAction(m_previewPane->zoomOutAction());
    view->addAction(m_previewPane->resetZoomAction());
    view->addSeparator();
    view->addAction(m_previewPane->mobileWidthAction());
    view->addActions(m_previewPane->themeActions());
    view->addSeparator();
    // The setting is the one source of truth: the menu and the Preferences change it, and
    // every window's menu and preview follow it.
    PreviewSettings *settings = PreviewSettings::instance();
    QAction *remoteImages = view->addAction(tr("Load &Remote Images"));
    remoteImages->setObjectName(u"remoteImagesAction"_s);
    remoteImages->setCheckable(true);
    remoteImages->setChecked(settings->remoteImages());
    connect(remoteImages, &QAction::toggled, settings, &PreviewSettings::setRemoteImages);
    connect(settings, &PreviewSettings::remoteImagesChanged, this,
            [this, remoteImages](bool allowed) {
                remoteImages->setChecked(allowed);
                preview()->setRemoteImagesAllowed(allowed);
            });

    auto *publishing = new PublishingMenu(m_document, this);
    menuBar()->addMenu(publishing);
    // A post pulled from the site (Open from Site, or the site's side of a conflict) opens in
    // a window of its own, so the article being edited stays as it is.
    connect(publishing, &PublishingMenu::openArticleRequested, this, [](const Article &article) {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->document()->reset(article);
        window->show();
    });
    QToolBar *toolBar = addToolBar(tr("Article"));
    toolBar->setObjectName(u"articleToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(publishing->publishAction());

    QMenu *sections = menuBar()->addMenu(tr("&Section"));
    sections->addActions(m_outline->sectionActions());
    menuBar()->addMenu(m_review->menu());
    createFormatMenu();
    connect(m_sectionEditors, &SectionEditorStack::spellingUnavailable, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
}

SectionEditor *MainWindow::currentSectionEditor() const
{
    return m_editorStack->currentWidget() == m_sectionEditors ? m_sectionEditors->currentEditor()
                                                              : nullptr;
}

MarkdownEdit *MainWindow::currentMarkdownEdit() const
{
    SectionEditor *editor = currentSectionEditor();
    return editor ? editor->markdownEdit() : nullptr;
}

void MainWindow::createFormatMenu()
{
    // The Markdown editor handles these keys itself; the menu makes them discoverable and
    // reachable from the keyboard.
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    auto forEditor = [this](void (MarkdownEdit::*toggle)()) {
        return [this, toggle] {
            if (MarkdownEdit *edit = currentMarkdownEdit()) {
                (edit->*toggle)();
                edit->setFocus();
            }
        };
    };
    QAction *bold = format->addAction(tr("&Bold"), this, forEditor(&MarkdownEdit::toggleBold));
    bold->setShortcut(QKeySequence::Bold);
    QAction *italic =
        format->addAction(tr("&Italic"), this, forEditor(&MarkdownEdit::toggleItalic));
    italic->setShortcut(QKeySequence::Italic);
    QAction *link = format->addAction(tr("&Link"), this, forEditor(&MarkdownEdit::toggleLink));
    link->setShortcut(QKeySequence(u"Ctrl+K"_s));
    connect(format, &QMenu::aboutToShow, this, [this, bold, italic, link] {
        const bool markdown = currentMarkdownEdit() != nullptr;
        for (QAction *action : {bold, italic, link})
            action->setEnabled(markdown);
    });
}

PreviewView *MainWindow::preview() const
{
    return m_previewPane->view();
}

void MainWindow::followCursor(const QString &sectionId, MarkdownEdit *edit)
{
    const Section *section = m_document->section(sectionId);
    if (!section)
        return;
    const int first = ContentRenderer::firstMarkdownElement(m_document->article(), *section);
    if (first < 0)
        return;
    const int line = edit->textCursor().blockNumber() + 1;
    const int block = MarkdownRenderer::blockAtLine(section->markdown, line);
    preview()->showSection(section->id, block < 0 ? 0 : first + block);
}

void MainWindow::showPart(const QString &sectionId)
{
    preview()->showSection(sectionId);
    if (sectionId.isEmpty()) {
        m_editorStack->setCurrentWidget(m_detailsForm);
        return;
    }
    m_sectionEditors->showSection(sectionId);
    m_editorStack->setCurrentWidget(m_sectionEditors);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(u"%1[*] — %2 — Quorum"_s.arg(
        name, reviewStatusName(m_document->article().meta.reviewStatus)));
    setWindowModified(m_document->isModified());
}

bool MainWindow::newArticle()
{
    if (!maybeSave())
        return false;
    const ArticleFile::LoadResult result =
        ArticleFile::load(u":/quorum/templates/new-article.quorum"_s);
    Q_ASSERT_X(result.ok, "newArticle", qPrintable(result.error));
    // A new article speaks the interface's language until the writer says otherwise.
    const QString language = interfaceLanguage();
    m_document->reset(withArticleLanguage(result.article, language.isEmpty() ? u"en"_s : language));
    return true;
}

MainWindow *MainWindow::windowWithFile(const QString &path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    if (wanted.isEmpty())
        return nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        // A closed window no longer has its file open, even while it still exists.
        if (window && window->isVisible() && !window->m_document->filePath().isEmpty() &&
            QFileInfo(window->m_document->filePath()).canonicalFilePath() == wanted)
            return window;
    }
    return nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    // The same file open twice would let one copy's save overwrite the other's edits.
    if (MainWindow *window = windowWithFile(path)) {
        window->raise();
        window->activateWindow();
        window->statusBar()->showMessage(
            tr("“%1” is already open here.").arg(QFileInfo(path).fileName()), 5000);
        return window == this;
    }
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::warning(
            this, tr("Cannot Open Article"),
            tr("Quorum cannot open “%1”:\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    RecentFilesMenu::add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->isModified())
        return false;
    const auto answer =
        QMessageBox::question(this, tr("Revert to Saved"),
                              tr("Throw away the changes made since “%1” was last saved?")
                                  .arg(QFileInfo(path).fileName()),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Revert"),
                             tr("Quorum cannot read “%1” again:\n%2\n\nYour changes are still "
                                "here.")
                                 .arg(QFileInfo(path).fileName(), error));
        return false;
    }
    return true;
}

bool MainWindow::restoreRecovery(const RecoveryEntry &entry)
{
    Article article;
    QString error;
    if (!Autosave::read(entry, &article, &error)) {
        QMessageBox::warning(this, tr("Cannot Restore"),
                             tr("The recovery copy cannot be read:\n%1").arg(error));
        return false;
    }
    m_document->reset(article, entry.originalPath);
    // What was restored is not saved anywhere but in the recovery copy: it is unsaved work.
    m_document->undoStack()->resetClean();
    if (!m_autosave->writeNow(&error)) {
        QMessageBox::warning(this, tr("Cannot Restore"),
                             tr("The restored article cannot be kept safe:\n%1\n\nThe recovery "
                                "copy stays where it is.")
                                 .arg(error));
        return false;
    }
    Autosave::remove(entry);
    statusBar()->showMessage(tr("Restored the unsaved changes."), 5000);
    return true;
}

void MainWindow::reveal(const TextLocation &location)
{
    m_outline->selectSection(location.sectionId);
    if (location.isMeta()) {
        m_detailsForm->revealText(location);
        return;
    }
    if (SectionEditor *editor = currentSectionEditor())
        editor->revealText(location);
}

bool MainWindow::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Article"), m_document->filePath(),
                                                tr(kFileFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".quorum"_s;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_document->save(&error, path)) {
        QMessageBox::critical(this, tr("Cannot Save Article"),
                              tr("The article was not saved:\n%1\n\nYour changes are still here; "
                                 "try saving to another place with Save As.")
                                  .arg(error));
        return false;
    }
    RecentFilesMenu::add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("The article has changes that are not saved. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_autosave->discard();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
}

namespace {
/// The .quorum files among dropped URLs.
QStringList droppedArticles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".quorum"_s, Qt::CaseInsensitive))
            paths.append(url.toLocalFile());
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedArticles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedArticles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(paths.first());
}

} // namespace quorum
