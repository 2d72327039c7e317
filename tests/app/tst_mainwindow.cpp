// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledetailsform.h"
#include "articledocument.h"
#include "articlefile.h"
#include "badarticlefiles.h"
#include "commandrun.h"
#include "contentrenderer.h"
#include "findbar.h"
#include "imageserver.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "messageboxanswer.h"
#include "pagescript.h"
#include "preferencesdialog.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "previewsettings.h"
#include "previewview.h"
#include "publishingmenu.h"
#include "recentfiles.h"
#include "sectioneditor.h"
#include "sectionoutline.h"
#include "spellchecker.h"
#include "testarticles.h"
#include "testmain.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::answerNextMessageBox;
using test::evaluate;

namespace {

using test::whenModal;

const QString kIntroductionId = u"s1a2b3c03"_s;

// The action of `window`'s menus (submenus included) whose text, without '&', is `text`.
QAction *menuAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (QString(action->text()).remove(u'&') == text)
            return action;
    }
    return nullptr;
}

// Answers the next Preferences dialog: `change` edits it, then OK is pressed.
void answerPreferences(std::function<void(PreferencesDialog *)> change)
{
    whenModal([change](QWidget *modal) {
        auto *dialog = qobject_cast<PreferencesDialog *>(modal);
        if (!dialog)
            return false;
        change(dialog);
        QMetaObject::invokeMethod(
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
            &QAbstractButton::click, Qt::QueuedConnection);
        return true;
    });
}

