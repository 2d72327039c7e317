// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "markdownedit.h"
#include "testarticles.h"
#include "testmain.h"
#include "verdicteditor.h"
#include "voicecard.h"
#include "voiceseditor.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {
const QString kVerdict = u"s1a2b3c02"_s;
const QString kVoices = u"s1a2b3c04"_s;

QStringList authors(const QList<Voice> &voices)
{
    QStringList names;
    for (const Voice &voice : voices)
        names.append(voice.author);
    return names;
}

QStringList comboTexts(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts.append(box->itemText(i));
    return texts;
}
} // namespace

// The Forum Voices editor: cards driven with keys and clicks, checked against the document.
class TestVoicesEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cardsShowTheVoices();
    void addVoiceWithTheButtonAndTheShortcut();
    void duplicateVoice();
    void deleteVoiceWithMouseAndKeyboard();
    void reorderWithAltKeysAndButtons();
    void typingInAQuoteUndoesWordByWord();
    void urlValidationMessage_data();
    void urlValidationMessage();
    void pastingALinkIntoAnEmptyCardFillsTheForum();
    void pastingALinkIntoAFilledCardLeavesTheForum();
    void dateCanBeLeftEmpty();
    void stanceChoicesFollowTheVerdictLabels();
    void leadIsTheSectionMarkdown();
    void revealFocusesAVoiceField();
    void manyVoicesNeedFewCards();
    void tabWalksFromVoiceToVoice();
    void switchingSectionsShowsTheOtherVoices();
    void undoHistorySurvivesSwitchingSections();
    void everyControlHasAnAccessibleName();

private:
    const QList<Voice> &voices() const { return m_doc->section(kVoices)->voices; }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<QWidget> m_window;
    VerdictEditor *m_verdict = nullptr;
    VoicesEditor *m_editor = nullptr;
    QList<Voice> m_original;
};

void TestVoicesEditor::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::sampleArticle());
    m_original = voices();
    QCOMPARE(m_original.size(), 5);
    m_window = std::make_unique<QWidget>();
    m_verdict = new VerdictEditor(m_doc.get(), m_window.get());
    m_editor = new VoicesEditor(m_doc.get(), m_window.get());
    auto *layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_verdict);
    layout->addWidget(m_editor, 2);
    m_window->resize(1400, 800);
    m_verdict->showSection(kVerdict);
    m_editor->showSection(kVoices);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVoicesEditor::cleanup()
{
    // The editors first: a field that loses the focus as its window goes commits to the
    // document.
    m_window.reset();
    m_doc.reset();
}

void TestVoicesEditor::cardsShowTheVoices()
{
    QCOMPARE(m_editor->voiceCount(), 5);
    for (int i = 0; i < m_original.size(); ++i) {
        const Voice &voice = m_original.at(i);
        VoiceCard *card = m_editor->cardForVoice(i);
        QVERIFY(card);
        QCOMPARE(card->quoteEdit()->toPlainText(), voice.quote);
        QCOMPARE(card->authorEdit()->text(), voice.author);
        QCOMPARE(card->forumEdit()->text(), voice.forum);
        QCOMPARE(card->urlEdit()->text(), voice.url);
        QVERIFY(card->datedBox()->isChecked());
        QCOMPARE(card->dateEdit()->date(), voice.date);
        QCOMPARE(card->stanceBox()->currentText(), voice.stance);
        QVERIFY(!card->urlMessage()->isVisible());
        QCOMPARE(card->quoteEdit()->accessibleName(), u"Quote of voice %1"_s.arg(i + 1));
    }
    QVERIFY(!m_editor->cardForVoice(5));
}

