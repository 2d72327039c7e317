// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "reviewdocks.h"

#include "articledocument.h"
#include "checkspanel.h"
#include "commentmarks.h"
#include "commentspanel.h"
#include "commenttarget.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "reviewsettings.h"
#include "reviewstatusmenu.h"
#include "revisionspanel.h"
#include "sectioneditor.h"
#include "sectioneditorstack.h"
#include "sectionoutline.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace quorum {

ReviewDocks::ReviewDocks(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_checks(new ChecksPanel(window->document(), window))
    , m_comments(new CommentsPanel(window->document(), window))
    , m_revisions(new RevisionsPanel(window->document(), window))
    , m_checksDock(dock(tr("Checks"), u"checksDock"_s, m_checks))
    , m_commentsDock(dock(tr("Comments"), u"commentsDock"_s, m_comments))
    , m_revisionsDock(dock(tr("Revisions"), u"revisionsDock"_s, m_revisions))
    , m_status(new ReviewStatusMenu(window->document(), window))
    , m_menu(new QMenu(tr("Re&view"), window))
{
    setUserName(ReviewSettings::userName());
    window->tabifyDockWidget(m_checksDock, m_commentsDock);
    window->tabifyDockWidget(m_commentsDock, m_revisionsDock);
    m_checksDock->raise();
    window->resizeDocks({m_checksDock}, {170}, Qt::Vertical);
    m_revisionsDock->hide(); // a diff needs room: shown when asked for

    connect(m_checks, &ChecksPanel::locationActivated, window, &MainWindow::reveal);
    connect(m_comments, &CommentsPanel::locationActivated, window, &MainWindow::reveal);
    connect(m_checks, &ChecksPanel::findingsChanged, this, [this](int errors, int warnings, int) {
        m_checksDock->setWindowTitle(
            errors + warnings == 0 ? tr("Checks") : tr("Checks (%1)").arg(errors + warnings));
    });

    ArticleDocument *document = window->document();
    connect(document, &ArticleDocument::commentsChanged, this, [this] {
        refreshBadges();
        refreshMarks();
    });
    connect(document, &ArticleDocument::structureChanged, this, &ReviewDocks::refreshBadges);
    connect(document, &ArticleDocument::articleReset, this, &ReviewDocks::refreshBadges);
    // Typing passes through here: only the section being edited has marks to move.
    connect(document, &ArticleDocument::sectionChanged, this, [this](const QString &id) {
        SectionEditor *editor = m_window->currentSectionEditor();
        if (editor && editor->sectionId() == id)
            refreshMarks();
    });
    connect(window->outline(), &SectionOutline::sectionSelected, this, [this](const QString &id) {
        m_comments->setCurrentSection(id);
        refreshMarks();
    });
    createMenu();
}

void ReviewDocks::setUserName(const QString &name)
{
    m_comments->setUserName(name);
    m_revisions->setUserName(name);
    m_status->setUserName(name);
}

QDockWidget *ReviewDocks::dock(const QString &title, const QString &name, QWidget *panel)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(name); // restored with the window's state
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea |
                          Qt::BottomDockWidgetArea);
    // Below the editor and the preview, like a list of problems in an IDE: the three columns
    // above keep their width.
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

void ReviewDocks::createMenu()
{
    m_status->setTitle(tr("&Status"));
    m_menu->addMenu(m_status);
    m_menu->addSeparator();
    QAction *comment = m_menu->addAction(tr("Add &Comment…"), this, &ReviewDocks::addComment);
    comment->setShortcut(addCommentShortcut());
    comment->setShortcutContext(Qt::WindowShortcut);
    m_menu->addAction(tr("Save &Revision…"), this, [this] {
        m_revisionsDock->show();
        m_revisionsDock->raise();
        m_revisions->setFocus(Qt::ShortcutFocusReason);
    });
    m_menu->addAction(tr("Compare with &Saved"), this, [this] {
        m_revisionsDock->show();
        m_revisionsDock->raise();
        m_revisions->compareWithSaved();
    });
    m_menu->addAction(tr("Compare with &Published"), this, [this] {
        m_revisionsDock->show();
        m_revisionsDock->raise();
        m_revisions->compareWithPublished();
    });
    m_menu->addSeparator();
    m_menu->addAction(m_checksDock->toggleViewAction());
    m_menu->addAction(m_commentsDock->toggleViewAction());
    m_menu->addAction(m_revisionsDock->toggleViewAction());
}

void ReviewDocks::addComment()
{
    SectionEditor *editor = m_window->currentSectionEditor();
    if (!editor || editor->sectionId().isEmpty()) {
        m_window->statusBar()->showMessage(tr("Choose a section to comment on."), 4000);
        return;
    }
    const QWidget *focus = QApplication::focusWidget();
    const CommentTarget target = commentTargetFor(editor, focus);
    m_commentsDock->show();
    m_commentsDock->raise();
    m_comments->beginComment(target.sectionId, anchorForWidget(focus, target));
}

void ReviewDocks::watchMarkdownEdit(MarkdownEdit *edit)
{
    if (edit->property("quorumCommentMenu").toBool())
        return;
    edit->setProperty("quorumCommentMenu", true);
    connect(edit, &MarkdownEdit::contextMenuAboutToShow, this, [this, edit](QMenu *menu) {
        SectionEditor *editor = m_window->currentSectionEditor();
        if (!editor || editor->markdownEdit() != edit)
            return;
        menu->addSeparator();
        addCommentAction(menu, m_comments, edit, commentTargetFor(editor, edit));
    });
}

void ReviewDocks::refreshMarks()
{
    SectionEditor *editor = m_window->currentSectionEditor();
    MarkdownEdit *edit = editor ? editor->markdownEdit() : nullptr;
    if (!edit)
        return;
    watchMarkdownEdit(edit);
    edit->setExtraSelections(commentSelections(m_window->document()->article(), editor->sectionId(),
                                               TextField::Markdown, 0, edit));
}

void ReviewDocks::refreshBadges()
{
    const Article &article = m_window->document()->article();
    const QHash<QString, int> counts = article.openCommentCounts();
    for (const Section &section : article.sections)
        m_window->outline()->setSectionBadge(section.id, counts.value(section.id));
}

} // namespace quorum