// Answers the next file dialog with `path`.
void answerFileDialog(const QString &path)
{
    whenModal([path](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        if (!files)
            return false;
        files->selectFile(path);
        QMetaObject::invokeMethod(static_cast<QDialog *>(files), &QDialog::accept,
                                  Qt::QueuedConnection);
        return true;
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensTheSampleAndShowsIt();
    void typingUpdatesDocumentAndPreviewAndUndoes();
    void detailsEditsAreUndoable();
    void saveWritesTheFile();
    void unreadableFileShowsWhyAndKeepsTheArticle_data();
    void unreadableFileShowsWhyAndKeepsTheArticle();
    void closeAsksAboutUnsavedChanges();
    void newArticleStartsFromTheTemplate();
    void previewAndEditorFollowEachOther();
    void clickInPreviewKeepsItsPlace();
    void zoomShortcuts();
    void everyControlHasAnAccessibleName();
    void findJumpsToEachMatchInItsEditor();
    void missingDictionaryIsExplained();
    void sameFileTwiceKeepsTheOpenCopy();
    void revertGoesBackToTheSavedFile();
    void droppedArticleOpens();
    void layoutAndRecentFilesAreRemembered();
    void pulledArticleOpensInItsOwnWindow();
    void remoteImagesFollowOneSetting();
    void exportsFollowThePreferences_data();
    void exportsFollowThePreferences();
    void paperSizeFollowsTheLocale_data();
    void paperSizeFollowsTheLocale();

private:
    QString copyOfSample();

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    if (m_window && m_window->document()->isModified())
        m_window->document()->undoStack()->setClean(); // nothing to ask about
    m_window.reset();
}

QString TestMainWindow::copyOfSample()
{
    const QString path = m_dir->filePath(u"sample.quorum"_s);
    QFile::remove(path);
    QFile::copy(test::samplePath(), path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestMainWindow::opensTheSampleAndShowsIt()
{
    QSignalSpy refreshed(m_window->preview(), &PreviewView::pageLoaded);
    QVERIFY(m_window->openFile(test::samplePath()));
    const Article &article = m_window->document()->article();
    QCOMPARE(m_window->outline()->model()->rowCount(), article.sections.size() + 1);
    QCOMPARE(m_window->outline()->model()->index(3, 0).data().toString(), u"Introduction"_s);
    QVERIFY(m_window->windowTitle().startsWith(u"national-library-language-model.quorum"_s));

    QVERIFY(refreshed.wait(20000));
    QCOMPARE(refreshed.last().at(0).toBool(), true);
    QWebEnginePage *page = m_window->preview()->page();
    QCOMPARE(evaluate(page, u"document.querySelector('h1.entry-title').textContent"_s).toString(),
             article.meta.title);
    QCOMPARE(
        evaluate(page,
                 u"document.querySelectorAll('.entry-content > .quorum-section > h2').length"_s)
            .toInt(),
        article.sections.size());
    QCOMPARE(
        evaluate(page, u"document.querySelectorAll('blockquote.quorum-voice').length"_s).toInt(),
        5);
}

void TestMainWindow::typingUpdatesDocumentAndPreviewAndUndoes()
{
    QVERIFY(m_window->openFile(copyOfSample()));
    const QString original = m_window->document()->section(kIntroductionId)->markdown;
    m_window->outline()->selectSection(kIntroductionId);
    QPlainTextEdit *edit = m_window->currentMarkdownEdit();
    QTRY_VERIFY(edit->isVisible());
    QCOMPARE(edit->toPlainText(), original);

    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Added <b>words</b>."_s);
    QCOMPARE(m_window->document()->section(kIntroductionId)->markdown,
             original + u" Added <b>words</b>."_s);
    QVERIFY(m_window->isWindowModified());

    // The preview catches up after the burst of keystrokes, showing the tags as text.
    const QString script = u"document.getElementById('%1').nextElementSibling.textContent"_s.arg(
        ContentRenderer::anchorFor(kIntroductionId));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(m_window->preview()->page(), script)
                                 .toString()
                                 .endsWith(u" Added <b>words</b>."_s),
                             20000);
    QCOMPARE(
        evaluate(m_window->preview()->page(), u"document.querySelectorAll('b').length"_s).toInt(),
        0);

    // Undo goes back word by word, to the saved text.
    int undos = 0;
    while (m_window->isWindowModified() && undos < 20) {
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        ++undos;
    }
    QVERIFY2(undos > 2, qPrintable(QString::number(undos)));
    QCOMPARE(m_window->document()->section(kIntroductionId)->markdown, original);
    QCOMPARE(edit->toPlainText(), original);
    for (int i = 0; i < undos; ++i)
        QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(edit->toPlainText(), original + u" Added <b>words</b>."_s);
}

void TestMainWindow::detailsEditsAreUndoable()
{
    QVERIFY(m_window->openFile(test::samplePath()));
    m_window->outline()->selectSection(QString());
    QLineEdit *title = m_window->detailsForm()->titleEdit();
    QTRY_VERIFY(title->isVisible());
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, u"A New Title"_s);
    QCOMPARE(m_window->document()->article().meta.title, u"A New Title"_s);
    m_window->document()->undoStack()->undo();
    QCOMPARE(title->text(), u"A New "_s); // a word at a time
    while (m_window->document()->undoStack()->canUndo())
        m_window->document()->undoStack()->undo();
    QCOMPARE(title->text(), test::sampleArticle().meta.title);
}

void TestMainWindow::saveWritesTheFile()
{
    const QString path = copyOfSample();
    QVERIFY(m_window->openFile(path));
    m_window->outline()->selectSection(kIntroductionId);
    QPlainTextEdit *edit = m_window->currentMarkdownEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, u" Saved."_s);
    QTest::keySequence(m_window.get(), QKeySequence::Save);
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(QString::fromUtf8(test::readFile(path))
                .contains(u"make the result available to public bodies. Saved."_s));
}

void TestMainWindow::unreadableFileShowsWhyAndKeepsTheArticle_data()
{
    QTest::addColumn<test::BadFileKind>("kind");
    for (test::BadFileKind kind : test::badFileKinds())
        QTest::newRow(test::badFileKindName(kind)) << kind;
}

void TestMainWindow::unreadableFileShowsWhyAndKeepsTheArticle()
{
    QFETCH(test::BadFileKind, kind);
    QVERIFY(m_window->openFile(test::samplePath()));
    const QString title = m_window->windowTitle();
    const QString badDir = m_dir->filePath(u"bad"_s);
    QVERIFY(QDir().mkdir(badDir));
    const test::BadFile bad = test::createBadFile(kind, badDir);
    QVERIFY(!bad.path.isEmpty());
    const QStringList before = test::diskState(badDir);

    QString shown;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    answerNextMessageBox(QMessageBox::Ok, &shown, &icon);
    QVERIFY(!m_window->openFile(bad.path));
    // The box was shown and answered while openFile() waited for it.
    QCOMPARE(icon, QMessageBox::Warning);
    QVERIFY2(shown.contains(u"“%1”"_s.arg(QFileInfo(bad.path).fileName())), qPrintable(shown));
    QVERIFY2(shown.contains(bad.reason), qPrintable(shown));

    // The window keeps the article it had, unchanged and still saved.
    QCOMPARE(m_window->document()->filePath(), test::samplePath());
    QCOMPARE(m_window->document()->article(), test::sampleArticle());
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(m_window->windowTitle(), title);
    QVERIFY(!RecentFilesMenu::files().contains(QFileInfo(bad.path).absoluteFilePath()));
    // The file is left as it was, and nothing is written beside it.
    QCOMPARE(test::diskState(badDir), before);
}

void TestMainWindow::closeAsksAboutUnsavedChanges()
{
    const QString path = copyOfSample();
    QVERIFY(m_window->openFile(path));
    Section edited = *m_window->document()->section(kIntroductionId);
    edited.markdown = u"Changed."_s;
    m_window->document()->setSection(edited);

    QString shown;
    answerNextMessageBox(QMessageBox::Cancel, &shown);
    QVERIFY(!m_window->close());
    QVERIFY(shown.contains(u"not saved"_s));
    QVERIFY(m_window->isVisible());
    QVERIFY(m_window->document()->isModified());

    answerNextMessageBox(QMessageBox::Save, &shown);
    QVERIFY(m_window->close());
    QVERIFY(QString::fromUtf8(test::readFile(path)).contains(u"\"text\": \"Changed.\""_s));
}

void TestMainWindow::newArticleStartsFromTheTemplate()
{
    QVERIFY(m_window->newArticle());
    const Article &article = m_window->document()->article();
    QStringList kinds;
    for (const Section &section : article.sections)
        kinds.append(sectionKindKey(section.kind));
    QCOMPARE(kinds.join(u' '), u"tldr verdict introduction forum-voices text conclusion"_s);
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(u"Untitled"_s));
}

