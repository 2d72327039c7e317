// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "markdownedit.h"
#include "markdownsectioneditor.h"
#include "spellchecker.h"
#include "testarticles.h"
#include "testmain.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The format the widget shows at document position `position`.
QTextCharFormat shownFormat(const QPlainTextEdit *edit, int position)
{
    const QTextBlock block = edit->document()->findBlock(position);
    const int at = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (at >= range.start && at < range.start + range.length)
            return range.format;
    }
    return {};
}

bool isUnderlined(const QPlainTextEdit *edit, int position)
{
    return shownFormat(edit, position).underlineStyle() == QTextCharFormat::SpellCheckUnderline;
}

// Opens the context menu at document position `position` of `edit` as a right click does,
// and triggers the entry called `entry` (when given). Returns the entries the menu showed.
QStringList useContextMenu(MarkdownEdit *edit, int position, const QString &entry = {})
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    const QPoint point = edit->cursorRect(cursor).center();
    QStringList shown;
    QTimer::singleShot(0, edit, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            shown.append(action->text());
            if (!entry.isEmpty() && action->text() == entry)
                chosen = action;
        }
        if (chosen) {
            menu->setActiveAction(chosen);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, point, edit->viewport()->mapToGlobal(point));
    QApplication::sendEvent(edit->viewport(), &event);
    return shown;
}

} // namespace

// Hunspell through SpellChecker: dictionaries by article language, the personal word list,
// and what the Markdown editor shows and offers for misspelled words.
class TestSpellChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void wordsAreJudgedInTheArticleLanguage_data();
    void wordsAreJudgedInTheArticleLanguage();
    void dictionaryFollowsTheLanguageTag_data();
    void dictionaryFollowsTheLanguageTag();
    void missingDictionaryChecksNothingAndSaysWhy_data();
    void missingDictionaryChecksNothingAndSaysWhy();
    void suggestionsComeInTheDictionaryEncoding_data();
    void suggestionsComeInTheDictionaryEncoding();
    void addedWordPersistsAcrossInstancesAndLanguages();
    void addedWordReachesEveryChecker();
    void editorUnderlinesMisspelledWordsOnly_data();
    void editorUnderlinesMisspelledWordsOnly();
    void editorSkipsCodeAndAddresses();
    void contextMenuSuggestionChangesTheDocument();
    void contextMenuAddToDictionaryRemovesTheUnderline();

private:
    void keepDictionariesLoaded();

    // Loading a dictionary is slow: these keep en and nb loaded for the other checkers.
    std::unique_ptr<SpellChecker> m_english;
    std::unique_ptr<SpellChecker> m_norwegian;
    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<MarkdownSectionEditor> m_editor;
    void showEditor(const QString &language, const QString &text);
};

void TestSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(SpellChecker::personalWordListPath());
    keepDictionariesLoaded();
}

void TestSpellChecker::cleanupTestCase()
{
    m_english.reset();
    m_norwegian.reset();
}

void TestSpellChecker::keepDictionariesLoaded()
{
    m_english = std::make_unique<SpellChecker>();
    m_english->setLanguage(u"en"_s);
    m_norwegian = std::make_unique<SpellChecker>();
    m_norwegian->setLanguage(u"nb"_s);
}

void TestSpellChecker::init()
{
    QFile::remove(SpellChecker::personalWordListPath());
}

void TestSpellChecker::cleanup()
{
    m_editor.reset();
    m_doc.reset();
    QFile::remove(SpellChecker::personalWordListPath());
}

void TestSpellChecker::showEditor(const QString &language, const QString &text)
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.meta.language = language;
    article.sections[article.indexOfSection(u"i1"_s)].markdown = text;
    m_doc->reset(article);
    m_editor = std::make_unique<MarkdownSectionEditor>(m_doc.get());
    m_editor->showSection(u"i1"_s);
    m_editor->resize(600, 400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSpellChecker::wordsAreJudgedInTheArticleLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");
    QTest::newRow("en correct") << u"en"_s << u"language"_s << true;
    QTest::newRow("en correct with an apostrophe") << u"en"_s << u"don't"_s << true;
    QTest::newRow("en capitalised") << u"en"_s << u"Language"_s << true;
    QTest::newRow("en misspelled") << u"en"_s << u"langauge"_s << false;
    QTest::newRow("en does not know Norwegian") << u"en"_s << u"blåbærsyltetøy"_s << false;
    QTest::newRow("nb correct") << u"nb"_s << u"blåbærsyltetøy"_s << true;
    QTest::newRow("nb correct compound") << u"nb"_s << u"forhandlingsposisjon"_s << true;
    QTest::newRow("nb misspelled") << u"nb"_s << u"forhandlingsposisjonn"_s << false;
    QTest::newRow("nb misspelled beyond ASCII") << u"nb"_s << u"blåbærsyltetøøy"_s << false;
    QTest::newRow("nb a letter Latin-1 lacks is not judged") << u"nb"_s << u"œuvre"_s << true;
}

