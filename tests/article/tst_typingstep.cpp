// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Undo steps are word-sized: what a writer types is undone a word at a time.
class TestTypingStep : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void typedTextUndoesWordByWord_data();
    void typedTextUndoesWordByWord();
    void backspaceUndoesWordByWord();
    void typingBeforeTheSameCharacterStaysInTheStep();
    void cursorJumpStartsAStep();
    void pasteIsAStepOfItsOwn();
    void otherFieldStartsAStep();
    void titleWithFollowingSlugStillMerges();

private:
    /// Types `keys` at the end of the introduction's Markdown: a character inserts, `\b` removes
    /// the last character. Each keystroke is one mergeable edit, as the editors send them.
    void type(const QString &keys);
    QString text() const { return m_doc->section(u"i1"_s)->markdown; }
    QStringList undoAll();

    std::unique_ptr<ArticleDocument> m_doc;
};

void TestTypingStep::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.sections[article.indexOfSection(u"i1"_s)].markdown.clear();
    m_doc->reset(article);
}

void TestTypingStep::type(const QString &keys)
{
    for (QChar key : keys) {
        Section section = *m_doc->section(u"i1"_s);
        if (key == u'\b')
            section.markdown.chop(1);
        else
            section.markdown += key;
        m_doc->setSection(section, /*mergeable=*/true);
    }
}

QStringList TestTypingStep::undoAll()
{
    QStringList texts;
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undoStack()->undo();
        texts.append(text());
    }
    return texts;
}

void TestTypingStep::typedTextUndoesWordByWord_data()
{
    QTest::addColumn<QString>("keys");
    QTest::addColumn<QStringList>("afterEachUndo");
    QTest::newRow("one word") << u"Quorum"_s << QStringList{u""_s};
    QTest::newRow("three words") << u"Hello big world"_s
                                 << QStringList{u"Hello big "_s, u"Hello "_s, u""_s};
    QTest::newRow("punctuation stays with its word")
        << u"Yes, really."_s << QStringList{u"Yes, "_s, u""_s};
    QTest::newRow("a new line is a step")
        << u"One\nTwo"_s << QStringList{u"One\n"_s, u"One"_s, u""_s};
    QTest::newRow("apostrophes and hyphens are inside words")
        << u"it's well-known"_s << QStringList{u"it's "_s, u""_s};
    QTest::newRow("Norwegian letters") << u"blåbær syltetøy"_s << QStringList{u"blåbær "_s, u""_s};
}

void TestTypingStep::typedTextUndoesWordByWord()
{
    QFETCH(QString, keys);
    QFETCH(QStringList, afterEachUndo);
    type(keys);
    QCOMPARE(text(), keys);
    QCOMPARE(undoAll(), afterEachUndo);
    // Redo brings every word back.
    while (m_doc->undoStack()->canRedo())
        m_doc->undoStack()->redo();
    QCOMPARE(text(), keys);
}

void TestTypingStep::backspaceUndoesWordByWord()
{
    type(u"alpha beta"_s);
    m_doc->undoStack()->clear();
    type(u"\b\b\b\b\b\b"_s); // "beta", then the space and the "a" of "alpha"
    QCOMPARE(text(), u"alph"_s);
    // As in typing, the space belongs to the word before it.
    QCOMPARE(undoAll(), (QStringList{u"alpha "_s, u"alpha beta"_s}));
}

void TestTypingStep::typingBeforeTheSameCharacterStaysInTheStep()
{
    Section section = *m_doc->section(u"i1"_s);
    section.markdown = u" end"_s;
    m_doc->setSection(section);
    m_doc->undoStack()->clear();
    // Typed at the start, before " end": the space typed before a space is ambiguous.
    const QString word = u"well "_s;
    for (int i = 0; i < word.size(); ++i) {
        section.markdown.insert(i, word.at(i));
        m_doc->setSection(section, true);
    }
    QCOMPARE(text(), u"well  end"_s);
    QCOMPARE(undoAll(), QStringList{u" end"_s});
}

void TestTypingStep::cursorJumpStartsAStep()
{
    type(u"ab"_s);
    Section section = *m_doc->section(u"i1"_s);
    section.markdown.prepend(u'x'); // typed at the start: the cursor moved
    m_doc->setSection(section, true);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(text(), u"ab"_s);
}

void TestTypingStep::pasteIsAStepOfItsOwn()
{
    type(u"ab"_s);
    Section section = *m_doc->section(u"i1"_s);
    section.markdown += u"pasted"_s;
    m_doc->setSection(section, true);
    type(u"c"_s);
    QCOMPARE(undoAll(), (QStringList{u"abpasted"_s, u"ab"_s, u""_s}));
}

void TestTypingStep::otherFieldStartsAStep()
{
    type(u"ab"_s);
    Section section = *m_doc->section(u"i1"_s);
    section.heading += u'c';
    m_doc->setSection(section, true);
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestTypingStep::titleWithFollowingSlugStillMerges()
{
    ArticleMeta meta = m_doc->article().meta;
    meta.title.clear();
    meta.slug.clear();
    m_doc->setMeta(meta);
    m_doc->undoStack()->clear();
    for (QChar c : u"Big news"_s) {
        meta.title += c;
        meta.slug = meta.title.toLower().replace(u' ', u'-');
        m_doc->setMeta(meta, true);
    }
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.title, u"Big "_s);
    QCOMPARE(m_doc->article().meta.slug, u"big-"_s);
}

QUORUM_TEST_GUILESS_MAIN(TestTypingStep)
#include "tst_typingstep.moc"
