// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "markdownedit.h"
#include "sectioneditor.h"
#include "testarticles.h"
#include "testmain.h"
#include "undorouting.h"

#include <QLineEdit>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {
/// The smallest kind editor: the heading from the base, the Markdown in a MarkdownEdit.
class TextOnlyEditor : public SectionEditor
{
public:
    explicit TextOnlyEditor(ArticleDocument *document)
        : SectionEditor(document)
        , m_text(new MarkdownEdit(this))
    {
        bodyLayout()->addWidget(m_text);
        routeUndoToDocument(m_text, document);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            Section edited = *section();
            edited.markdown = m_text->toPlainText();
            commit(edited, true);
        });
    }
    MarkdownEdit *markdownEdit() const override { return m_text; }

protected:
    void refreshBody(const Section &shown) override
    {
        const QSignalBlocker blocker(m_text);
        if (m_text->toPlainText() != shown.markdown)
            m_text->setPlainText(shown.markdown);
    }

private:
    MarkdownEdit *m_text;
};
} // namespace

// The base of the kind editors: heading, echo suppression, undo routed to the document.
class TestSectionEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headingTypingUndoesWordByWordThroughTheDocument();
    void undoInTheTextFieldUndoesTheDocument();
    void changesMadeElsewhereAreShown();
    void removedSectionEmptiesTheEditor();

private:
    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<TextOnlyEditor> m_editor;
};

void TestSectionEditor::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::fullArticle());
    m_editor = std::make_unique<TextOnlyEditor>(m_doc.get());
    m_editor->showSection(u"i1"_s);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSectionEditor::headingTypingUndoesWordByWordThroughTheDocument()
{
    QLineEdit *heading = m_editor->headingEdit();
    const QString before = heading->text();
    heading->setFocus();
    heading->end(false);
    QTest::keyClicks(heading, u" and more"_s);
    QCOMPARE(m_doc->section(u"i1"_s)->heading, before + u" and more"_s);
    QTest::keySequence(heading, QKeySequence::Undo);
    QCOMPARE(m_doc->section(u"i1"_s)->heading, before + u" and "_s);
    QCOMPARE(heading->text(), before + u" and "_s);
    QTest::keySequence(heading, QKeySequence::Redo);
    QCOMPARE(heading->text(), before + u" and more"_s);
}

void TestSectionEditor::undoInTheTextFieldUndoesTheDocument()
{
    MarkdownEdit *text = m_editor->markdownEdit();
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    const QString before = text->toPlainText();
    QTest::keyClicks(text, u" New words"_s);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, before + u" New words"_s);
    QTest::keySequence(text, QKeySequence::Undo);
    QCOMPARE(text->toPlainText(), before + u" New "_s);
    QTest::keySequence(text, QKeySequence::Undo);
    QTest::keySequence(text, QKeySequence::Undo);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, before);
    QCOMPARE(text->toPlainText(), before);
}

void TestSectionEditor::changesMadeElsewhereAreShown()
{
    Section edited = *m_doc->section(u"i1"_s);
    edited.heading = u"From elsewhere"_s;
    edited.markdown = u"Replaced text"_s;
    m_doc->setSection(edited);
    QCOMPARE(m_editor->headingEdit()->text(), u"From elsewhere"_s);
    QCOMPARE(m_editor->markdownEdit()->toPlainText(), u"Replaced text"_s);
}

void TestSectionEditor::removedSectionEmptiesTheEditor()
{
    m_doc->removeSection(u"i1"_s);
    QVERIFY(m_editor->sectionId().isEmpty());
    QVERIFY(!m_editor->isEnabled());
    QVERIFY(m_editor->headingEdit()->text().isEmpty());
}

QUORUM_TEST_MAIN(TestSectionEditor)
#include "tst_sectioneditor.moc"
