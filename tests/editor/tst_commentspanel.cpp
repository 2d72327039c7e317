// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "commentanchoring.h"
#include "commentmarks.h"
#include "commentspanel.h"
#include "testarticles.h"
#include "testmain.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The Comments panel: write, answer, resolve, filter, delete, go to; and a comment added from
// a text editor's context menu, all the way into the saved file.
class TestCommentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addReplyResolveFilterDelete();
    void composerShowsWhatItIsOn();
    void ctrlReturnAddsEscapeCancels();
    void activatingGoesToTheAnchor();
    void contextMenuCommentIsSavedInTheFile();
    void anchoredTextIsMarked();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    void click(const QString &button)
    {
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
    }
    QTreeWidget *list() const { return m_panel->list(); }
    QString intro() const { return m_doc->section(u"i1"_s)->markdown; }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<CommentsPanel> m_panel;
};

void TestCommentsPanel::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.comments.clear();
    article.sections[article.indexOfSection(u"i1"_s)].markdown =
        u"The library holds a century of texts.\nIt wants a model."_s;
    m_doc->reset(article);
    m_panel = std::make_unique<CommentsPanel>(m_doc.get());
    m_panel->setUserName(u"editor.kari"_s);
    m_panel->resize(700, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCommentsPanel::addReplyResolveFilterDelete()
{
    QVERIFY(!child<QPushButton>(u"newComment"_s)->isEnabled()); // no section yet
    m_panel->setCurrentSection(u"v1"_s);
    click(u"newComment"_s);
    QVERIFY(m_panel->isComposing());
    QTest::keyClicks(child<QPlainTextEdit>(u"composerText"_s), u"Where do 60% come from?"_s);
    click(u"addComment"_s);
    QVERIFY(!m_panel->isComposing());

    QCOMPARE(m_doc->article().comments.size(), 1);
    const ReviewComment added = m_doc->article().comments.first();
    QCOMPARE(added.sectionId, u"v1"_s);
    QCOMPARE(added.author, u"editor.kari"_s);
    QCOMPARE(added.text, u"Where do 60% come from?"_s);
    QCOMPARE(added.anchor.kind, CommentAnchor::Kind::Section);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QCOMPARE(list()->topLevelItem(0)->text(0), added.text);
    QCOMPARE(list()->topLevelItem(0)->text(1), u"The Internet's Verdict"_s);
    QCOMPARE(m_panel->currentCommentId(), added.id); // the new comment is selected

    // Reply.
    QVERIFY(!child<QPushButton>(u"replyButton"_s)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(u"replyText"_s), u"From the five voices."_s);
    click(u"replyButton"_s);
    QCOMPARE(m_doc->article().comments.first().replies.size(), 1);
    QCOMPARE(m_doc->article().comments.first().replies.first().author, u"editor.kari"_s);
    QCOMPARE(list()->topLevelItem(0)->childCount(), 1);
    QCOMPARE(list()->topLevelItem(0)->child(0)->text(0), u"From the five voices."_s);
    QVERIFY(child<QLineEdit>(u"replyText"_s)->text().isEmpty());

    // Resolve: the open filter no longer shows it; the resolved filter does.
    QCOMPARE(m_panel->filter(), CommentsPanel::Filter::Open);
    click(u"resolveButton"_s);
    QVERIFY(m_doc->article().comments.first().resolved);
    QCOMPARE(list()->topLevelItemCount(), 0);
    auto *filter = child<QComboBox>(u"commentFilter"_s);
    filter->setCurrentIndex(filter->findData(int(CommentsPanel::Filter::Resolved)));
    QCOMPARE(list()->topLevelItemCount(), 1);
    list()->setCurrentItem(list()->topLevelItem(0));
    QCOMPARE(child<QPushButton>(u"resolveButton"_s)->text().remove(u'&'), u"Reopen"_s);
    m_panel->setFilter(CommentsPanel::Filter::All);
    QCOMPARE(list()->topLevelItemCount(), 1);
    QVERIFY(list()->topLevelItem(0)->font(0).italic()); // resolved ones look settled

    // Delete, and undo brings it back into the list.
    list()->setCurrentItem(list()->topLevelItem(0));
    click(u"deleteButton"_s);
    QVERIFY(m_doc->article().comments.isEmpty());
    QCOMPARE(list()->topLevelItemCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(list()->topLevelItemCount(), 1);
}

void TestCommentsPanel::composerShowsWhatItIsOn()
{
    m_panel->beginComment(u"i1"_s,
                          {CommentAnchor::Kind::Text, TextField::Markdown, 0, 4, 7, {}, {}});
    QCOMPARE(child<QLabel>(u"composerTarget"_s)->text(), u"On “library” in Introduction"_s);
    QVERIFY(child<QPlainTextEdit>(u"composerText"_s)->hasFocus());
    m_panel->beginComment(u"f1"_s,
                          {CommentAnchor::Kind::Voice, TextField::Markdown, 1, 0, 0, {}, {}});
    QCOMPARE(child<QLabel>(u"composerTarget"_s)->text(), u"On Forum Voices › voice 2 › Quote"_s);
}

void TestCommentsPanel::ctrlReturnAddsEscapeCancels()
{
    m_panel->beginComment(u"i1"_s, {});
    auto *text = child<QPlainTextEdit>(u"composerText"_s);
    QTest::keyClicks(text, u"Cut this."_s);
    QTest::keyClick(text, Qt::Key_Escape);
    QVERIFY(!m_panel->isComposing());
    QVERIFY(m_doc->article().comments.isEmpty());

    m_panel->beginComment(u"i1"_s, {});
    QVERIFY(text->toPlainText().isEmpty());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier); // nothing written: nothing added
    QVERIFY(m_doc->article().comments.isEmpty());
    QTest::keyClicks(text, u"Shorter, please."_s);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_doc->article().comments.size(), 1);
    QCOMPARE(m_doc->article().comments.first().text, u"Shorter, please."_s);
}

