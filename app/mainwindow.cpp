// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mainwindow.h"

#include "articledetailsform.h"
#include "articledocument.h"
#include "articlefile.h"
#include "atomicwrite.h"
#include "contentrenderer.h"
#include "markdown.h"
#include "markdownexport.h"
#include "pdfexporter.h"
#include "plainsectioneditor.h"
#include "previewpane.h"
#include "previewview.h"
#include "publishingmenu.h"
#include "sectionoutline.h"
#include "standalonepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

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
    , m_sectionEditor(new PlainSectionEditor(m_document, this))
    , m_previewPane(new PreviewPane(m_document, this))
{
    initAppResources();
    m_editorStack->addWidget(m_detailsForm);
    m_editorStack->addWidget(m_sectionEditor);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_editorStack);
    splitter->addWidget(m_previewPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 480, 700});
    setCentralWidget(splitter);
    resize(1400, 860);

    connect(m_outline, &SectionOutline::sectionSelected, this, &MainWindow::showPart);
    connect(preview(), &PreviewView::sectionClicked, m_outline, &SectionOutline::selectSection);
    connect(preview(), &PreviewView::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_sectionEditor->textEdit(), &QPlainTextEdit::cursorPositionChanged, this,
            &MainWindow::followCursor);
    preview()->setRemoteImagesAllowed(QSettings().value(u"preview/remoteImages"_s, true).toBool());
    connect(m_document, &ArticleDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::metaChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ArticleDocument::articleReset, this, &MainWindow::updateTitle);
    createActions();
    updateTitle();
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow() = default;

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
    file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(); });
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(); });
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("As &Web Page…"), this, [this] { exportAs(ExportKind::Page); });
    exportMenu->addAction(tr("As &PDF…"), QKeySequence(u"Ctrl+Shift+E"_s), this,
                          [this] { exportAs(ExportKind::Pdf); });
    exportMenu->addAction(tr("As &Markdown…"), this, [this] { exportAs(ExportKind::Markdown); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_previewPane->zoomInAction());
    view->addAction(m_previewPane->zoomOutAction());
    view->addAction(m_previewPane->resetZoomAction());
    view->addSeparator();
    view->addAction(m_previewPane->mobileWidthAction());
    view->addActions(m_previewPane->themeActions());
    view->addSeparator();
    QAction *remoteImages = view->addAction(tr("Load &Remote Images"));
    remoteImages->setCheckable(true);
    remoteImages->setChecked(preview()->remoteImagesAllowed());
    connect(remoteImages, &QAction::toggled, this, [this](bool allowed) {
        QSettings().setValue(u"preview/remoteImages"_s, allowed);
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
    QMenu *add = sections->addMenu(tr("&Add Section"));
    for (SectionKind kind : allSectionKinds()) {
        add->addAction(defaultSectionHeading(kind), this, [this, kind] {
            const Section section = Section::create(kind);
            const qsizetype current =
                m_document->article().indexOfSection(m_outline->currentSectionId());
            m_document->insertSection(
                current < 0 ? m_document->article().sections.size() : current + 1, section);
            m_outline->selectSection(section.id);
        });
    }
    sections->addAction(tr("&Delete Section"), QKeySequence(u"Ctrl+Shift+Del"_s), this,
                        [this] { m_document->removeSection(m_outline->currentSectionId()); });
}

PreviewView *MainWindow::preview() const
{
    return m_previewPane->view();
}

void MainWindow::followCursor()
{
    const Section *section = m_document->section(m_sectionEditor->sectionId());
    if (!section)
        return;
    const int first = ContentRenderer::firstMarkdownElement(m_document->article(), *section);
    if (first < 0)
        return;
    const int line = m_sectionEditor->textEdit()->textCursor().blockNumber() + 1;
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
    m_sectionEditor->showSection(sectionId);
    m_editorStack->setCurrentWidget(m_sectionEditor);
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(u"%1[*] — Quorum"_s.arg(name));
    setWindowModified(m_document->isModified());
}

bool MainWindow::newArticle()
{
    if (!maybeSave())
        return false;
    const ArticleFile::LoadResult result =
        ArticleFile::load(u":/quorum/templates/new-article.quorum"_s);
    Q_ASSERT_X(result.ok, "newArticle", qPrintable(result.error));
    m_document->reset(result.article);
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    if (!m_document->load(path, &error)) {
        QMessageBox::warning(
            this, tr("Cannot Open Article"),
            tr("Quorum cannot open “%1”:\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
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
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 3000);
    return true;
}

void MainWindow::exportAs(ExportKind kind)
{
    const QString path = m_document->filePath();
    const QString base = path.isEmpty() ? tr("Untitled") : QFileInfo(path).completeBaseName();
    const QString directory = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    struct Choice
    {
        QString title;
        QString filter;
        QString suffix;
    };
    const Choice choice =
        kind == ExportKind::Pdf ? Choice{tr("Export as PDF"), tr("PDF documents (*.pdf)"), u"pdf"_s}
        : kind == ExportKind::Markdown
            ? Choice{tr("Export as Markdown"), tr("Markdown (*.md)"), u"md"_s}
            : Choice{tr("Export as Web Page"), tr("Web pages (*.html)"), u"html"_s};
    QString target = QFileDialog::getSaveFileName(
        this, choice.title, QDir(directory).filePath(base + u'.' + choice.suffix), choice.filter);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += u'.' + choice.suffix;

    const Article article = m_document->article();
    auto report = [this, target](const QString &error) {
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(target)), 5000);
            return;
        }
        QMessageBox::critical(this, tr("Export Failed"),
                              tr("The article was not exported:\n%1").arg(error));
    };
    QString error;
    switch (kind) {
    case ExportKind::Page:
        writeFileAtomically(target, standalonePageHtml(article, directory).toUtf8(), &error);
        report(error);
        break;
    case ExportKind::Markdown:
        writeFileAtomically(target, articleToMarkdown(article).toUtf8(), &error);
        report(error);
        break;
    case ExportKind::Pdf: {
        // Printing takes a moment: say so, and keep the window usable meanwhile.
        auto *exporter = new PdfExporter(this);
        statusBar()->showMessage(tr("Exporting %1…").arg(QDir::toNativeSeparators(target)));
        QApplication::setOverrideCursor(Qt::BusyCursor);
        connect(exporter, &PdfExporter::finished, this, [exporter, report](const QString &message) {
            QApplication::restoreOverrideCursor();
            report(message);
            exporter->deleteLater();
        });
        exporter->start(article, directory, target);
        break;
    }
    }
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
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace quorum
