// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#pragma once

#include <QMainWindow>

class QStackedWidget;

namespace quorum {

class ArticleDetailsForm;
class ArticleDocument;
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

    /// Starts a new, unsaved article from the template (after asking about unsaved changes).
    bool newArticle();
    /// Opens `path`; on failure tells the user why and keeps the current article.
    bool openFile(const QString &path);
    /// Saves to the current file, asking for a name when there is none yet.
    bool save();
    bool saveAs();

protected:
    void closeEvent(QCloseEvent *event) override;

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

    ArticleDocument *m_document;
    SectionOutline *m_outline;
    QStackedWidget *m_editorStack;
    ArticleDetailsForm *m_detailsForm;
    PlainSectionEditor *m_sectionEditor;
    PreviewPane *m_previewPane;
};

} // namespace quorum