void TestMainWindow::previewAndEditorFollowEachOther()
{
    QSignalSpy loaded(m_window->preview(), &PreviewView::pageLoaded);
    QVERIFY(m_window->openFile(test::samplePath()));
    QVERIFY(loaded.wait(20000));
    QWebEnginePage *page = m_window->preview()->page();

    // A click in the preview selects the section in the outline and shows its editor.
    evaluate(page, u"document.querySelector('[data-section-id=\"s1a2b3c05\"] p').click(); 0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->outline()->currentSectionId(), u"s1a2b3c05"_s, 10000);
    QCOMPARE(m_window->currentSectionEditor()->sectionId(), u"s1a2b3c05"_s);

    // The cursor on the table's line in the editor brings the table into view.
    evaluate(page, u"window.scrollTo(0, 0); 0"_s);
    QPlainTextEdit *edit = m_window->currentMarkdownEdit();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(edit->toPlainText().indexOf(u"| Publish a data set"_s));
    edit->setTextCursor(cursor);
    const QString tableInView =
        u"(function(){var r=document.querySelector('[data-section-id=\"s1a2b3c05\"] "
        "figure').getBoundingClientRect();return r.top>=0&&r.bottom<=window.innerHeight;})()"_s;
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, tableInView).toBool(), 10000);
}

