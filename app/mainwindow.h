// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textlocation.h"

#include <QMainWindow>

class QPlainTextEdit;
class QSplitter;
class QStackedWidget;

namespace quorum {

class ArticleDetailsForm;
class ArticleDocument;
class Autosave;
class FindBar;
struct RecoveryEntry;
class PlainSectionEditor;
class PreviewPane;
class PreviewView;
class SectionOutline;

/// The window: the outline, the editor of the selected part and the preview, wired to one
/// ArticleDocument. It wires and asks; the work happens in the libraries.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleDocument *document() const { return m_document; }
    SectionOutline *outline() const { return m_outline; }
    PlainSectionEditor *sectionEditor() const { return m_sectionEditor; }
    ArticleDetailsForm *detailsForm() const { return m_detailsForm; }
    PreviewView *preview() const;
    PreviewPane *previewPane() const { return m_previewPane; }
    FindBar *findBar() const { return m_findBar; }
    /// The Markdown editor of the part being edited, or nullptr.
    QPlainTextEdit *currentMarkdownEdit() const;
    Autosave *autosave() const { return m_autosave; }

    /// Starts a new, unsaved article from the template (after asking about unsaved changes).
    bool newArticle();
    /// Opens `path`; on failure tells the user why and keeps the current article.
    bool openFile(const QString &path);
    /// Saves to the current file, asking for a name when there is none yet.
    bool save();
    bool saveAs();
    /// Throws the unsaved changes away and reads the file again (after asking).
    bool revert();
    /// Puts a recovery copy in this window as unsaved changes to its original file.
    bool restoreRecovery(const RecoveryEntry &entry);
    /// Shows the part of the article `location` points at and selects it.
    void reveal(const TextLocation &location);

    /// The window that has `path` open, or nullptr.
    static MainWindow *windowWithFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void showPart(const QString &sectionId);
    void followCursor();
    bool saveTo(const QString &path);
    enum class ExportKind
    {
        Page,
        Pdf,
        Markdown
    };
    /// Asks where, then writes the article as a web page, a PDF or Markdown.
    void exportAs(ExportKind kind);
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    void restoreLayout();
    void saveLayout();

    ArticleDocument *m_document;
    SectionOutline *m_outline;
    QStackedWidget *m_editorStack;
    ArticleDetailsForm *m_detailsForm;
    PlainSectionEditor *m_sectionEditor;
    PreviewPane *m_previewPane;
    FindBar *m_findBar;
    QSplitter *m_splitter;
    Autosave *m_autosave;
};

} // namespace quorum
