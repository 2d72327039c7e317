// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "testmain.h"
#include "tokenedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// Categories and tags as chips: typed, completed, removed with keys and clicks.
class TestTokenEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typingAddsTokens_data();
    void typingAddsTokens();
    void backspaceInTheEmptyFieldRemovesTheLast();
    void removeButtonsRemove();
    void arrowsWalkTheChipsAndDeleteRemoves();
    void completesFromTermsAndRecentOnes();
    void completionIsPickedWithTheMouseToo();
    void addedTermsAreRemembered();
    void setTokensIsQuiet();

private:
    QStringList shownChips() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QWidget> m_window;
    TokenEdit *m_edit = nullptr;
};

void TestTokenEdit::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"QuorumTests"_s);
    QCoreApplication::setApplicationName(u"tst_tokenedit"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTokenEdit::init()
{
    QSettings().clear();
    m_window = std::make_unique<QWidget>();
    m_edit = new TokenEdit(m_window.get());
    m_edit->setRecentTermsKey(u"editor/recentTags"_s);
    m_edit->lineEdit()->setAccessibleName(u"Tags"_s);
    m_window->resize(400, 120);
    m_edit->resize(400, 120);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_edit->setFocus();
}

void TestTokenEdit::cleanup()
{
    m_window.reset();
}

QStringList TestTokenEdit::shownChips() const
{
    QStringList texts;
    QList<QLabel *> labels = m_edit->findChildren<QLabel *>();
    labels.removeIf([](QLabel *label) { return !label->isVisible(); });
    // Reading order: by line, then left to right.
    std::sort(labels.begin(), labels.end(), [this](QLabel *a, QLabel *b) {
        const QPoint pa = a->mapTo(m_edit, QPoint(0, 0));
        const QPoint pb = b->mapTo(m_edit, QPoint(0, 0));
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    for (QLabel *label : labels)
        texts.append(label->text());
    return texts;
}

void TestTokenEdit::typingAddsTokens_data()
{
    QTest::addColumn<QString>("typed"); // '\n' stands for Return
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("return adds") << u"Technology\n"_s << QStringList{u"Technology"_s};
    QTest::newRow("commas add") << u"a, b,c,"_s << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("spaces tidied") << u"  open   data \n"_s << QStringList{u"open data"_s};
    QTest::newRow("no duplicates, any case") << u"Tech\ntech\n"_s << QStringList{u"Tech"_s};
    QTest::newRow("nothing typed adds nothing") << u"\n , \n"_s << QStringList();
    QTest::newRow("unfinished stays in the field") << u"done,half"_s << QStringList{u"done"_s};
}

void TestTokenEdit::typingAddsTokens()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, tokens);
    QSignalSpy edited(m_edit, &TokenEdit::tokensEdited);
    const QStringList lines = typed.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTest::keyClicks(m_edit->lineEdit(), lines.at(i));
        if (i + 1 < lines.size())
            QTest::keyClick(m_edit->lineEdit(), Qt::Key_Return);
    }
    QCOMPARE(m_edit->tokens(), tokens);
    QTRY_COMPARE(shownChips(), tokens);
    QCOMPARE(edited.size(), tokens.size());
    if (!tokens.isEmpty())
        QCOMPARE(edited.last().at(0).toStringList(), tokens);
}

