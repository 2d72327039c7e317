// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "markdownedit.h"
#include "stancebar.h"
#include "testarticles.h"
#include "testmain.h"
#include "verdicteditor.h"
#include "voicecard.h"
#include "voiceseditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {
const QString kVerdict = u"s1a2b3c02"_s;
const QString kVoices = u"s1a2b3c04"_s;
} // namespace

// The Verdict editor, beside a Forum Voices editor whose voices it can tally.
class TestVerdictEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void computedSharesAreTheVoicesTally();
    void computedSharesFollowAStanceChosenInTheVoicesEditor();
    void computedSharesFollowVoicesAddedAndRemoved();
    void switchingComputationOffKeepsTheTally();
    void warningForSharesThatDoNotAddUp_data();
    void warningForSharesThatDoNotAddUp();
    void typedShareShowsAtOnceAndIsOneUndoStep();
    void addAndRemoveStances();
    void labelTypingShowsInTheBarAndUndoTakesItBack();
    void renamingAStanceRenamesItsVoices_data();
    void renamingAStanceRenamesItsVoices();
    void aTakenOrBlankLabelIsRefusedWithANote_data();
    void aTakenOrBlankLabelIsRefusedWithANote();
    void altUpAndDownMoveAStance();
    void markdownBelowTheSplit();
    void revealSelectsALabelOrTheText();
    void tabOrderFollowsTheRows();

private:
    const Section &verdict() const { return *m_doc->section(kVerdict); }
    /// The shares the voices of the article give each label, counted here.
    QMap<QString, int> tally() const;
    /// Turns "Compute from forum voices" off with a click.
    void computeByHand();
    /// Types `text` over the share of stance `index` and presses Enter.
    void enterShare(int index, const QString &text);

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<QWidget> m_window;
    VerdictEditor *m_verdict = nullptr;
    VoicesEditor *m_voices = nullptr;
};

void TestVerdictEditor::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::sampleArticle());
    QVERIFY(verdict().stancesFromVoices);
    m_window = std::make_unique<QWidget>();
    m_verdict = new VerdictEditor(m_doc.get(), m_window.get());
    m_voices = new VoicesEditor(m_doc.get(), m_window.get());
    auto *layout = new QHBoxLayout(m_window.get());
    layout->addWidget(m_verdict);
    layout->addWidget(m_voices);
    m_window->resize(1400, 800);
    m_verdict->showSection(kVerdict);
    m_voices->showSection(kVoices);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestVerdictEditor::cleanup()
{
    // The editors first: a label that loses the focus as its window goes renames its stance.
    m_window.reset();
    m_doc.reset();
}

QMap<QString, int> TestVerdictEditor::tally() const
{
    QMap<QString, int> counts;
    int total = 0;
    for (const Section &section : m_doc->article().sections) {
        for (const Voice &voice : section.voices) {
            if (!voice.stance.isEmpty()) {
                ++counts[voice.stance];
                ++total;
            }
        }
    }
    // The sample's counts divide 100 evenly, so no rounding is involved.
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        Q_ASSERT(it.value() * 100 % total == 0);
        it.value() = it.value() * 100 / total;
    }
    return counts;
}

void TestVerdictEditor::computeByHand()
{
    QTest::mouseClick(m_verdict->fromVoicesBox(), Qt::LeftButton, {},
                      QPoint(4, m_verdict->fromVoicesBox()->height() / 2));
    QVERIFY(!verdict().stancesFromVoices);
}

