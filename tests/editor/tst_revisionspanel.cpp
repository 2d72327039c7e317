// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "diffview.h"
#include "reviewcolors.h"
#include "reviewstatusmenu.h"
#include "revisionspanel.h"
#include "testarticles.h"
#include "testmain.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

// The text of `view` with inserted runs as {+…+} and deleted ones as [-…-], read back from the
// formats the view painted.
QString paintedDiff(const DiffView *view)
{
    const QColor insert = diffInsertBackground(view->palette());
    const QColor remove = diffDeleteBackground(view->palette());
    QString text;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QColor background = fragment.charFormat().background().color();
            if (fragment.charFormat().background().style() != Qt::NoBrush && background == insert)
                text += u"{+"_s + fragment.text() + u"+}"_s;
            else if (fragment.charFormat().background().style() != Qt::NoBrush &&
                     background == remove)
                text += u"[-"_s + fragment.text() + u"-]"_s;
            else
                text += fragment.text();
        }
        text += u'\n';
    }
    return text;
}

} // namespace

// Revisions and comparisons in the panel, the diff view's colours, the review status menu.
class TestRevisionsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveCompareAndRestoreASection();
    void restoreAWholeVersion();
    void compareWithSavedAndPublished();
    void diffColoursAreReadableInADarkTheme();
    void statusMenuRecordsWhoAndWhen();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *found = m_panel->findChild<T *>(name);
        if (!found)
            qFatal("no child %s", qPrintable(name));
        return found;
    }
    void setText(const QString &id, const QString &markdown)
    {
        Section section = *m_doc->section(id);
        section.markdown = markdown;
        m_doc->setSection(section);
    }

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<RevisionsPanel> m_panel;
};

void TestRevisionsPanel::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    Article article = test::fullArticle();
    article.review = {};
    article.sections[article.indexOfSection(u"i1"_s)].markdown = u"The plan is bold."_s;
    article.sections[article.indexOfSection(u"c1"_s)].markdown = u"Doubts remain."_s;
    m_doc->reset(article);
    m_panel = std::make_unique<RevisionsPanel>(m_doc.get());
    m_panel->setUserName(u"kari"_s);
    m_panel->resize(700, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestRevisionsPanel::saveCompareAndRestoreASection()
{
    QVERIFY(!child<QPushButton>(u"saveRevision"_s)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(u"revisionName"_s), u"Before edits"_s);
    QTest::keyClick(child<QLineEdit>(u"revisionName"_s), Qt::Key_Return);
    QCOMPARE(m_doc->article().review.revisions.size(), 1);
    const Revision saved = m_doc->article().review.revisions.first();
    QCOMPARE(saved.name, u"Before edits"_s);
    QCOMPARE(saved.author, u"kari"_s);
    QCOMPARE(m_panel->revisionList()->count(), 1);
    QVERIFY(m_panel->revisionList()->item(0)->text().startsWith(u"Before edits — "_s));

    setText(u"i1"_s, u"The plan is very bold."_s);
    setText(u"c1"_s, u"Doubts remain everywhere."_s);
    m_panel->revisionList()->setCurrentRow(0); // compares it with the current text
    QCOMPARE(m_panel->fromVersion(), saved.id);
    QCOMPARE(m_panel->toVersion(), RevisionsPanel::currentVersion());
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).contains(u"The plan is {+very +}bold."_s));
    QVERIFY(paintedDiff(m_panel->diffView()).contains(u"Doubts remain{+ everywhere+}."_s));

    // Put the cursor into the introduction and restore that section alone.
    QVERIFY(!child<QPushButton>(u"restoreSection"_s)->isEnabled());
    m_panel->diffView()->showSection(u"i1"_s);
    QCOMPARE(m_panel->diffView()->currentSectionId(), u"i1"_s);
    QTRY_VERIFY(child<QPushButton>(u"restoreSection"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(u"restoreSection"_s), Qt::LeftButton);
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"The plan is bold."_s);
    QCOMPARE(m_doc->section(u"c1"_s)->markdown, u"Doubts remain everywhere."_s);
    QTRY_VERIFY(!paintedDiff(m_panel->diffView()).contains(u"{+very +}"_s));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"The plan is very bold."_s);
}

