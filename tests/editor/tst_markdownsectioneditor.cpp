// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "markdownedit.h"
#include "markdownsectioneditor.h"
#include "spellchecker.h"
#include "testarticles.h"
#include "testmain.h"

#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The editor of Introduction, Text and Conclusion sections, driven through its widgets.
class TestMarkdownSectionEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingUndoesWordByWord();
    void undoPutsTheCursorWhereTheTextChanged();
    void undoKeepsTheScrollPosition();
    void undoHistorySurvivesSwitchingSections();
    void undoWhileAnotherSectionIsShown();
    void formattingShortcutIsOneUndoStep();
    void contextMenuUndoIsTheArticles();
    void changesMadeElsewhereAreShown();
    void languageFollowsTheArticle();
    void revealTextSelectsTheSpan();

private:
    MarkdownEdit *edit() const { return m_editor->markdownEdit(); }
    QString documentText(const QString &id = u"i1"_s) const { return m_doc->section(id)->markdown; }
    void undo() { QTest::keySequence(edit(), QKeySequence::Undo); }
    void redo() { QTest::keySequence(edit(), QKeySequence::Redo); }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<MarkdownSectionEditor> m_editor;
};

void TestMarkdownSectionEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMarkdownSectionEditor::init()
{
    Article article = test::fullArticle();
    article.meta.language = u"en"_s;
    article.sections[article.indexOfSection(u"i1"_s)].markdown =
        u"The national library trains a language model.\n\nExperts doubt it."_s;
    article.sections[article.indexOfSection(u"c1"_s)].markdown = u"An ambitious plan."_s;
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(article);
    m_editor = std::make_unique<MarkdownSectionEditor>(m_doc.get());
    m_editor->showSection(u"i1"_s);
    m_editor->resize(600, 300);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    edit()->setFocus();
}

void TestMarkdownSectionEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestMarkdownSectionEditor::typingUndoesWordByWord()
{
    const QString before = documentText();
    QCOMPARE(edit()->markdown(), before);
    edit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit(), u" brave new world"_s);
    QCOMPARE(documentText(), before + u" brave new world"_s);

    // A step is a word with the spaces after it; the first space is a step of its own.
    const QStringList steps = {before + u" brave new "_s, before + u" brave "_s, before + u' ',
                               before};
    for (const QString &step : steps) {
        undo();
        QCOMPARE(documentText(), step);
        QCOMPARE(edit()->markdown(), step);
    }
    for (qsizetype i = steps.size() - 2; i >= 0; --i) {
        redo();
        QCOMPARE(documentText(), steps.at(i));
        QCOMPARE(edit()->markdown(), steps.at(i));
    }
    redo();
    QCOMPARE(edit()->markdown(), before + u" brave new world"_s);
}

void TestMarkdownSectionEditor::undoPutsTheCursorWhereTheTextChanged()
{
    const QString before = documentText();
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(5);
    edit()->setTextCursor(cursor);
    QTest::keyClicks(edit(), u"xyz"_s);
    QCOMPARE(documentText(), before.left(5) + u"xyz"_s + before.mid(5));
    edit()->moveCursor(QTextCursor::End);
    undo();
    QCOMPARE(edit()->markdown(), before);
    QCOMPARE(edit()->textCursor().position(), 5);
    edit()->moveCursor(QTextCursor::Start);
    redo();
    QCOMPARE(edit()->markdown(), documentText());
    QCOMPARE(edit()->textCursor().position(), 8);
}

void TestMarkdownSectionEditor::undoKeepsTheScrollPosition()
{
    QStringList lines;
    for (int i = 0; i < 200; ++i)
        lines.append(u"Line %1 of a long text."_s.arg(i));
    Section long_ = *m_doc->section(u"i1"_s);
    long_.markdown = lines.join(u'\n');
    m_doc->setSection(long_);
    QScrollBar *scroll = edit()->verticalScrollBar();
    QVERIFY(scroll->maximum() > 50);
    scroll->setValue(100);
    // Type on a line in view, then undo it.
    const QTextCursor visible = edit()->cursorForPosition(edit()->viewport()->rect().center());
    edit()->setTextCursor(visible);
    const int at = visible.position();
    QTest::keyClicks(edit(), u"word"_s);
    QCOMPARE(scroll->value(), 100);
    undo();
    QCOMPARE(edit()->markdown(), long_.markdown);
    QCOMPARE(edit()->textCursor().position(), at);
    QCOMPARE(scroll->value(), 100);
}