void TestMainWindow::clickInPreviewKeepsItsPlace()
{
    QSignalSpy loaded(m_window->preview(), &PreviewView::pageLoaded);
    QVERIFY(m_window->openFile(test::samplePath()));
    QVERIFY(loaded.wait(20000));
    QWebEnginePage *page = m_window->preview()->page();
    const QString heading = u"document.querySelector('[data-section-id=\"s1a2b3c03\"] h2')"_s;
    // The section's heading just above the top of the view, its text in view: showing the
    // section from the outline would scroll back to the heading. Sections off screen are laid
    // out when they come into view, so the scroll is repeated until the layout holds still.
    const QString hideHeading =
        u"(function(){var b=%1.getBoundingClientRect().bottom;if(b>=0)window.scrollBy(0,b+10);"
        "return b<0;})()"_s.arg(heading);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, hideHeading).toBool() && evaluate(page, hideHeading).toBool(), 10000);
    const double scrolled = evaluate(page, u"window.scrollY"_s).toDouble();
    QVERIFY(scrolled > 0);

    evaluate(page, heading + u".nextElementSibling.click(); 0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->outline()->currentSectionId(), u"s1a2b3c03"_s, 10000);
    // A round trip through the page after the selection: any scroll it asked for is done.
    QCOMPARE(evaluate(page, u"window.scrollY"_s).toDouble(), scrolled);

    // Choosing another section and back in the outline still brings the heading into view.
    m_window->outline()->selectSection(m_window->document()->article().sections.first().id);
    m_window->outline()->selectSection(u"s1a2b3c03"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, heading + u".getBoundingClientRect().top >= 0"_s).toBool(), 10000);
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QVERIFY(m_window->openFile(test::samplePath()));
    m_window->findBar()->showReplace();
    QStringList parts{QString()};
    for (const Section &section : m_window->document()->article().sections)
        parts.append(section.id);
    QStringList unnamed;
    for (const QString &part : std::as_const(parts)) {
        m_window->outline()->selectSection(part);
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            // What a keyboard user can land on with Tab, as a screen reader would announce it.
            if (!widget->isVisibleTo(m_window.get()) || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            // The preview's web content is announced through the view that holds it.
            QWidget *named = widget;
            for (QWidget *up = widget; up; up = up->parentWidget()) {
                if (qobject_cast<QWebEngineView *>(up))
                    named = up;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(named);
            if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
                continue;
            const QString where = u"%1 \"%2\" in %3 (part %4)"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                QString::fromLatin1(widget->parentWidget()->metaObject()->className()), part);
            if (!unnamed.contains(where))
                unnamed.append(where);
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

void TestMainWindow::findJumpsToEachMatchInItsEditor()
{
    QVERIFY(m_window->openFile(copyOfSample()));
    QTest::keySequence(m_window.get(), QKeySequence::Find);
    FindBar *bar = m_window->findBar();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findEdit()->hasFocus());
    // "petabytes" is in one voice's quote; "legal deposit" in the introduction and a quote.
    QTest::keyClicks(bar->findEdit(), u"petabytes"_s);
    QCOMPARE(bar->matchCount(), 1);
    auto *focused = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->textCursor().selectedText(), u"petabytes"_s);
    QCOMPARE(m_window->currentSectionEditor()->sectionId(), u"s1a2b3c04"_s);

    bar->findEdit()->setFocus();
    bar->findEdit()->selectAll();
    QTest::keyClicks(bar->findEdit(), u"legal deposit"_s);
    QVERIFY(bar->matchCount() >= 2);
    QCOMPARE(m_window->outline()->currentSectionId(), kIntroductionId);
    QCOMPARE(m_window->currentMarkdownEdit()->textCursor().selectedText(), u"legal deposit"_s);
    bar->findEdit()->setFocus();
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QVERIFY(m_window->outline()->currentSectionId() != kIntroductionId);
    focused = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(focused);
    QCOMPARE(focused->textCursor().selectedText().toLower(), u"legal deposit"_s);
}

void TestMainWindow::missingDictionaryIsExplained()
{
    QVERIFY(m_window->openFile(copyOfSample()));
    m_window->outline()->selectSection(kIntroductionId);
    QVERIFY(m_window->currentMarkdownEdit()->spellChecker()->isAvailable());
    ArticleMeta meta = m_window->document()->article().meta;
    meta.language = u"tlh"_s; // no Hunspell dictionary speaks Klingon
    m_window->document()->setMeta(meta);
    QVERIFY(!m_window->currentMarkdownEdit()->spellChecker()->isAvailable());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"tlh"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::sameFileTwiceKeepsTheOpenCopy()
{
    const QString path = copyOfSample();
    QVERIFY(m_window->openFile(path));
    ArticleMeta meta = m_window->document()->article().meta;
    meta.title = u"Edited, not saved"_s;
    m_window->document()->setMeta(meta);
    // Opening it again (through another spelling of its path) keeps the edits: no second copy.
    QVERIFY(m_window->openFile(QFileInfo(path).absolutePath() + u"/./sample.quorum"_s));
    QCOMPARE(m_window->document()->article().meta.title, u"Edited, not saved"_s);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"already open"_s));
    // Another window is refused too, and this one is the one that has it.
    MainWindow other;
    QVERIFY(!other.openFile(path));
    QCOMPARE(MainWindow::windowWithFile(path), m_window.get());
    QVERIFY(other.document()->filePath().isEmpty());
}