void TestTokenEdit::backspaceInTheEmptyFieldRemovesTheLast()
{
    QTest::keyClicks(m_edit->lineEdit(), u"one,two,thr"_s);
    QTest::keyClick(m_edit->lineEdit(), Qt::Key_Backspace); // edits the text
    QCOMPARE(m_edit->lineEdit()->text(), u"th"_s);
    QCOMPARE(m_edit->tokens(), (QStringList{u"one"_s, u"two"_s}));
    m_edit->lineEdit()->clear();
    QTest::keyClick(m_edit->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(m_edit->tokens(), QStringList{u"one"_s});
    QTRY_COMPARE(shownChips(), QStringList{u"one"_s});
    QTest::keyClick(m_edit->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(m_edit->lineEdit(), Qt::Key_Backspace);
    QVERIFY(m_edit->tokens().isEmpty());
}

void TestTokenEdit::removeButtonsRemove()
{
    QTest::keyClicks(m_edit->lineEdit(), u"one,two,three,"_s);
    QList<QWidget *> buttons = m_edit->removeButtons();
    QCOMPARE(buttons.size(), 3);
    QCOMPARE(buttons.at(1)->accessibleName(), u"Remove two"_s);
    QTest::mouseClick(buttons.at(1), Qt::LeftButton);
    QCOMPARE(m_edit->tokens(), (QStringList{u"one"_s, u"three"_s}));
    QTRY_COMPARE(shownChips(), (QStringList{u"one"_s, u"three"_s}));
}

void TestTokenEdit::arrowsWalkTheChipsAndDeleteRemoves()
{
    QTest::keyClicks(m_edit->lineEdit(), u"one,two,three,"_s);
    // Left at the start of the field goes to the last chip, then further left.
    QTest::keyClick(m_edit->lineEdit(), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), m_edit->removeButtons().at(2));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    QCOMPARE(QApplication::focusWidget(), m_edit->removeButtons().at(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(m_edit->tokens(), (QStringList{u"one"_s, u"three"_s}));
    QCOMPARE(QApplication::focusWidget(), m_edit->removeButtons().at(1)); // now "three"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QCOMPARE(QApplication::focusWidget(), m_edit->lineEdit());
    // Chips are out of the Tab chain: Tab leaves the list.
    for (QWidget *button : m_edit->removeButtons())
        QCOMPARE(button->focusPolicy(), Qt::ClickFocus);
}

void TestTokenEdit::completesFromTermsAndRecentOnes()
{
    QSettings().setValue(u"editor/recentTags"_s, QStringList{u"Nordic"_s, u"Fjords"_s});
    m_edit->setCompletionTerms({u"Norway"_s, u"Sweden"_s, u"nordic"_s});
    m_edit->setTokens({u"Sweden"_s});
    // The article's terms first, then recent ones; no duplicates; present tokens left out.
    QCOMPARE(m_edit->completionTerms(), (QStringList{u"Norway"_s, u"nordic"_s, u"Fjords"_s}));

    QTest::keyClicks(m_edit->lineEdit(), u"or"_s);
    QAbstractItemView *popup = m_edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(m_edit->completer()->completionCount(), 3); // "or" inside Norway, nordic, Fjords
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_edit->tokens(), (QStringList{u"Sweden"_s, u"nordic"_s}));
    QVERIFY(m_edit->lineEdit()->text().isEmpty());
    QTRY_VERIFY(!popup->isVisible());

    // Return without picking adds what was typed.
    QTest::keyClicks(m_edit->lineEdit(), u"Nor"_s);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(m_edit->tokens(), (QStringList{u"Sweden"_s, u"nordic"_s, u"Nor"_s}));
}

void TestTokenEdit::completionIsPickedWithTheMouseToo()
{
    m_edit->setCompletionTerms({u"Libraries"_s});
    QTest::keyClicks(m_edit->lineEdit(), u"lib"_s);
    QAbstractItemView *popup = m_edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    const QRect row = popup->visualRect(popup->model()->index(0, 0));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(m_edit->tokens(), QStringList{u"Libraries"_s});
    QVERIFY(m_edit->lineEdit()->text().isEmpty());
}

void TestTokenEdit::addedTermsAreRemembered()
{
    QTest::keyClicks(m_edit->lineEdit(), u"Fjords,Glaciers,"_s);
    QCOMPARE(QSettings().value(u"editor/recentTags"_s).toStringList(),
             (QStringList{u"Glaciers"_s, u"Fjords"_s}));
    TokenEdit other;
    other.setRecentTermsKey(u"editor/recentTags"_s);
    QCOMPARE(other.completionTerms(), (QStringList{u"Glaciers"_s, u"Fjords"_s}));
    TokenEdit categories;
    categories.setRecentTermsKey(u"editor/recentCategories"_s);
    QVERIFY(categories.completionTerms().isEmpty());
}

void TestTokenEdit::setTokensIsQuiet()
{
    QSignalSpy edited(m_edit, &TokenEdit::tokensEdited);
    m_edit->setTokens({u"x"_s, u"y"_s});
    QCOMPARE(edited.size(), 0);
    QTRY_COMPARE(shownChips(), (QStringList{u"x"_s, u"y"_s}));
    QVERIFY(!QSettings().contains(u"editor/recentTags"_s));
}

QUORUM_TEST_MAIN(TestTokenEdit)
#include "tst_tokenedit.moc"