void TestSpellChecker::wordsAreJudgedInTheArticleLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(bool, correct);
    SpellChecker checker;
    checker.setLanguage(language);
    QVERIFY2(checker.isAvailable(), qPrintable(checker.unavailableReason()));
    QCOMPARE(checker.isCorrect(word), correct);
}

void TestSpellChecker::dictionaryFollowsTheLanguageTag_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("dictionary");
    QTest::newRow("en") << u"en"_s << u"en_US"_s;
    QTest::newRow("en-US") << u"en-US"_s << u"en_US"_s;
    QTest::newRow("nb") << u"nb"_s << u"nb_NO"_s;
    QTest::newRow("nb-NO") << u"nb-NO"_s << u"nb_NO"_s;
    QTest::newRow("no") << u"no"_s << u"nb_NO"_s;
    QTest::newRow("nn") << u"nn"_s << u"nn_NO"_s;
}

void TestSpellChecker::dictionaryFollowsTheLanguageTag()
{
    QFETCH(QString, language);
    QFETCH(QString, dictionary);
    SpellChecker checker;
    QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
    checker.setLanguage(language);
    QCOMPARE(checker.dictionaryName(), dictionary);
    QCOMPARE(checker.language(), language);
    QVERIFY(checker.unavailableReason().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestSpellChecker::missingDictionaryChecksNothingAndSaysWhy_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("no dictionary installed") << u"xx"_s;
    QTest::newRow("no language") << QString();
}

void TestSpellChecker::missingDictionaryChecksNothingAndSaysWhy()
{
    QFETCH(QString, language);
    SpellChecker checker;
    checker.setLanguage(language);
    QVERIFY(!checker.isAvailable());
    QVERIFY(!checker.unavailableReason().isEmpty());
    QVERIFY(checker.unavailableReason().contains(language));
    QVERIFY(checker.isCorrect(u"langauge"_s));
    QVERIFY(checker.suggestions(u"langauge"_s).isEmpty());
    // A language with a dictionary afterwards checks again.
    checker.setLanguage(u"en"_s);
    QVERIFY(checker.unavailableReason().isEmpty());
    QVERIFY(!checker.isCorrect(u"langauge"_s));
}

void TestSpellChecker::suggestionsComeInTheDictionaryEncoding_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("correction");
    QTest::newRow("en, UTF-8") << u"en"_s << u"langauge"_s << u"language"_s;
    QTest::newRow("nb, ISO-8859-1") << u"nb"_s << u"blåbærsyltetøøy"_s << u"blåbærsyltetøy"_s;
}

void TestSpellChecker::suggestionsComeInTheDictionaryEncoding()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, correction);
    SpellChecker checker;
    checker.setLanguage(language);
    const QStringList suggestions = checker.suggestions(word);
    QVERIFY2(suggestions.contains(correction), qPrintable(suggestions.join(u", ")));
    QVERIFY(suggestions.size() <= 7);
}

void TestSpellChecker::addedWordPersistsAcrossInstancesAndLanguages()
{
    const QString word = u"Quorumish"_s;
    m_english.reset();
    m_norwegian.reset();
    {
        SpellChecker checker;
        checker.setLanguage(u"en"_s);
        QVERIFY(!checker.isCorrect(word));
        QSignalSpy changed(&checker, &SpellChecker::dictionaryChanged);
        QString error;
        QVERIFY2(checker.addToDictionary(word, &error), qPrintable(error));
        QVERIFY(checker.isCorrect(word));
        QCOMPARE(changed.count(), 1);
    }
    // No checker is left: the next one reads the list from the file again.
    QVERIFY(test::readFile(SpellChecker::personalWordListPath()).contains(word.toUtf8()));
    for (const QString &language : {u"nb"_s, u"en"_s}) {
        SpellChecker checker;
        checker.setLanguage(language);
        QVERIFY2(checker.isCorrect(word), qPrintable(language));
    }
    keepDictionariesLoaded();
}