void TestMainWindow::revertGoesBackToTheSavedFile()
{
    const QString path = copyOfSample();
    QVERIFY(m_window->openFile(path));
    ArticleMeta meta = m_window->document()->article().meta;
    meta.title = u"Changed my mind"_s;
    m_window->document()->setMeta(meta);
    QString question;
    answerNextMessageBox(QMessageBox::Cancel, &question);
    QVERIFY(!m_window->revert());
    QCOMPARE(m_window->document()->article().meta.title, u"Changed my mind"_s);
    answerNextMessageBox(QMessageBox::Discard, &question);
    QVERIFY(m_window->revert());
    QVERIFY(question.contains(u"sample.quorum"_s));
    QCOMPARE(m_window->document()->article(), test::sampleArticle());
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::droppedArticleOpens()
{
    const QString path = copyOfSample();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->document()->filePath(), path);

    // Anything else is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir->filePath(u"notes.txt"_s))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::layoutAndRecentFilesAreRemembered()
{
    const QString path = copyOfSample();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(RecentFilesMenu::files().value(0), QFileInfo(path).absoluteFilePath());
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 500, 600});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());

    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    auto *recent = again.findChild<RecentFilesMenu *>();
    QVERIFY(recent);
    emit recent->aboutToShow();
    QVERIFY(recent->actions().first()->text().contains(QDir::toNativeSeparators(path)));
    QSignalSpy chosen(recent, &RecentFilesMenu::fileChosen);
    recent->actions().first()->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(again.document()->filePath(), QFileInfo(path).absoluteFilePath());
    again.document()->reset({});
}

void TestMainWindow::zoomShortcuts()
{
    PreviewPane *pane = m_window->previewPane();
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+="_s));
    QVERIFY(pane->zoom() > 1.05);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+0"_s));
    QCOMPARE(pane->zoom(), 1.0);
    QTest::keySequence(m_window.get(), QKeySequence(u"Ctrl+-"_s));
    QVERIFY(pane->zoom() < 0.95);
}

void TestMainWindow::pulledArticleOpensInItsOwnWindow()
{
    QVERIFY(m_window->openFile(test::samplePath()));
    auto *publishing = m_window->findChild<PublishingMenu *>();
    QVERIFY(publishing);
    Article pulled = test::fullArticle();
    emit publishing->openArticleRequested(pulled);
    MainWindow *other = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window != m_window.get() && window->isVisible())
            other = window;
    }
    QVERIFY(other);
    QCOMPARE(other->document()->article(), pulled);
    QCOMPARE(m_window->document()->article(), test::sampleArticle()); // untouched
    other->close();
}

void TestMainWindow::remoteImagesFollowOneSetting()
{
    PreviewSettings::instance()->setRemoteImages(true);
    MainWindow other;
    other.show();
    QAction *menu = m_window->findChild<QAction *>(u"remoteImagesAction"_s);
    QAction *otherMenu = other.findChild<QAction *>(u"remoteImagesAction"_s);
    QVERIFY(menu && otherMenu);
    QVERIFY(menu->isChecked());
    QVERIFY(m_window->preview()->remoteImagesAllowed());

    // Turned off in the Preferences: every window's menu and preview follow.
    bool shownChecked = false;
    answerPreferences([&shownChecked](PreferencesDialog *dialog) {
        shownChecked = dialog->remoteImagesBox()->isChecked();
        dialog->remoteImagesBox()->setFocus();
        QTest::keyClick(dialog->remoteImagesBox(), Qt::Key_Space);
    });
    menuAction(m_window.get(), u"Preferences…"_s)->trigger();
    QVERIFY(shownChecked);
    QCOMPARE(QSettings().value(u"preview/remoteImages"_s).toBool(), false);
    for (MainWindow *window : {m_window.get(), &other}) {
        QVERIFY(!window->findChild<QAction *>(u"remoteImagesAction"_s)->isChecked());
        QVERIFY(!window->preview()->remoteImagesAllowed());
    }

    // Turned on in one window's View menu: the other window and the Preferences follow.
    otherMenu->trigger();
    QCOMPARE(QSettings().value(u"preview/remoteImages"_s).toBool(), true);
    QVERIFY(menu->isChecked());
    QVERIFY(m_window->preview()->remoteImagesAllowed());
    answerPreferences([&shownChecked](PreferencesDialog *dialog) {
        shownChecked = dialog->remoteImagesBox()->isChecked();
    });
    menuAction(m_window.get(), u"Preferences…"_s)->trigger();
    QVERIFY(shownChecked);
}