void TestCommentsPanel::activatingGoesToTheAnchor()
{
    ReviewComment comment;
    comment.sectionId = u"i1"_s;
    comment.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 4, 7, {}, {}};
    comment.text = u"Which library?"_s;
    m_doc->addComment(comment);
    m_doc->replyToComment(m_doc->article().comments.first().id, u"w"_s, u"The national one."_s);
    QSignalSpy activated(m_panel.get(), &CommentsPanel::locationActivated);
    QTreeWidgetItem *reply = list()->topLevelItem(0)->child(0);
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {},
                      list()->visualItemRect(reply).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<TextLocation>(),
             (TextLocation{u"i1"_s, TextField::Markdown, 0, 4, 7}));
}

void TestCommentsPanel::contextMenuCommentIsSavedInTheFile()
{
    // A text editor showing the introduction, with the comment context menu.
    QPlainTextEdit edit;
    edit.setPlainText(intro());
    installCommentContextMenu(&edit, m_panel.get(), [] {
        return CommentTarget{u"i1"_s, TextField::Markdown, 0};
    });
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    // Select "a century" and open the context menu.
    QTextCursor cursor = edit.textCursor();
    cursor.setPosition(int(intro().indexOf(u"a century"_s)));
    cursor.setPosition(cursor.position() + 9, QTextCursor::KeepAnchor);
    edit.setTextCursor(cursor);
    emit edit.customContextMenuRequested(edit.cursorRect().center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *add = menu->findChild<QAction *>(u"addComment"_s);
    QVERIFY(add);
    QCOMPARE(add->shortcut(), QKeySequence(u"Ctrl+Alt+M"_s));
    QVERIFY(menu->actions().size() > 2); // the standard actions are still there
    add->trigger();
    menu->close();

    QVERIFY(m_panel->isComposing());
    QTest::keyClicks(child<QPlainTextEdit>(u"composerText"_s), u"Since when?"_s);
    click(u"addComment"_s);
    QCOMPARE(m_doc->article().comments.size(), 1);
    const QString id = m_doc->article().comments.first().id;
    QCOMPARE(m_doc->article().comments.first().location(),
             (TextLocation{u"i1"_s, TextField::Markdown, 0, 18, 9}));

    // Resolve it in the panel, then save.
    m_panel->selectComment(id);
    click(u"resolveButton"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reviewed.quorum"_s);
    QString error;
    QVERIFY2(m_doc->save(&error, path), qPrintable(error));

    const QJsonArray saved =
        QJsonDocument::fromJson(test::readFile(path)).object()[u"comments"_s].toArray();
    QCOMPARE(saved.size(), 1);
    const QJsonObject comment = saved.first().toObject();
    QCOMPARE(comment[u"id"_s].toString(), id);
    QCOMPARE(comment[u"text"_s].toString(), u"Since when?"_s);
    QCOMPARE(comment[u"author"_s].toString(), u"editor.kari"_s);
    QCOMPARE(comment[u"resolved"_s].toBool(), true);
    const QJsonObject anchor = comment[u"anchor"_s].toObject();
    QCOMPARE(anchor[u"field"_s].toString(), u"text"_s);
    QCOMPARE(anchor[u"start"_s].toInt(), 18);
    QCOMPARE(anchor[u"length"_s].toInt(), 9);
    QCOMPARE(anchor[u"quote"_s].toString(), u"a century"_s);
}

void TestCommentsPanel::anchoredTextIsMarked()
{
    QPlainTextEdit edit;
    edit.setPlainText(intro());
    ReviewComment open;
    open.sectionId = u"i1"_s;
    open.anchor = {CommentAnchor::Kind::Text, TextField::Markdown, 0, 38, 2, {}, {}}; // "It"
    open.text = u"Who?"_s;
    m_doc->addComment(open);
    ReviewComment resolved = open;
    resolved.anchor.start = 4;
    resolved.anchor.length = 7;
    const QString resolvedId = m_doc->addComment(resolved);
    m_doc->setCommentResolved(resolvedId, true);
    ReviewComment elsewhere = open;
    elsewhere.anchor.field = TextField::Heading;
    elsewhere.anchor.start = 0;
    m_doc->addComment(elsewhere);

    const QList<QTextEdit::ExtraSelection> marks =
        commentSelections(m_doc->article(), u"i1"_s, TextField::Markdown, 0, &edit);
    QCOMPARE(marks.size(), 1); // the open one in this field only
    QCOMPARE(marks.first().cursor.selectedText(), u"It"_s);
    QVERIFY(marks.first().format.background().color().isValid());
    QCOMPARE(marks.first().format.toolTip(), u"Who?"_s);
    QCOMPARE(commentsAt(m_doc->article(), u"i1"_s, TextField::Markdown, 0, 39).size(), 1);
    QCOMPARE(commentsAt(m_doc->article(), u"i1"_s, TextField::Markdown, 0, 10).size(), 0);

    // Typing before it moves the mark with the text.
    Section section = *m_doc->section(u"i1"_s);
    section.markdown.prepend(u"Yes. "_s);
    m_doc->setSection(section);
    edit.setPlainText(section.markdown);
    const auto moved = commentSelections(m_doc->article(), u"i1"_s, TextField::Markdown, 0, &edit);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().cursor.selectedText(), u"It"_s);
}

QUORUM_TEST_MAIN(TestCommentsPanel)
#include "tst_commentspanel.moc"