void TestRevisionsPanel::restoreAWholeVersion()
{
    const QString id = m_doc->saveRevision(u"First"_s, u"kari"_s);
    const QList<Section> first = m_doc->article().sections;
    setText(u"i1"_s, u"Rewritten."_s);
    m_doc->removeSection(u"x1"_s);
    m_panel->compare(id, RevisionsPanel::currentVersion());
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).contains(u"Alternative Solutions  removed"_s));
    QVERIFY(child<QPushButton>(u"restoreVersion"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(u"restoreVersion"_s), Qt::LeftButton);
    QCOMPARE(m_doc->article().sections, first);
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).startsWith(u"No differences."_s));
    QVERIFY(!child<QPushButton>(u"restoreVersion"_s)->isEnabled());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->section(u"i1"_s)->markdown, u"Rewritten."_s);
}

void TestRevisionsPanel::compareWithSavedAndPublished()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(m_doc->save(&error, dir.filePath(u"a.quorum"_s)));
    setText(u"c1"_s, u"Doubts are gone."_s);
    m_panel->compareWithSaved();
    QCOMPARE(m_panel->fromVersion(), RevisionsPanel::savedVersion());
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).contains(u"Doubts [-remain-]{+are gone+}."_s));

    // No published version yet: the choice is not offered.
    auto *from = child<QComboBox>(u"compareFrom"_s);
    QCOMPARE(from->findData(RevisionsPanel::publishedVersion()), -1);
    m_doc->recordPublished(u"kari"_s);
    QVERIFY(from->findData(RevisionsPanel::publishedVersion()) >= 0);
    setText(u"c1"_s, u"Doubts are back."_s);
    m_panel->compareWithPublished();
    QCOMPARE(m_panel->fromVersion(), RevisionsPanel::publishedVersion());
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).contains(u"Doubts are [-gone-]{+back+}."_s));
}

void TestRevisionsPanel::diffColoursAreReadableInADarkTheme()
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    m_panel->diffView()->setPalette(dark);
    setText(u"i1"_s, u"The plan is very bold."_s);
    m_panel->compareWithSaved();
    QTRY_VERIFY(paintedDiff(m_panel->diffView()).contains(u"{+very +}"_s));
    // WCAG contrast of the text on each highlight: at least 4.5 (normal text, AA).
    auto luminance = [](const QColor &c) {
        auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    for (const QColor &background : {diffInsertBackground(dark), diffDeleteBackground(dark)}) {
        const qreal contrast =
            (luminance(dark.color(QPalette::Text)) + 0.05) / (luminance(background) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
        QVERIFY(background != dark.color(QPalette::Base));
    }
    const QPalette light = QApplication::palette();
    for (const QColor &background : {diffInsertBackground(light), diffDeleteBackground(light)}) {
        const qreal contrast =
            (luminance(background) + 0.05) / (luminance(light.color(QPalette::Text)) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    }
}

void TestRevisionsPanel::statusMenuRecordsWhoAndWhen()
{
    ReviewStatusMenu menu(m_doc.get());
    menu.setUserName(u"editor.kari"_s);
    QVERIFY(menu.actionFor(ReviewStatus::ChangesRequested)->isChecked()); // fullArticle's
    QVERIFY(!menu.actionFor(ReviewStatus::Published)->isEnabled());
    QVERIFY(!menu.historyMenu()->isEnabled());

    menu.actionFor(ReviewStatus::Approved)->trigger();
    QCOMPARE(m_doc->article().meta.reviewStatus, ReviewStatus::Approved);
    const StatusChange change = m_doc->article().review.statusHistory.last();
    QCOMPARE(change.by, u"editor.kari"_s);
    QVERIFY(qAbs(change.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(menu.actionFor(ReviewStatus::Approved)->isChecked());
    QCOMPARE(menu.historyMenu()->actions().size(), 1);
    QVERIFY(
        menu.historyMenu()->actions().first()->text().startsWith(u"Approved — editor.kari, "_s));

    m_doc->undoStack()->undo();
    QVERIFY(menu.actionFor(ReviewStatus::ChangesRequested)->isChecked());
    m_doc->recordPublished(u"kari"_s);
    QVERIFY(menu.actionFor(ReviewStatus::Published)->isChecked());
}

QUORUM_TEST_MAIN(TestRevisionsPanel)
#include "tst_revisionspanel.moc"