void TestMainWindow::exportsFollowThePreferences_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("remoteImages");
    QTest::addColumn<QString>("pdfinfoSize");
    QTest::newRow("A4, remote images") << int(QPageSize::A4) << true << u"pts (A4)"_s;
    QTest::newRow("Letter, no remote images")
        << int(QPageSize::Letter) << false << u"pts (letter)"_s;
}

void TestMainWindow::exportsFollowThePreferences()
{
    QFETCH(int, pageSize);
    QFETCH(bool, remoteImages);
    QFETCH(QString, pdfinfoSize);
    // 127.0.0.1 is "remote" here: it is not the article's folder.
    test::ImageServer server;
    const QString imageName = u"window-%1.png"_s.arg(pageSize);
    Article article = test::sampleArticle();
    article.sections[2].markdown += u"\n\n![remote](%1)"_s.arg(server.url(imageName).toString());
    const QString path = m_dir->filePath(u"remote.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(article, path, &error));
    // The preview asks no one while the article is exported.
    PreviewSettings::instance()->setRemoteImages(false);
    QVERIFY(m_window->openFile(path));

    answerPreferences([pageSize, remoteImages](PreferencesDialog *dialog) {
        QComboBox *sizes = dialog->pageSizeBox();
        sizes->setCurrentIndex(sizes->findData(pageSize));
        dialog->remoteImagesBox()->setChecked(remoteImages);
    });
    menuAction(m_window.get(), u"Preferences…"_s)->trigger();
    QCOMPARE(PreviewSettings::instance()->pdfPageSize(), QPageSize::PageSizeId(pageSize));
    QCOMPARE(PreviewSettings::instance()->remoteImages(), remoteImages);
    if (remoteImages) // the preview loads it now
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, 20000);
    const qsizetype previewRequests = server.requests().size();

    const QString pdf = m_dir->filePath(u"remote.pdf"_s);
    answerFileDialog(pdf);
    menuAction(m_window.get(), u"As PDF…"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(u"Exported"_s),
                             60000);
    const test::CommandRun info = test::runCommand(u"pdfinfo"_s, {pdf});
    QVERIFY2(info.out.contains(pdfinfoSize), qPrintable(info.out));
    // The printer waits for every image, so any request has been seen by now.
    QCOMPARE(server.requests().size(), previewRequests + (remoteImages ? 1 : 0));

    const QString html = m_dir->filePath(u"remote.html"_s);
    answerFileDialog(html);
    menuAction(m_window.get(), u"As Web Page…"_s)->trigger();
    const QString page = QString::fromUtf8(test::readFile(html));
    QVERIFY(page.contains(server.url(imageName).toString()));
    QCOMPARE(page.contains(u"img-src quorum-preview: data: https: http:"_s), remoteImages);
    PreviewSettings::instance()->setRemoteImages(true);
}

void TestMainWindow::paperSizeFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("en_US") << u"en_US"_s << int(QPageSize::Letter);
    QTest::newRow("en_GB") << u"en_GB"_s << int(QPageSize::A4);
    QTest::newRow("nb_NO") << u"nb_NO"_s << int(QPageSize::A4);
}

void TestMainWindow::paperSizeFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, pageSize);
    QCOMPARE(PreviewSettings::defaultPageSize(QLocale(locale)), QPageSize::PageSizeId(pageSize));
    // Until one is chosen, the Preferences offer the system's.
    QSettings().remove(u"export/pdfPageSize"_s);
    PreferencesDialog dialog;
    QCOMPARE(dialog.pageSizeBox()->currentData().toInt(),
             int(PreviewSettings::defaultPageSize(QLocale::system())));
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // a run starts from a first start: no layout or recent files remembered
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
