// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "mainwindow.h"

#include "articledetailsform.h"
#include "articledocument.h"
#include "articlefile.h"
#include "plainsectioneditor.h"
#include "previewview.h"
#include "sectionoutline.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
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
    , m_preview(new PreviewView(m_document, this))
{
    initAppResources();
    m_editorStack->addWidget(m_detailsForm);
    m_editorStack->addWidget(m_sectionEditor);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_outline);
    splitter->addWidget(m_editorStack);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 480, 700});
    setCentralWidget(splitter);
    resize(1400, 860);

    connect(m_outline, &SectionOutline::sectionSelected, this, &MainWindow::showPart);
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
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

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

void MainWindow::showPart(const QString &sectionId)
{
    m_preview->showSection(sectionId);
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
    m_preview->refreshNow();
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
    m_preview->refreshNow();
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