void TestSpellChecker::addedWordReachesEveryChecker()
{
    SpellChecker english;
    english.setLanguage(u"en"_s);
    SpellChecker norwegian;
    norwegian.setLanguage(u"nb"_s);
    const QString word = u"Skjærgårdsblogg"_s;
    QVERIFY(!english.isCorrect(word));
    QVERIFY(!norwegian.isCorrect(word));
    QSignalSpy changed(&norwegian, &SpellChecker::dictionaryChanged);
    english.addToDictionary(word);
    QCOMPARE(changed.count(), 1);
    QVERIFY(norwegian.isCorrect(word));
    QVERIFY(english.isCorrect(word));
}

void TestSpellChecker::editorUnderlinesMisspelledWordsOnly_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("correct");
    QTest::addColumn<QString>("misspelled");
    QTest::newRow("en") << u"en"_s << u"language"_s << u"langauge"_s;
    QTest::newRow("nb") << u"nb"_s << u"blåbærsyltetøy"_s << u"forhandlingsposisjonn"_s;
}

// What the writer types is checked as it is typed, in the article's language.
void TestSpellChecker::editorUnderlinesMisspelledWordsOnly()
{
    QFETCH(QString, language);
    QFETCH(QString, correct);
    QFETCH(QString, misspelled);
    showEditor(language, QString());
    MarkdownEdit *edit = m_editor->markdownEdit();
    QCOMPARE(edit->language(), language);
    edit->setFocus();
    QTest::keyClicks(edit, correct + u' ' + misspelled + u' ');
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, correct + u' ' + misspelled + u' ');
    const int misspelledAt = int(correct.size()) + 1;
    for (int i = 0; i < correct.size(); ++i)
        QVERIFY2(!isUnderlined(edit, i), qPrintable(correct));
    for (int i = misspelledAt; i < misspelledAt + misspelled.size(); ++i)
        QVERIFY2(isUnderlined(edit, i), qPrintable(misspelled));
    QVERIFY(!isUnderlined(edit, misspelledAt - 1)); // the space between them
}

void TestSpellChecker::editorSkipsCodeAndAddresses()
{
    showEditor(u"en"_s, u"`langauge` [text](https://exampel.org/langauge) "
                        "<https://langauge.example> www.langauge.example langauge"_s);
    MarkdownEdit *edit = m_editor->markdownEdit();
    const QString text = edit->markdown();
    const qsizetype last = text.lastIndexOf(u"langauge"_s);
    for (qsizetype at = text.indexOf(u"langauge"_s); at >= 0 && at < last;
         at = text.indexOf(u"langauge"_s, at + 1))
        QVERIFY2(!isUnderlined(edit, int(at)), qPrintable(QString::number(at)));
    QVERIFY(!isUnderlined(edit, int(text.indexOf(u"exampel"_s))));
    QVERIFY(isUnderlined(edit, int(last)));
}

void TestSpellChecker::contextMenuSuggestionChangesTheDocument()
{
    showEditor(u"en"_s, u"The langauge model"_s);
    MarkdownEdit *edit = m_editor->markdownEdit();
    QVERIFY(isUnderlined(edit, 5));
    const QStringList shown = useContextMenu(edit, 6, u"language"_s);
    QVERIFY2(shown.contains(u"language"_s), qPrintable(shown.join(u", ")));
    QVERIFY(shown.contains(edit->tr("Add to Dictionary")));
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"The language model"_s);
    QCOMPARE(edit->markdown(), u"The language model"_s);
    QVERIFY(!isUnderlined(edit, 5));
    // The correction is one step of the article's history.
    QTest::keySequence(edit, QKeySequence::Undo);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"The langauge model"_s);
}

void TestSpellChecker::contextMenuAddToDictionaryRemovesTheUnderline()
{
    showEditor(u"en"_s, u"Our Quorumesque reports"_s);
    MarkdownEdit *edit = m_editor->markdownEdit();
    QVERIFY(isUnderlined(edit, 5));
    // A correct word offers no spelling entries.
    QVERIFY(!useContextMenu(edit, 18).contains(edit->tr("Add to Dictionary")));
    useContextMenu(edit, 6, edit->tr("Add to Dictionary"));
    QVERIFY(!isUnderlined(edit, 5));
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"Our Quorumesque reports"_s);
    QVERIFY(test::readFile(SpellChecker::personalWordListPath()).contains("Quorumesque"));
}

QUORUM_TEST_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