void TestVerdictEditor::enterShare(int index, const QString &text)
{
    QSpinBox *box = m_verdict->shareBox(index);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

void TestVerdictEditor::computedSharesAreTheVoicesTally()
{
    const QMap<QString, int> expected = tally();
    QCOMPARE(m_verdict->stanceCount(), int(verdict().stances.size()));
    QVERIFY(m_verdict->fromVoicesBox()->isChecked());
    for (int i = 0; i < m_verdict->stanceCount(); ++i) {
        const QString label = verdict().stances.at(i).label;
        QCOMPARE(m_verdict->labelEdit(i)->text(), label);
        QCOMPARE(m_verdict->shareBox(i)->value(), expected.value(label));
        QVERIFY(m_verdict->shareBox(i)->isReadOnly());
        QCOMPARE(m_verdict->stanceBar()->stances().at(i).percent, expected.value(label));
    }
    QVERIFY(m_verdict->tallyLabel()->isVisible());
    QVERIFY(m_verdict->tallyLabel()->text().contains(u"5"_s));
    QVERIFY(!m_verdict->warningLabel()->isVisible());
    QCOMPARE(m_verdict->stanceBar()->accessibleDescription(),
             stanceSummary(m_verdict->stanceBar()->stances()));
}

void TestVerdictEditor::computedSharesFollowAStanceChosenInTheVoicesEditor()
{
    // Voice 1 is Supportive; choose Skeptical for it from the keyboard.
    VoiceCard *card = m_voices->cardForVoice(0);
    QCOMPARE(card->stanceBox()->currentText(), u"Supportive"_s);
    card->stanceBox()->setFocus();
    QTest::keyClick(card->stanceBox(), Qt::Key_Up);
    QCOMPARE(m_doc->section(kVoices)->voices.at(0).stance, u"Skeptical"_s);

    const QMap<QString, int> expected = tally();
    QCOMPARE(expected.value(u"Skeptical"_s), 80);
    QCOMPARE(m_verdict->shareBox(0)->value(), expected.value(u"Skeptical"_s));
    QCOMPARE(m_verdict->shareBox(1)->value(), expected.value(u"Supportive"_s));
    QVERIFY(m_verdict->stanceBar()->toolTip().contains(u"80% Skeptical"_s));

    // Undo in the voices editor brings the tally back.
    QTest::keySequence(card->quoteEdit(), QKeySequence::Undo);
    QCOMPARE(m_verdict->shareBox(0)->value(), 60);
}

void TestVerdictEditor::computedSharesFollowVoicesAddedAndRemoved()
{
    // Delete voice 1 (Supportive): 3 of 4 are Skeptical.
    QTest::mouseClick(m_voices->cardForVoice(0)->removeButton(), Qt::LeftButton);
    QCOMPARE(m_doc->section(kVoices)->voices.size(), 4);
    QCOMPARE(m_verdict->shareBox(0)->value(), tally().value(u"Skeptical"_s));
    QCOMPARE(m_verdict->shareBox(0)->value(), 75);
    // A whole Forum Voices section gone: no voice has a stance any more.
    m_doc->removeSection(kVoices);
    QCOMPARE(m_verdict->shareBox(0)->value(), 0);
    QVERIFY(m_verdict->tallyLabel()->text().contains(u"No forum voice"_s));
}

void TestVerdictEditor::switchingComputationOffKeepsTheTally()
{
    const QMap<QString, int> expected = tally();
    computeByHand();
    for (int i = 0; i < m_verdict->stanceCount(); ++i) {
        const Stance &stance = verdict().stances.at(i);
        QCOMPARE(stance.percent, expected.value(stance.label));
        QVERIFY(!m_verdict->shareBox(i)->isReadOnly());
    }
    QVERIFY(!m_verdict->tallyLabel()->isVisible());
    QVERIFY(!m_verdict->warningLabel()->isVisible());
    // Hand-set shares no longer follow the voices.
    VoiceCard *card = m_voices->cardForVoice(0);
    card->stanceBox()->setFocus();
    QTest::keyClick(card->stanceBox(), Qt::Key_Up);
    QCOMPARE(m_verdict->shareBox(0)->value(), expected.value(u"Skeptical"_s));
    // Undo twice: computing again.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(m_verdict->fromVoicesBox()->isChecked());
    QVERIFY(m_verdict->shareBox(0)->isReadOnly());
}

void TestVerdictEditor::warningForSharesThatDoNotAddUp_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("warned");
    QTest::newRow("90 in all") << u"50"_s << true;
    QTest::newRow("100 in all") << u"60"_s << false;
    QTest::newRow("110 in all") << u"70"_s << true;
}

void TestVerdictEditor::warningForSharesThatDoNotAddUp()
{
    QFETCH(QString, first);
    QFETCH(bool, warned);
    computeByHand();
    enterShare(0, first);
    QCOMPARE(verdict().stances.at(0).percent, first.toInt());
    const int sum = first.toInt() + verdict().stances.at(1).percent;
    QCOMPARE(m_verdict->warningLabel()->isVisible(), warned);
    if (warned)
        QVERIFY(m_verdict->warningLabel()->text().contains(QString::number(sum) + u'%'));
    // Back to a sum of 100: the warning goes.
    enterShare(0, QString::number(100 - verdict().stances.at(1).percent));
    QVERIFY(!m_verdict->warningLabel()->isVisible());
}

void TestVerdictEditor::typedShareShowsAtOnceAndIsOneUndoStep()
{
    computeByHand();
    const int before = verdict().stances.at(0).percent;
    QSpinBox *box = m_verdict->shareBox(0);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"45"_s);
    // Shown in the bar and the warning before it is entered...
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).percent, 45);
    QVERIFY(m_verdict->warningLabel()->isVisible());
    QCOMPARE(verdict().stances.at(0).percent, before);
    // ...and one undo step once it is.
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(verdict().stances.at(0).percent, 45);
    QTest::keySequence(box, QKeySequence::Undo);
    QCOMPARE(verdict().stances.at(0).percent, before);
    QCOMPARE(box->value(), before);
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).percent, before);
    // The arrow keys step at once.
    QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(verdict().stances.at(0).percent, before + 1);
}

