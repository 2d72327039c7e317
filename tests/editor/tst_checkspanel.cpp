// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "checkspanel.h"
#include "testarticles.h"
#include "testmain.h"

#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The Checks panel: live findings, a click goes to the place, checks switched per article.
class TestChecksPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void failingCheckJumpsToItsSection_data();
    void failingCheckJumpsToItsSection();
    void findingsFollowEdits();
    void checkSwitchedOffForThisArticle();
    void contextMenuTurnsACheckOff();
    void toleranceFromThePanel();

private:
    /// The row of the first finding of `checkId`, or -1.
    int rowOf(const QString &checkId) const;
    QTreeWidget *list() const { return m_panel->list(); }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<ChecksPanel> m_panel;
};

void TestChecksPanel::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::sampleArticle();
    // The verdict claims 60/40 over the five voices (3 to 2): fine. Make it wrong.
    Section &verdict = article.sections[article.indexOfSection(u"s1a2b3c02"_s)];
    verdict.stancesFromVoices = false;
    verdict.stances = {{u"Skeptical"_s, 80, {}}, {u"Supportive"_s, 30, {}}};
    // And a focus keyword the title does not carry: a warning to turn off.
    article.meta.focusKeyword = u"national library"_s;
    m_doc->reset(article);
    m_panel = std::make_unique<ChecksPanel>(m_doc.get());
    m_panel->resize(600, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

int TestChecksPanel::rowOf(const QString &checkId) const
{
    const QList<CheckFinding> findings = m_panel->findings();
    for (int row = 0; row < findings.size(); ++row) {
        if (findings.at(row).checkId == checkId)
            return row;
    }
    return -1;
}

void TestChecksPanel::failingCheckJumpsToItsSection_data()
{
    QTest::addColumn<bool>("keyboard");
    QTest::newRow("click") << false;
    QTest::newRow("Enter") << true;
}

void TestChecksPanel::failingCheckJumpsToItsSection()
{
    QFETCH(bool, keyboard);
    const int row = rowOf(u"verdict-sum"_s);
    QVERIFY(row >= 0);
    QTreeWidgetItem *item = list()->topLevelItem(row);
    QVERIFY(item->text(0).contains(u"110"_s)); // "add up to 110, not 100"
    QVERIFY(item->text(1).contains(u"The Internet's Verdict"_s));
    QVERIFY(!item->icon(0).isNull());

    QSignalSpy activated(m_panel.get(), &ChecksPanel::locationActivated);
    if (keyboard) {
        list()->setFocus();
        list()->setCurrentItem(item);
        QTest::keyClick(list(), Qt::Key_Return);
    } else {
        const QRect rect = list()->visualItemRect(item);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    }
    QVERIFY(!activated.isEmpty());
    const auto location = activated.first().first().value<TextLocation>();
    QCOMPARE(location.sectionId, u"s1a2b3c02"_s);
    QCOMPARE(location.field, TextField::StanceLabel);
}

void TestChecksPanel::findingsFollowEdits()
{
    QSignalSpy counts(m_panel.get(), &ChecksPanel::findingsChanged);
    QVERIFY(rowOf(u"verdict-sum"_s) >= 0);
    Section verdict = *m_doc->section(u"s1a2b3c02"_s);
    verdict.stances[1].percent = 20;
    m_doc->setSection(verdict);
    QTRY_COMPARE(rowOf(u"verdict-sum"_s), -1);
    QCOMPARE(counts.size(), 1);              // one run for the edit
    QVERIFY(rowOf(u"verdict-tally"_s) >= 0); // 80/20 against the voices' 60/40
    QCOMPARE(list()->topLevelItemCount(), m_panel->findings().size());
    QCOMPARE(counts.last().at(0).toInt(), 1); // errors: the tally alone

    m_doc->undoStack()->undo();
    QTRY_VERIFY(rowOf(u"verdict-sum"_s) >= 0);
}

void TestChecksPanel::checkSwitchedOffForThisArticle()
{
    QMenu *menu = m_panel->checksMenu();
    QAction *sum = menu->findChild<QAction *>(u"verdict-sum"_s);
    QVERIFY(sum);
    QVERIFY(sum->isChecked());
    sum->trigger(); // unchecks it
    QCOMPARE(m_doc->article().review.disabledChecks, QStringList{u"verdict-sum"_s});
    QTRY_COMPARE(rowOf(u"verdict-sum"_s), -1);
    sum = menu->findChild<QAction *>(u"verdict-sum"_s);
    QVERIFY(sum && !sum->isChecked());

    m_doc->undoStack()->undo();
    QTRY_VERIFY(rowOf(u"verdict-sum"_s) >= 0);
    QVERIFY(menu->findChild<QAction *>(u"verdict-sum"_s)->isChecked());
}

void TestChecksPanel::contextMenuTurnsACheckOff()
{
    const int row = rowOf(u"seo-keyword-title"_s);
    QVERIFY(row >= 0);
    const QRect rect = list()->visualItemRect(list()->topLevelItem(row));
    emit list()->customContextMenuRequested(rect.center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
    QAction *off = menu->findChild<QAction *>(u"turnOffCheck"_s);
    QVERIFY(off);
    off->trigger();
    menu->close();
    QCOMPARE(m_doc->article().review.disabledChecks, QStringList{u"seo-keyword-title"_s});
    QTRY_COMPARE(rowOf(u"seo-keyword-title"_s), -1);
}

void TestChecksPanel::toleranceFromThePanel()
{
    Section verdict = *m_doc->section(u"s1a2b3c02"_s);
    verdict.stances = {{u"Skeptical"_s, 70, {}}, {u"Supportive"_s, 30, {}}}; // tally 60/40
    m_doc->setSection(verdict);
    QTRY_VERIFY(rowOf(u"verdict-tally"_s) >= 0);
    auto *tolerance = m_panel->findChild<QSpinBox *>(u"stanceTolerance"_s);
    QVERIFY(tolerance);
    QCOMPARE(tolerance->value(), kDefaultStanceTolerance);
    tolerance->setFocus();
    tolerance->selectAll();
    QTest::keyClicks(tolerance, u"10"_s);
    QCOMPARE(m_doc->article().review.stanceTolerance, 10);
    QTRY_COMPARE(rowOf(u"verdict-tally"_s), -1);
    m_doc->undoStack()->undo(); // the typed "1" and "0" are one step
    QTRY_COMPARE(tolerance->value(), kDefaultStanceTolerance);
}

QUORUM_TEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
