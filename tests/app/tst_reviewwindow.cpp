// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledetailsform.h"
#include "articledocument.h"
#include "checkspanel.h"
#include "commentspanel.h"
#include "mainwindow.h"
#include "markdownedit.h"
#include "messageboxanswer.h"
#include "previewscheme.h"
#include "reviewdocks.h"
#include "reviewsettings.h"
#include "reviewstatusmenu.h"
#include "sectioneditor.h"
#include "sectionoutline.h"
#include "sectionoutlinemodel.h"
#include "testarticles.h"
#include "testmain.h"

#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {
const QString kIntroductionId = u"s1a2b3c03"_s;
const QString kVerdictId = u"s1a2b3c02"_s;
} // namespace

// The editor's review work in the real window: comments from the context menu and the
// keyboard, checks that lead to the place, and the review status.
class TestReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void commentFromTheContextMenuIsResolvedAndSaved();
    void shortcutCommentsOnTheSelection();
    void failingCheckJumpsToItsSection();
    void reviewStatusShowsInTheTitleWithItsHistory();
    void publishedSlugChangesOnlyWhenTheWriterSaysSo();

private:
    template<typename T> T *inComments(const QString &name) const
    {
        return m_window->review()->comments()->findChild<T *>(name);
    }
    /// Selects `text` in the introduction's editor and gives it the focus.
    MarkdownEdit *selectInIntroduction(const QString &text);
    int badgeOf(const QString &sectionId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestReviewWindow::initTestCase()
{
    ReviewSettings::setUserName(u"editor.kari"_s);
}

void TestReviewWindow::init()
{
    m_path = m_dir.filePath(u"review.quorum"_s);
    QFile::remove(m_path);
    QVERIFY(QFile::copy(test::samplePath(), m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_path));
}

void TestReviewWindow::cleanup()
{
    m_window->document()->reset({});
    m_window.reset();
}

MarkdownEdit *TestReviewWindow::selectInIntroduction(const QString &text)
{
    m_window->outline()->selectSection(kIntroductionId);
    MarkdownEdit *edit = m_window->currentMarkdownEdit();
    if (!edit)
        return nullptr;
    edit->setFocus();
    QTextCursor cursor = edit->textCursor();
    cursor.setPosition(int(edit->toPlainText().indexOf(text)));
    cursor.setPosition(cursor.position() + int(text.size()), QTextCursor::KeepAnchor);
    edit->setTextCursor(cursor);
    return edit;
}

int TestReviewWindow::badgeOf(const QString &sectionId) const
{
    const QAbstractItemModel *model = m_window->outline()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(SectionOutlineModel::SectionIdRole).toString() == sectionId)
            return index.data(SectionOutlineModel::BadgeRole).toInt();
    }
    return -1;
}

void TestReviewWindow::commentFromTheContextMenuIsResolvedAndSaved()
{
    MarkdownEdit *edit = selectInIntroduction(u"legal deposit"_s);
    QVERIFY(edit);
    QCOMPARE(badgeOf(kIntroductionId), 0);

    // The editor's own context menu (spelling, editing) offers Add Comment too.
    bool offered = false;
    QTimer::singleShot(0, this, [&offered] {
        QTRY_VERIFY(QApplication::activePopupWidget());
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *add = menu ? menu->findChild<QAction *>(u"addComment"_s) : nullptr;
        offered = add != nullptr;
        if (add)
            add->trigger();
        if (menu)
            menu->close();
    });
    const QPoint at = edit->cursorRect().center();
    QContextMenuEvent request(QContextMenuEvent::Keyboard, at, edit->viewport()->mapToGlobal(at));
    QApplication::sendEvent(edit->viewport(), &request);
    QVERIFY(offered);

    QVERIFY(m_window->review()->comments()->isComposing());
    QVERIFY(m_window->review()->commentsDock()->isVisible());
    QTest::keyClicks(inComments<QPlainTextEdit>(u"composerText"_s), u"Since when exactly?"_s);
    QTest::mouseClick(inComments<QPushButton>(u"addComment"_s), Qt::LeftButton);
    QCOMPARE(m_window->document()->article().comments.size(),
             test::sampleArticle().comments.size() + 1);
    const ReviewComment added = m_window->document()->article().comments.last();
    QCOMPARE(added.author, u"editor.kari"_s);
    QCOMPARE(added.anchor.quote, u"legal deposit"_s);
    // The outline counts it, and the editor marks the commented words.
    QCOMPARE(badgeOf(kIntroductionId), 1);
    const auto marks = edit->extraSelections();
    QVERIFY(std::any_of(marks.begin(), marks.end(), [](const QTextEdit::ExtraSelection &mark) {
        return mark.cursor.selectedText() == u"legal deposit"_s;
    }));

    // Resolved, it no longer counts; saved, it is in the file.
    m_window->review()->comments()->selectComment(added.id);
    QTest::mouseClick(inComments<QPushButton>(u"resolveButton"_s), Qt::LeftButton);
    QCOMPARE(badgeOf(kIntroductionId), 0);
    QVERIFY(m_window->save());
    const QJsonArray comments =
        QJsonDocument::fromJson(test::readFile(m_path)).object()[u"comments"_s].toArray();
    const auto saved = std::find_if(comments.begin(), comments.end(), [&added](const auto &c) {
        return c.toObject()[u"id"_s].toString() == added.id;
    });
    QVERIFY(saved != comments.end());
    QCOMPARE(saved->toObject()[u"text"_s].toString(), u"Since when exactly?"_s);
    QCOMPARE(saved->toObject()[u"resolved"_s].toBool(), true);
    QCOMPARE(saved->toObject()[u"anchor"_s][u"quote"_s].toString(), u"legal deposit"_s);
}