void TestVoicesEditor::addVoiceWithTheButtonAndTheShortcut()
{
    QTest::mouseClick(m_editor->addButton(), Qt::LeftButton);
    QCOMPARE(voices().size(), 6);
    QCOMPARE(voices().at(5), Voice{});
    VoiceCard *added = m_editor->cardForVoice(5);
    QVERIFY(added->quoteEdit()->hasFocus());
    QTest::keyClicks(added->quoteEdit(), u"A new opinion"_s);
    QCOMPARE(voices().at(5).quote, u"A new opinion"_s);

    // Ctrl+Shift+Return in voice 2 adds a voice right after it.
    VoiceCard *second = m_editor->cardForVoice(1);
    second->authorEdit()->setFocus();
    QTest::keyClick(second->authorEdit(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(voices().size(), 7);
    QCOMPARE(voices().at(2), Voice{});
    QCOMPARE(voices().at(3), m_original.at(2));
    QVERIFY(m_editor->cardForVoice(2)->quoteEdit()->hasFocus());
    QCOMPARE(m_editor->cardForVoice(3)->authorEdit()->text(), m_original.at(2).author);

    // From the lead, the shortcut adds at the end.
    m_editor->markdownEdit()->setFocus();
    QTest::keyClick(m_editor->markdownEdit(), Qt::Key_Return,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(voices().size(), 8);
    QVERIFY(m_editor->cardForVoice(7)->quoteEdit()->hasFocus());

    // Undo takes them back one by one.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(voices().size(), 6);
    QCOMPARE(m_editor->voiceCount(), 6);
    QCOMPARE(m_editor->cardForVoice(2)->authorEdit()->text(), m_original.at(2).author);
}

void TestVoicesEditor::duplicateVoice()
{
    QTest::mouseClick(m_editor->cardForVoice(1)->duplicateButton(), Qt::LeftButton);
    QCOMPARE(voices().size(), 6);
    QCOMPARE(voices().at(2), m_original.at(1));
    QCOMPARE(voices().at(3), m_original.at(2));
    QCOMPARE(m_editor->cardForVoice(2)->quoteEdit()->toPlainText(), m_original.at(1).quote);
    QVERIFY(m_editor->cardForVoice(2)->quoteEdit()->hasFocus());
    m_doc->undoStack()->undo();
    QCOMPARE(voices(), m_original);
    QCOMPARE(m_editor->cardForVoice(2)->authorEdit()->text(), m_original.at(2).author);
}

void TestVoicesEditor::deleteVoiceWithMouseAndKeyboard()
{
    QTest::mouseClick(m_editor->cardForVoice(1)->removeButton(), Qt::LeftButton);
    QList<Voice> expected = m_original;
    expected.removeAt(1);
    QCOMPARE(voices(), expected);
    QCOMPARE(m_editor->cardForVoice(1)->authorEdit()->text(), m_original.at(2).author);
    QVERIFY(m_editor->cardForVoice(1)->quoteEdit()->hasFocus());

    // The Delete button is reached with Tab and pressed with Space.
    VoiceCard *last = m_editor->cardForVoice(3);
    QCOMPARE(last->removeButton()->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    last->removeButton()->setFocus();
    QTest::keyClick(last->removeButton(), Qt::Key_Space);
    expected.removeAt(3);
    QCOMPARE(voices(), expected);
    QCOMPARE(m_editor->voiceCount(), 3);
    // The last voice gone: the focus goes to the voice before it.
    QVERIFY(m_editor->cardForVoice(2)->quoteEdit()->hasFocus());

    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(voices(), m_original);
    QCOMPARE(m_editor->cardForVoice(1)->authorEdit()->text(), m_original.at(1).author);
    QCOMPARE(m_editor->cardForVoice(4)->authorEdit()->text(), m_original.at(4).author);
}

void TestVoicesEditor::reorderWithAltKeysAndButtons()
{
    VoiceCard *card = m_editor->cardForVoice(1);
    card->authorEdit()->setFocus();
    card->authorEdit()->setCursorPosition(2);
    QTest::keyClick(card->authorEdit(), Qt::Key_Down, Qt::AltModifier);
    const QStringList original = authors(m_original);
    QStringList expected = original;
    expected.move(1, 2);
    QCOMPARE(authors(voices()), expected);
    // The focus and the cursor move with the voice.
    VoiceCard *moved = m_editor->cardForVoice(2);
    QVERIFY(moved->authorEdit()->hasFocus());
    QCOMPARE(moved->authorEdit()->cursorPosition(), 2);
    QCOMPARE(moved->authorEdit()->text(), original.at(1));

    // Alt+Up works from the stance box too; twice takes it to the top.
    moved->stanceBox()->setFocus();
    QTest::keyClick(moved->stanceBox(), Qt::Key_Up, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    expected.move(2, 0);
    QCOMPARE(authors(voices()), expected);
    QVERIFY(m_editor->cardForVoice(0)->stanceBox()->hasFocus());
    QCOMPARE(voices().at(0).stance, m_original.at(1).stance);
    // At the top, up does nothing and its button is off.
    QVERIFY(!m_editor->cardForVoice(0)->moveUpButton()->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(authors(voices()), expected);

    // The arrow buttons, with the mouse.
    QTest::mouseClick(m_editor->cardForVoice(3)->moveDownButton(), Qt::LeftButton);
    expected.move(3, 4);
    QCOMPARE(authors(voices()), expected);
    QCOMPARE(m_editor->cardForVoice(4)->authorEdit()->text(), expected.at(4));

    for (int i = 0; i < 4; ++i)
        m_doc->undoStack()->undo();
    QCOMPARE(voices(), m_original);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_editor->cardForVoice(i)->authorEdit()->text(), original.at(i));
}

void TestVoicesEditor::typingInAQuoteUndoesWordByWord()
{
    QPlainTextEdit *quote = m_editor->cardForVoice(0)->quoteEdit();
    quote->setFocus();
    quote->moveCursor(QTextCursor::End);
    QTest::keyClicks(quote, u" Fully agreed"_s);
    QCOMPARE(voices().at(0).quote, m_original.at(0).quote + u" Fully agreed"_s);
    QTest::keySequence(quote, QKeySequence::Undo);
    QCOMPARE(voices().at(0).quote, m_original.at(0).quote + u" Fully "_s);
    QCOMPARE(quote->toPlainText(), m_original.at(0).quote + u" Fully "_s);
    QTest::keySequence(quote, QKeySequence::Undo); // "Fully "
    QTest::keySequence(quote, QKeySequence::Undo); // " "
    QCOMPARE(quote->toPlainText(), m_original.at(0).quote);
    // The author field's undo is the document's too.
    QLineEdit *author = m_editor->cardForVoice(0)->authorEdit();
    author->setFocus();
    author->end(false);
    QTest::keyClicks(author, u"_x"_s);
    QTest::keySequence(author, QKeySequence::Undo);
    QCOMPARE(voices().at(0).author, m_original.at(0).author);
}

void TestVoicesEditor::urlValidationMessage_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("message");
    QTest::newRow("https") << u"https://example.org/t/1"_s << false;
    QTest::newRow("http") << u"http://example.org/"_s << false;
    QTest::newRow("no scheme") << u"example.org/t/1"_s << true;
    QTest::newRow("ftp") << u"ftp://example.org/file"_s << true;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << true;
    QTest::newRow("empty") << QString() << false;
}

void TestVoicesEditor::urlValidationMessage()
{
    QFETCH(QString, url);
    QFETCH(bool, message);
    VoiceCard *card = m_editor->cardForVoice(2);
    QLineEdit *edit = card->urlEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, url);
    // The model keeps what was typed, valid or not.
    QCOMPARE(voices().at(2).url, url);
    QCOMPARE(card->urlMessage()->isVisible(), message);
    QCOMPARE(edit->accessibleDescription().isEmpty(), !message);
    // The message follows undo and redo too.
    m_doc->undoStack()->undo();
    QCOMPARE(card->urlMessage()->isVisible(),
             !voices().at(2).url.isEmpty() && !voices().at(2).url.startsWith(u"http"_s));
}

void TestVoicesEditor::pastingALinkIntoAnEmptyCardFillsTheForum()
{
    QTest::mouseClick(m_editor->addButton(), Qt::LeftButton);
    VoiceCard *card = m_editor->cardForVoice(5);
    QGuiApplication::clipboard()->setText(u"https://news.ycombinator.com/item?id=4242"_s);
    card->urlEdit()->setFocus();
    QTest::keySequence(card->urlEdit(), QKeySequence::Paste);
    QCOMPARE(voices().at(5).url, u"https://news.ycombinator.com/item?id=4242"_s);
    QCOMPARE(voices().at(5).forum, u"Hacker News"_s);
    QCOMPARE(card->forumEdit()->text(), u"Hacker News"_s);
    // One undo step takes back both.
    QTest::keySequence(card->urlEdit(), QKeySequence::Undo);
    QCOMPARE(voices().at(5), Voice{});
    QVERIFY(card->forumEdit()->text().isEmpty());

    // Any other forum by its host name.
    QGuiApplication::clipboard()->setText(u"https://www.forum.example.net/t/9"_s);
    QTest::keySequence(card->urlEdit(), QKeySequence::Paste);
    QCOMPARE(voices().at(5).forum, u"forum.example.net"_s);
}

void TestVoicesEditor::pastingALinkIntoAFilledCardLeavesTheForum()
{
    VoiceCard *card = m_editor->cardForVoice(0);
    card->urlEdit()->setFocus();
    card->urlEdit()->selectAll();
    QTest::keyClick(card->urlEdit(), Qt::Key_Delete);
    QGuiApplication::clipboard()->setText(u"https://www.reddit.com/r/norge/"_s);
    QTest::keySequence(card->urlEdit(), QKeySequence::Paste);
    QCOMPARE(voices().at(0).url, u"https://www.reddit.com/r/norge/"_s);
    QCOMPARE(voices().at(0).forum, m_original.at(0).forum);
}

void TestVoicesEditor::dateCanBeLeftEmpty()
{
    VoiceCard *card = m_editor->cardForVoice(0);
    QCheckBox *dated = card->datedBox();
    QTest::mouseClick(dated, Qt::LeftButton, {}, QPoint(4, dated->height() / 2));
    QVERIFY(!voices().at(0).date.isValid());
    QVERIFY(!card->dateEdit()->isVisible());
    // The box is in the tab order: Space dates the voice again, today.
    dated->setFocus();
    QTest::keyClick(dated, Qt::Key_Space);
    QCOMPARE(voices().at(0).date, QDate::currentDate());
    QVERIFY(card->dateEdit()->isVisible());
    // A date typed in the box is one undo step.
    card->dateEdit()->setFocus();
    card->dateEdit()->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(card->dateEdit(), u"2025"_s);
    QTest::keyClick(card->dateEdit(), Qt::Key_Return);
    QCOMPARE(voices().at(0).date.year(), 2025);
    m_doc->undoStack()->undo();
    QCOMPARE(voices().at(0).date, QDate::currentDate());
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(voices().at(0).date, m_original.at(0).date);
    QCOMPARE(card->dateEdit()->date(), m_original.at(0).date);
}

void TestVoicesEditor::stanceChoicesFollowTheVerdictLabels()
{
    VoiceCard *card = m_editor->cardForVoice(0);
    QCOMPARE(comboTexts(card->stanceBox()),
             (QStringList{u"No stance"_s, u"Skeptical"_s, u"Supportive"_s}));

    // A stance added in the verdict editor is a choice at once.
    m_verdict->addButton()->click();
    QTest::keyClicks(m_verdict->labelEdit(2), u"Neutral"_s);
    QTest::keyClick(m_verdict->labelEdit(2), Qt::Key_Return);
    QCOMPARE(comboTexts(card->stanceBox()),
             (QStringList{u"No stance"_s, u"Skeptical"_s, u"Supportive"_s, u"Neutral"_s}));
    card->stanceBox()->setFocus();
    QTest::keyClick(card->stanceBox(), Qt::Key_End);
    QCOMPARE(voices().at(0).stance, u"Neutral"_s);

    // A label the verdict no longer has stays on the voice, marked as such.
    QTest::mouseClick(m_verdict->fromVoicesBox(), Qt::LeftButton, {}, QPoint(4, 8));
    m_verdict->removeButton(2)->click();
    QCOMPARE(voices().at(0).stance, u"Neutral"_s);
    QCOMPARE(card->stanceBox()->currentText(), u"Neutral (not in the verdict)"_s);
    // "No stance" clears it.
    QTest::keyClick(card->stanceBox(), Qt::Key_Home);
    QCOMPARE(voices().at(0).stance, QString());
    QCOMPARE(comboTexts(card->stanceBox()),
             (QStringList{u"No stance"_s, u"Skeptical"_s, u"Supportive"_s}));
}

void TestVoicesEditor::leadIsTheSectionMarkdown()
{
    MarkdownEdit *lead = m_editor->markdownEdit();
    QCOMPARE(lead->toPlainText(), m_doc->section(kVoices)->markdown);
    lead->setFocus();
    lead->moveCursor(QTextCursor::End);
    QTest::keyClicks(lead, u" More"_s);
    QCOMPARE(m_doc->section(kVoices)->markdown, lead->toPlainText());
    QVERIFY(lead->toPlainText().endsWith(u" More"_s));
    // Spelled in the article's language, which may change.
    QCOMPARE(lead->language(), m_doc->article().meta.language);
    ArticleMeta meta = m_doc->article().meta;
    meta.language = u"nb"_s;
    m_doc->setMeta(meta);
    QCOMPARE(lead->language(), u"nb"_s);
    QCOMPARE(m_verdict->markdownEdit()->language(), u"nb"_s);
}

void TestVoicesEditor::revealFocusesAVoiceField()
{
    QVERIFY(m_editor->revealText({kVoices, TextField::VoiceAuthor, 3, 1, 4}));
    VoiceCard *card = m_editor->cardForVoice(3);
    QVERIFY(card->authorEdit()->hasFocus());
    QCOMPARE(card->authorEdit()->selectedText(), m_original.at(3).author.mid(1, 4));
    QVERIFY(m_editor->revealText({kVoices, TextField::VoiceQuote, 4, 2, 9}));
    QCOMPARE(m_editor->cardForVoice(4)->quoteEdit()->textCursor().selectedText(),
             m_original.at(4).quote.mid(2, 9));
    QVERIFY(m_editor->revealText({kVoices, TextField::VoiceStance, 2, -1, 0}));
    QVERIFY(m_editor->cardForVoice(2)->stanceBox()->hasFocus());
    QVERIFY(m_editor->revealText({kVoices, TextField::Markdown, 0, 0, 5}));
    QCOMPARE(m_editor->markdownEdit()->textCursor().selectedText(),
             m_doc->section(kVoices)->markdown.left(5));
    QVERIFY(!m_editor->revealText({kVoices, TextField::VoiceUrl, 9, -1, 0}));
    QVERIFY(!m_editor->revealText({kVoices, TextField::Bullet, 0, -1, 0}));
}

void TestVoicesEditor::manyVoicesNeedFewCards()
{
    Section many = *m_doc->section(kVoices);
    many.voices.clear();
    for (int i = 0; i < 200; ++i) {
        Voice voice = m_original.at(i % m_original.size());
        voice.author = u"user%1"_s.arg(i);
        many.voices.append(voice);
    }
    m_doc->setSection(many);
    QCOMPARE(m_editor->voiceCount(), 200);
    const int inView =
        m_editor->scrollArea()->viewport()->height() / m_editor->cardForVoice(0)->height();
    QVERIFY2(m_editor->cardCount() <= inView + 4,
             qPrintable(QString::number(m_editor->cardCount())));

    // Far down the list: its card shows it, in view.
    QVERIFY(m_editor->revealText({kVoices, TextField::VoiceAuthor, 150, -1, 0}));
    VoiceCard *card = m_editor->cardForVoice(150);
    QCOMPARE(card->authorEdit()->text(), u"user150"_s);
    QVERIFY(card->authorEdit()->hasFocus());
    const QRect inViewport(card->mapTo(m_editor->scrollArea()->viewport(), QPoint()), card->size());
    QVERIFY(m_editor->scrollArea()->viewport()->rect().contains(inViewport));
    QVERIFY(m_editor->cardCount() <= inView + 4);

    // An edit there lands on voice 151.
    QTest::keyClicks(card->authorEdit(), u"x"_s);
    QCOMPARE(m_doc->section(kVoices)->voices.at(150).author, u"x"_s);
    QCOMPARE(m_doc->section(kVoices)->voices.at(151).author, u"user151"_s);
    QTest::keyClick(card->authorEdit(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_doc->section(kVoices)->voices.at(151).author, u"x"_s);
    QVERIFY(m_editor->cardForVoice(151)->authorEdit()->hasFocus());
}

void TestVoicesEditor::tabWalksFromVoiceToVoice()
{
    // Tab until the focus leaves the widget that has it (a date box first steps through
    // its year, month and day, as date boxes do).
    auto tab = [] {
        QWidget *from = QApplication::focusWidget();
        for (int i = 0; i < 4 && QApplication::focusWidget() == from; ++i)
            QTest::keyClick(from, Qt::Key_Tab);
        return QApplication::focusWidget();
    };
    VoiceCard *first = m_editor->cardForVoice(0);
    first->quoteEdit()->setFocus();
    QList<QWidget *> order{first->quoteEdit()};
    const QList<QWidget *> chain = first->focusChain();
    for (int i = 0; i < chain.size(); ++i)
        order.append(tab());
    QList<QWidget *> expected = chain;
    expected.append(m_editor->cardForVoice(1)->quoteEdit());
    QCOMPARE(order, expected);

    // On through every voice to the Add button, each brought into view on the way.
    for (int voice = 1; voice < 5; ++voice) {
        for (int i = 0; i < chain.size(); ++i) {
            VoiceCard *card = m_editor->cardForVoice(voice);
            QVERIFY(card->isAncestorOf(QApplication::focusWidget()));
            tab();
        }
    }
    QCOMPARE(QApplication::focusWidget(), m_editor->addButton());
    QTest::keyClick(m_editor->addButton(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), m_editor->cardForVoice(4)->removeButton());
}

void TestVoicesEditor::switchingSectionsShowsTheOtherVoices()
{
    Section other = Section::create(SectionKind::ForumVoices);
    other.markdown = u"Other lead"_s;
    Voice voice;
    voice.author = u"someone"_s;
    voice.url = u"not a link"_s;
    other.voices = {voice};
    m_doc->insertSection(9, other);
    m_editor->showSection(other.id);
    QCOMPARE(m_editor->voiceCount(), 1);
    QCOMPARE(m_editor->markdownEdit()->toPlainText(), u"Other lead"_s);
    VoiceCard *card = m_editor->cardForVoice(0);
    QCOMPARE(card->authorEdit()->text(), u"someone"_s);
    QVERIFY(card->urlMessage()->isVisible());
    QVERIFY(!card->datedBox()->isChecked());
    QCOMPARE(card->stanceBox()->currentText(), u"No stance"_s);
    // Hidden cards are not left behind.
    int shown = 0;
    for (VoiceCard *any : m_editor->findChildren<VoiceCard *>())
        shown += any->isVisible() ? 1 : 0;
    QCOMPARE(shown, 1);

    m_editor->showSection(kVoices);
    QCOMPARE(m_editor->cardForVoice(0)->authorEdit()->text(), m_original.at(0).author);
    QVERIFY(!m_editor->cardForVoice(0)->urlMessage()->isVisible());
    m_editor->showSection({});
    QVERIFY(!m_editor->isEnabled());
    QCOMPARE(m_editor->voiceCount(), 0);
}

void TestVoicesEditor::undoHistorySurvivesSwitchingSections()
{
    QLineEdit *author = m_editor->cardForVoice(2)->authorEdit();
    author->setFocus();
    author->end(false);
    QTest::keyClicks(author, u" jr"_s);
    QTest::mouseClick(m_editor->cardForVoice(0)->removeButton(), Qt::LeftButton);
    QCOMPARE(voices().size(), 4);

    // Away to another Forum Voices section, undo there, and back.
    Section other = Section::create(SectionKind::ForumVoices);
    m_doc->insertSection(9, other);
    m_editor->showSection(other.id);
    m_doc->undoStack()->undo(); // the new section
    QVERIFY(!m_editor->isEnabled());
    m_doc->undoStack()->undo(); // the deletion, while another section was shown
    m_editor->showSection(kVoices);
    QCOMPARE(m_editor->voiceCount(), 5);
    QCOMPARE(m_editor->cardForVoice(0)->authorEdit()->text(), m_original.at(0).author);
    QTest::keySequence(m_editor->cardForVoice(0)->quoteEdit(), QKeySequence::Undo);
    QCOMPARE(voices().at(2).author, m_original.at(2).author + u" "_s);
    QCOMPARE(m_editor->cardForVoice(2)->authorEdit()->text(), m_original.at(2).author + u" "_s);
    QTest::keySequence(m_editor->cardForVoice(0)->quoteEdit(), QKeySequence::Undo);
    QCOMPARE(voices(), m_original);
}

void TestVoicesEditor::everyControlHasAnAccessibleName()
{
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        const bool control = ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) ||
                             qobject_cast<QAbstractButton *>(widget);
        if (control && widget->isVisibleTo(m_window.get()))
            QVERIFY2(
                !widget->accessibleName().isEmpty(),
                qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                          widget->objectName())));
    }
    VoiceCard *card = m_editor->cardForVoice(3);
    QCOMPARE(card->urlEdit()->accessibleName(), u"Link of voice 4"_s);
    QCOMPARE(card->removeButton()->accessibleName(), u"Delete voice 4"_s);
    QCOMPARE(m_verdict->shareBox(1)->accessibleName(), u"Share of stance 2"_s);
}

QUORUM_TEST_MAIN(TestVoicesEditor)
#include "tst_voiceseditor.moc"