void TestVerdictEditor::addAndRemoveStances()
{
    computeByHand();
    enterShare(0, u"50"_s); // 90 in all
    m_verdict->addButton()->setFocus();
    QTest::keyClick(m_verdict->addButton(), Qt::Key_Space);
    QCOMPARE(verdict().stances.size(), 3);
    QCOMPARE(m_verdict->stanceCount(), 3);
    // The new stance takes what is missing to 100, and the focus.
    QCOMPARE(verdict().stances.at(2).percent, 10);
    QCOMPARE(m_verdict->shareBox(2)->value(), 10);
    QVERIFY(!m_verdict->warningLabel()->isVisible());
    QLineEdit *label = m_verdict->labelEdit(2);
    QVERIFY(label->hasFocus());
    QTest::keyClicks(label, u"Neutral"_s);
    QTest::keyClick(label, Qt::Key_Return);
    QCOMPARE(verdict().stances.at(2).label, u"Neutral"_s);
    QCOMPARE(m_verdict->stanceBar()->stances().at(2).label, u"Neutral"_s);

    QTest::mouseClick(m_verdict->removeButton(0), Qt::LeftButton);
    QCOMPARE(verdict().stances.size(), 2);
    QCOMPARE(m_verdict->labelEdit(0)->text(), u"Supportive"_s);
    QCOMPARE(m_verdict->labelEdit(1)->text(), u"Neutral"_s);
    QVERIFY(m_verdict->warningLabel()->text().contains(u"50%"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(m_verdict->stanceCount(), 3);
    QCOMPARE(m_verdict->labelEdit(0)->text(), u"Skeptical"_s);
    QCOMPARE(m_verdict->shareBox(0)->value(), 50);

    // Removing from the keyboard: the remove button is in the tab order.
    QWidget *remove = m_verdict->removeButton(2);
    QCOMPARE(remove->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    QCOMPARE(verdict().stances.size(), 2);
    QVERIFY(m_verdict->labelEdit(1)->hasFocus());
}

void TestVerdictEditor::labelTypingShowsInTheBarAndUndoTakesItBack()
{
    QLineEdit *label = m_verdict->labelEdit(0);
    label->setFocus();
    label->end(false);
    QTest::keyClicks(label, u" and wary"_s);
    // Shown in the bar as it is typed, not yet an edit of the article...
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).label, u"Skeptical and wary"_s);
    QCOMPARE(verdict().stances.at(0).label, u"Skeptical"_s);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // ...so Undo takes back the typing, and nothing of the article.
    QTest::keySequence(label, QKeySequence::Undo);
    QCOMPARE(label->text(), u"Skeptical"_s);
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).label, u"Skeptical"_s);
    QCOMPARE(m_doc->article(), test::sampleArticle());
}

void TestVerdictEditor::renamingAStanceRenamesItsVoices_data()
{
    QTest::addColumn<bool>("pressEnter");
    QTest::newRow("Enter") << true;
    QTest::newRow("leaving the box") << false;
}

void TestVerdictEditor::renamingAStanceRenamesItsVoices()
{
    QFETCH(bool, pressEnter);
    const QMap<QString, int> before = tally();
    VoiceCard *skeptic = m_voices->cardForVoice(1);
    QCOMPARE(skeptic->stanceBox()->currentText(), u"Skeptical"_s);
    QLineEdit *label = m_verdict->labelEdit(0);
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, u"Doubtful"_s);
    if (pressEnter)
        QTest::keyClick(label, Qt::Key_Return);
    else
        QTest::keyClick(label, Qt::Key_Tab);

    QCOMPARE(verdict().stances.at(0).label, u"Doubtful"_s);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(tally().value(u"Doubtful"_s), before.value(u"Skeptical"_s));
    QVERIFY(!tally().contains(u"Skeptical"_s));
    // The voices took the new label, so the split has two stances, not a third of old voices.
    QCOMPARE(skeptic->stanceBox()->currentText(), u"Doubtful"_s);
    const QList<Stance> bar = m_verdict->stanceBar()->stances();
    QCOMPARE(bar.size(), 2);
    QCOMPARE(bar.at(0).label, u"Doubtful"_s);
    QCOMPARE(bar.at(0).percent, before.value(u"Skeptical"_s));
    QCOMPARE(m_verdict->shareBox(0)->value(), before.value(u"Skeptical"_s));
    QVERIFY2(!m_verdict->tallyLabel()->text().contains(u"not listed"_s),
             qPrintable(m_verdict->tallyLabel()->text()));

    // One Undo takes back the label and every voice.
    label->setFocus();
    QTest::keySequence(label, QKeySequence::Undo);
    QCOMPARE(m_doc->article(), test::sampleArticle());
    QCOMPARE(label->text(), u"Skeptical"_s);
    QCOMPARE(skeptic->stanceBox()->currentText(), u"Skeptical"_s);
    QCOMPARE(m_verdict->stanceBar()->stances().size(), 2);
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).label, u"Skeptical"_s);
}