void TestReviewWindow::shortcutCommentsOnTheSelection()
{
    MarkdownEdit *edit = selectInIntroduction(u"national library"_s);
    QVERIFY(edit);
    QTest::keySequence(edit, QKeySequence(u"Ctrl+Alt+M"_s));
    QVERIFY(m_window->review()->comments()->isComposing());
    QTest::keyClicks(inComments<QPlainTextEdit>(u"composerText"_s), u"Which one?"_s);
    QTest::mouseClick(inComments<QPushButton>(u"addComment"_s), Qt::LeftButton);
    const ReviewComment added = m_window->document()->article().comments.last();
    QCOMPARE(added.sectionId, kIntroductionId);
    QCOMPARE(added.anchor.kind, CommentAnchor::Kind::Text);
    QCOMPARE(added.anchor.quote, u"national library"_s);
    // Undo takes it back.
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->document()->article().comments.size(),
             test::sampleArticle().comments.size());
}

void TestReviewWindow::failingCheckJumpsToItsSection()
{
    Section verdict = *m_window->document()->section(kVerdictId);
    verdict.stancesFromVoices = false;
    verdict.stances = {{u"Skeptical"_s, 70, {}}, {u"Supportive"_s, 40, {}}};
    m_window->document()->setSection(verdict);
    ChecksPanel *checks = m_window->review()->checks();
    int row = -1;
    QTRY_VERIFY([&] {
        const QList<CheckFinding> findings = checks->findings();
        for (row = 0; row < findings.size(); ++row) {
            if (findings.at(row).checkId == u"verdict-sum")
                return true;
        }
        return false;
    }());
    m_window->outline()->selectSection({});
    QVERIFY(m_window->currentSectionEditor() == nullptr);

    checks->list()->setFocus();
    checks->list()->setCurrentItem(checks->list()->topLevelItem(row));
    QTest::keyClick(checks->list(), Qt::Key_Return);
    QCOMPARE(m_window->outline()->currentSectionId(), kVerdictId);
    QVERIFY(m_window->currentSectionEditor());
    QCOMPARE(m_window->currentSectionEditor()->sectionId(), kVerdictId);
}

void TestReviewWindow::reviewStatusShowsInTheTitleWithItsHistory()
{
    QVERIFY(m_window->windowTitle().contains(reviewStatusName(ReviewStatus::InReview)));
    m_window->review()->statusMenu()->actionFor(ReviewStatus::Approved)->trigger();
    QVERIFY2(m_window->windowTitle().contains(reviewStatusName(ReviewStatus::Approved)),
             qPrintable(m_window->windowTitle()));
    QVERIFY(m_window->isWindowModified());
    const StatusChange change = m_window->document()->article().review.statusHistory.last();
    QCOMPARE(change.status, ReviewStatus::Approved);
    QCOMPARE(change.by, u"editor.kari"_s);
    m_window->document()->undoStack()->undo();
    QVERIFY(m_window->windowTitle().contains(reviewStatusName(ReviewStatus::InReview)));
}

void TestReviewWindow::publishedSlugChangesOnlyWhenTheWriterSaysSo()
{
    ArticleDocument *document = m_window->document();
    Article article = document->article();
    const QString before = article.meta.slug;
    article.remote.site = u"https://news.example.org/"_s;
    article.remote.postId = 7;
    article.remote.status = u"publish"_s;
    article.remote.link = u"https://news.example.org/"_s + before + u'/';
    document->reset(article, m_path);
    m_window->outline()->selectSection(QString()); // the article's details
    QLineEdit *slug = m_window->detailsForm()->slugEdit();
    QVERIFY(slug->isVisible());

    // No, the default: the post keeps its address.
    slug->setFocus();
    slug->selectAll();
    QTest::keyClicks(slug, u"new-address"_s);
    QString question;
    test::answerNextMessageBox(u"Keep “%1”"_s.arg(before), &question);
    QTest::keyClick(slug, Qt::Key_Return);
    QVERIFY2(question.contains(before) && question.contains(u"new-address"_s),
             qPrintable(question));
    QCOMPARE(document->article().meta.slug, before);
    QCOMPARE(slug->text(), before);
    QVERIFY(!document->isModified());

    // Yes: one undo step.
    // Back from the question (offscreen, no window manager gives the window back the focus).
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    slug->selectAll();
    QTest::keyClicks(slug, u"new-address"_s);
    test::answerNextMessageBox(u"Change Slug"_s);
    QTest::keyClick(slug, Qt::Key_Return);
    QCOMPARE(document->article().meta.slug, u"new-address"_s);
    QCOMPARE(document->undoStack()->count(), 1);
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    TestReviewWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reviewwindow.moc"
