// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include "textlocation.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;

namespace quorum {

class ArticleDetailsForm;
class ArticleDocument;
class ArticleStatusWidget;
class Autosave;
class FindBar;
class MarkdownEdit;
class PreviewPane;
class PreviewView;
class ReviewDocks;
class SectionEditor;
class SectionEditorStack;
class SectionOutline;
struct RecoveryEntry;

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
    SectionEditorStack *sectionEditors() const { return m_sectionEditors; }
    /// The editor of the section being edited, or nullptr while the details are shown.
    SectionEditor *currentSectionEditor() const;
    ReviewDocks *review() const { return m_review; }
    ArticleDetailsForm *detailsForm() const { return m_detailsForm; }
    PreviewView *preview() const;
    PreviewPane *previewPane() const { return m_previewPane; }
    FindBar *findBar() const { return m_findBar; }
    /// The Markdown editor of the part being edited, or nullptr.
    MarkdownEdit *currentMarkdownEdit() const;
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
    void followCursor(const QString &sectionId, MarkdownEdit *edit);
    void createFormatMenu();
    bool saveTo(const QString &path);
    /// Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    void restoreLayout();
    void saveLayout();

    ArticleDocument *m_document;
    SectionOutline *m_outline;
    QStackedWidget *m_editorStack;
    ArticleDetailsForm *m_detailsForm;
    SectionEditorStack *m_sectionEditors;
    PreviewPane *m_previewPane;
    FindBar *m_findBar;
    QSplitter *m_splitter;
    Autosave *m_autosave;
    ArticleStatusWidget *m_status;
    ReviewDocks *m_review;
};

} // namespace quorum
