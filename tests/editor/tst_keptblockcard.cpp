// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "keptblockcard.h"
#include "markdownedit.h"
#include "testmain.h"

#include <QStandardPaths>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

const QString kKept =
    u"<!-- quorum:kept k3f9a1c2e core/columns \"Pros and cons side by side\" -->"_s;
const QString kText = u"First paragraph.\n\n"_s + kKept + u"\n\nLast paragraph."_s;

} // namespace

// How the Markdown editor shows a kept block's line: a card that names the block.
class TestKeptBlockCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void titles_data();
    void titles();
    void theLineIsDrawnAsACard_data();
    void theLineIsDrawnAsACard();
    void toolTipSaysWhatItIs();

private:
    /// Where the kept line is in the editor's viewport.
    QRect keptLineRect() const;

    std::unique_ptr<MarkdownEdit> m_edit;
};

void TestKeptBlockCard::init()
{
    m_edit = std::make_unique<MarkdownEdit>();
    // Narrow: the line's text would take several lines if it were laid out as text.
    m_edit->resize(320, 300);
    m_edit->setPlainText(kText);
    m_edit->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_edit.get()));
}

void TestKeptBlockCard::cleanup()
{
    QToolTip::hideText();
    m_edit.reset();
}

QRect TestKeptBlockCard::keptLineRect() const
{
    return m_edit->cursorRect(QTextCursor(m_edit->document()->findBlockByNumber(2)));
}

void TestKeptBlockCard::titles_data()
{
    QTest::addColumn<QString>("blockName");
    QTest::addColumn<QString>("title");
    QTest::newRow("a core block") << u"core/columns"_s << u"Columns"_s;
    QTest::newRow("custom HTML") << u"core/html"_s << u"Custom HTML"_s;
    QTest::newRow("HTML outside any block") << u"freeform"_s << u"Classic"_s;
    QTest::newRow("a core block without a name here")
        << u"core/table-of-contents"_s << u"Table of contents"_s;
    QTest::newRow("another plugin's block") << u"acme/pricing-table"_s << u"Pricing table (acme)"_s;
}

void TestKeptBlockCard::titles()
{
    QFETCH(QString, blockName);
    QFETCH(QString, title);
    QCOMPARE(KeptBlockCard::title(blockName), title);
}

void TestKeptBlockCard::theLineIsDrawnAsACard_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestKeptBlockCard::theLineIsDrawnAsACard()
{
    QFETCH(bool, dark);
    QPalette palette = m_edit->palette();
    if (dark) {
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    }
    m_edit->setPalette(palette);

    const QTextBlock block = m_edit->document()->findBlockByNumber(2);
    const QRect line = keptLineRect();
    const QImage image = m_edit->viewport()->grab().toImage();
    // One line however long its text, a little taller than text, with a stripe in the accent
    // colour at its left and a shaded body across the editor's width.
    QCOMPARE(block.layout()->lineCount(), 1);
    QVERIFY(line.height() > m_edit->cursorRect(QTextCursor(m_edit->document()->begin())).height());
    QCOMPARE(image.pixelColor(6, line.center().y()), palette.color(QPalette::Highlight));
    const QColor body = image.pixelColor(image.width() - 20, line.center().y());
    QVERIFY(body != palette.color(QPalette::Base));
    QVERIFY(body != palette.color(QPalette::Highlight));
    QCOMPARE(image.pixelColor(image.width() - 20, line.top() - 6), palette.color(QPalette::Base));
}

void TestKeptBlockCard::toolTipSaysWhatItIs()
{
    QTRY_VERIFY(!QToolTip::isVisible());
    const auto helpAt = [this](const QPoint &point) {
        QHelpEvent help(QEvent::ToolTip, point, m_edit->viewport()->mapToGlobal(point));
        QCoreApplication::sendEvent(m_edit->viewport(), &help);
    };
    helpAt(m_edit->cursorRect(QTextCursor(m_edit->document()->begin())).center());
    QVERIFY(!QToolTip::isVisible());

    helpAt(keptLineRect().center() + QPoint(60, 0));
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), KeptBlockCard::toolTip(*KeptBlockLine::parse(kKept)));
    QVERIFY(QToolTip::text().startsWith(u"Columns block, kept exactly as on the site"_s));
}

QUORUM_TEST_MAIN(TestKeptBlockCard)
#include "tst_keptblockcard.moc"