void TestVerdictEditor::aTakenOrBlankLabelIsRefusedWithANote_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("noted");
    QTest::newRow("another stance's label") << u"supportive"_s << u"already called"_s;
    QTest::newRow("blank") << u"   "_s << u"needs a label"_s;
}

void TestVerdictEditor::aTakenOrBlankLabelIsRefusedWithANote()
{
    QFETCH(QString, typed);
    QFETCH(QString, noted);
    QVERIFY(!m_verdict->labelNote()->isVisible());
    QLineEdit *label = m_verdict->labelEdit(0);
    label->setFocus();
    label->selectAll();
    QTest::keyClicks(label, typed);
    QTest::keyClick(label, Qt::Key_Return);

    QCOMPARE(m_doc->article(), test::sampleArticle());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(label->text(), u"Skeptical"_s);
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).label, u"Skeptical"_s);
    QVERIFY(m_verdict->labelNote()->isVisible());
    QVERIFY2(m_verdict->labelNote()->text().contains(noted),
             qPrintable(m_verdict->labelNote()->text()));
    QVERIFY(m_verdict->labelNote()->text().contains(u"Skeptical"_s));

    // A label of its own is taken, and the note goes.
    label->selectAll();
    QTest::keyClicks(label, u"Wary"_s);
    QTest::keyClick(label, Qt::Key_Return);
    QCOMPARE(verdict().stances.at(0).label, u"Wary"_s);
    QVERIFY(!m_verdict->labelNote()->isVisible());
}

void TestVerdictEditor::altUpAndDownMoveAStance()
{
    QLineEdit *label = m_verdict->labelEdit(1);
    label->setFocus();
    QTest::keyClick(label, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(verdict().stances.at(0).label, u"Supportive"_s);
    QCOMPARE(m_verdict->labelEdit(0)->text(), u"Supportive"_s);
    QVERIFY(m_verdict->labelEdit(0)->hasFocus());
    QCOMPARE(m_verdict->stanceBar()->stances().at(0).label, u"Supportive"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_verdict->labelEdit(0)->text(), u"Skeptical"_s);
}

void TestVerdictEditor::markdownBelowTheSplit()
{
    MarkdownEdit *text = m_verdict->markdownEdit();
    const QString before = verdict().markdown;
    QCOMPARE(text->toPlainText(), before);
    text->setFocus();
    text->moveCursor(QTextCursor::End);
    QTest::keyClicks(text, u" Counted twice"_s);
    QCOMPARE(verdict().markdown, before + u" Counted twice"_s);
    QTest::keySequence(text, QKeySequence::Undo);
    QCOMPARE(verdict().markdown, before + u" Counted "_s);
    QCOMPARE(text->toPlainText(), before + u" Counted "_s);
}

void TestVerdictEditor::revealSelectsALabelOrTheText()
{
    QVERIFY(m_verdict->revealText({kVerdict, TextField::StanceLabel, 1, 0, 7}));
    QVERIFY(m_verdict->labelEdit(1)->hasFocus());
    QCOMPARE(m_verdict->labelEdit(1)->selectedText(), u"Support"_s);
    QVERIFY(m_verdict->revealText({kVerdict, TextField::Markdown, 0, 3, 7}));
    QVERIFY(m_verdict->markdownEdit()->hasFocus());
    QCOMPARE(m_verdict->markdownEdit()->textCursor().selectedText(), verdict().markdown.mid(3, 7));
    QVERIFY(!m_verdict->revealText({kVerdict, TextField::StanceLabel, 5, 0, 1}));
    QVERIFY(!m_verdict->revealText({kVoices, TextField::StanceLabel, 0, 0, 1}));
}

void TestVerdictEditor::tabOrderFollowsTheRows()
{
    computeByHand();
    m_verdict->addButton()->click(); // a row made after the others
    m_verdict->headingEdit()->setFocus();
    QList<QWidget *> order;
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    QList<QWidget *> expected = {m_verdict->fromVoicesBox()};
    for (int i = 0; i < 3; ++i)
        expected += {m_verdict->labelEdit(i), m_verdict->shareBox(i), m_verdict->removeButton(i)};
    expected += {m_verdict->addButton(), m_verdict->markdownEdit()};
    QCOMPARE(order, expected);
}

QUORUM_TEST_MAIN(TestVerdictEditor)
#include "tst_verdicteditor.moc"