void TestMarkdownSectionEditor::undoHistorySurvivesSwitchingSections()
{
    const QString before = documentText();
    edit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit(), u" alpha beta"_s);
    const int place = edit()->textCursor().position();

    m_editor->showSection(u"c1"_s);
    QCOMPARE(edit()->markdown(), documentText(u"c1"_s));
    m_editor->showSection(u"i1"_s);
    QCOMPARE(edit()->markdown(), before + u" alpha beta"_s);
    QCOMPARE(edit()->textCursor().position(), place);

    undo();
    QCOMPARE(documentText(), before + u" alpha "_s);
    QCOMPARE(edit()->markdown(), before + u" alpha "_s);
    undo();
    undo();
    QCOMPARE(documentText(), before);
    QCOMPARE(edit()->markdown(), before);
    redo();
    QCOMPARE(edit()->markdown(), before + u' ');
}

void TestMarkdownSectionEditor::undoWhileAnotherSectionIsShown()
{
    const QString introduction = documentText();
    const QString conclusion = documentText(u"c1"_s);
    edit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit(), u" typed"_s);

    m_editor->showSection(u"c1"_s);
    undo(); // the article's last step: the word typed in the introduction
    QCOMPARE(documentText(), introduction + u' ');
    QCOMPARE(edit()->markdown(), conclusion);
    m_editor->showSection(u"i1"_s);
    QCOMPARE(edit()->markdown(), introduction + u' ');
}

void TestMarkdownSectionEditor::formattingShortcutIsOneUndoStep()
{
    Section shown = *m_doc->section(u"i1"_s);
    shown.markdown = u"a plain word"_s;
    m_doc->setSection(shown);
    const int steps = m_doc->undoStack()->count();
    QTextCursor cursor = edit()->textCursor();
    cursor.setPosition(8);
    cursor.setPosition(12, QTextCursor::KeepAnchor);
    edit()->setTextCursor(cursor);
    QTest::keyClick(edit(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(documentText(), u"a plain **word**"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    undo();
    QCOMPARE(documentText(), u"a plain word"_s);
    QCOMPARE(edit()->markdown(), u"a plain word"_s);
}

void TestMarkdownSectionEditor::contextMenuUndoIsTheArticles()
{
    const QString before = documentText();
    edit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit(), u" more"_s);
    const std::unique_ptr<QMenu> menu(edit()->createContextMenu(QPoint(5, 5)));
    QAction *undoAction = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(edit()->tr("&Undo")))
            undoAction = action;
    }
    QVERIFY(undoAction);
    QVERIFY(undoAction->isEnabled());
    undoAction->trigger();
    QCOMPARE(documentText(), before + u' ');
    QCOMPARE(edit()->markdown(), before + u' ');
}

void TestMarkdownSectionEditor::changesMadeElsewhereAreShown()
{
    Section edited = *m_doc->section(u"i1"_s);
    edited.heading = u"From elsewhere"_s;
    edited.markdown = u"Replaced *text*"_s;
    m_doc->setSection(edited);
    QCOMPARE(m_editor->headingEdit()->text(), u"From elsewhere"_s);
    QCOMPARE(edit()->markdown(), u"Replaced *text*"_s);
    QCOMPARE(edit()->textCursor().position(), edited.markdown.size());
    // What is shown elsewhere is not sent back as an edit of its own.
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestMarkdownSectionEditor::languageFollowsTheArticle()
{
    QCOMPARE(edit()->language(), m_doc->article().meta.language);
    ArticleMeta meta = m_doc->article().meta;
    meta.language = u"nb"_s;
    m_doc->setMeta(meta);
    QCOMPARE(edit()->language(), u"nb"_s);
    QCOMPARE(edit()->spellChecker()->dictionaryName(), u"nb_NO"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(edit()->language(), u"en"_s);
    QCOMPARE(edit()->spellChecker()->dictionaryName(), u"en_US"_s);
}

void TestMarkdownSectionEditor::revealTextSelectsTheSpan()
{
    const QString text = documentText();
    QVERIFY(text.size() > 10);
    QVERIFY(m_editor->revealText({u"i1"_s, TextField::Markdown, 0, 4, 5}));
    QCOMPARE(edit()->textCursor().selectedText(), text.mid(4, 5));
    QVERIFY(m_editor->revealText({u"i1"_s, TextField::Heading, 0, -1, 0}));
    QCOMPARE(m_editor->headingEdit()->selectedText(), m_doc->section(u"i1"_s)->heading);
    QVERIFY(!m_editor->revealText({u"c1"_s, TextField::Markdown, 0, 0, 1}));
    QVERIFY(!m_editor->revealText({u"i1"_s, TextField::VoiceQuote, 0, 0, 1}));
}

QUORUM_TEST_MAIN(TestMarkdownSectionEditor)
#include "tst_markdownsectioneditor.moc"
