// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "diffview.h"
#include "mergeconflictdialog.h"
#include "testarticles.h"
#include "testmain.h"

#include <QtTest>
#include <QtWidgets>

using namespace Qt::StringLiterals;
using namespace quorum;
using namespace quorum::test;

// The dialog that settles the conflicts of an update from the site.
class TestMergeConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void applyWaitsForEveryConflict();
    void eachChoiceLandsInTheResult();
    void diffShowsWhatTheSiteChanged();
    void deletedOnTheSiteCanBeTaken();
    void editOnlyForTextSections();
    void keyboardAlone();
};

namespace {

// Both sides changed the introduction and the title; the site deleted the conclusion, which
// this side changed.
struct Versions
{
    Article base, local, remote;
    qsizetype introduction = -1, conclusion = -1;
};

Versions versions()
{
    Versions v;
    v.base = fullArticle();
    v.introduction = indexOfKind(v.base, SectionKind::Introduction);
    v.conclusion = indexOfKind(v.base, SectionKind::Conclusion);
    v.local = v.base;
    v.remote = v.base;
    v.local.sections[v.introduction].markdown = u"Mine says the forums agree."_s;
    v.remote.sections[v.introduction].markdown = u"The site says the forums disagree."_s;
    v.local.meta.title = u"My title"_s;
    v.remote.meta.title = u"The site's title"_s;
    v.local.sections[v.conclusion].markdown += u" And one more line of mine."_s;
    v.remote.sections.removeAt(v.conclusion);
    return v;
}

QPushButton *button(QDialog &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
}

int rowNamed(QListWidget *list, const QString &part)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text().contains(part))
            return row;
    }
    return -1;
}

} // namespace

void TestMergeConflictDialog::applyWaitsForEveryConflict()
{
    const Versions v = versions();
    const ArticleMerge merge = mergeArticles(v.base, v.local, v.remote);
    QCOMPARE(merge.conflicts.size(), 3);
    MergeConflictDialog dialog(merge);
    QPushButton *apply = button(dialog, "applyMerge");
    QVERIFY(!apply->isEnabled());
    dialog.keepMine();
    QVERIFY(!apply->isEnabled());
    dialog.takeSites();
    QVERIFY(!apply->isEnabled());
    dialog.keepMine();
    QVERIFY(apply->isEnabled());
    // The list says how each was settled.
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    QVERIFY(list->item(0)->text().endsWith(u" — yours"_s));
    QVERIFY(list->item(1)->text().endsWith(u" — the site's"_s));
}

void TestMergeConflictDialog::eachChoiceLandsInTheResult()
{
    const Versions v = versions();
    const ArticleMerge merge = mergeArticles(v.base, v.local, v.remote);
    MergeConflictDialog dialog(merge);
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    const QString introHeading = v.base.sections.at(v.introduction).heading;
    const QString conclusionHeading = v.base.sections.at(v.conclusion).heading;

    dialog.setCurrent(rowNamed(list, introHeading));
    Section edited = v.local.sections.at(v.introduction);
    edited.markdown = u"Both: some agree, some do not."_s;
    dialog.useEdited(edited);
    dialog.setCurrent(rowNamed(list, u"title"_s));
    dialog.takeSites();
    dialog.setCurrent(rowNamed(list, conclusionHeading));
    dialog.keepMine();

    const ArticleMerge resolved = dialog.resolved();
    QVERIFY(!resolved.hasUnresolvedConflicts());
    const Article &article = resolved.article;
    QCOMPARE(article.meta.title, u"The site's title"_s);
    const qsizetype intro = article.indexOfSection(edited.id);
    QVERIFY(intro >= 0);
    QCOMPARE(article.sections.at(intro).markdown, edited.markdown);
    const QString conclusionId = v.base.sections.at(v.conclusion).id;
    QVERIFY(article.indexOfSection(conclusionId) >= 0);
    QCOMPARE(article.sections.at(article.indexOfSection(conclusionId)),
             v.local.sections.at(v.conclusion));
}

void TestMergeConflictDialog::diffShowsWhatTheSiteChanged()
{
    const Versions v = versions();
    MergeConflictDialog dialog(mergeArticles(v.base, v.local, v.remote));
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    auto *diff = dialog.findChild<DiffView *>();
    dialog.setCurrent(rowNamed(list, v.base.sections.at(v.introduction).heading));
    const QString text = diff->toPlainText();
    QVERIFY2(text.contains(u"disagree"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Mine"_s), qPrintable(text));
    dialog.setCurrent(rowNamed(list, u"title"_s));
    QVERIFY(diff->toPlainText().contains(u"The site's title"_s));
}

void TestMergeConflictDialog::deletedOnTheSiteCanBeTaken()
{
    const Versions v = versions();
    MergeConflictDialog dialog(mergeArticles(v.base, v.local, v.remote));
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    const int row = rowNamed(list, v.base.sections.at(v.conclusion).heading);
    QVERIFY(list->item(row)->text().contains(u"deleted on the site"_s));
    dialog.setCurrent(row);
    dialog.takeSites();
    for (int other = 0; other < list->count(); ++other) {
        if (other != row) {
            dialog.setCurrent(other);
            dialog.keepMine();
        }
    }
    const ArticleMerge resolved = dialog.resolved();
    QCOMPARE(resolved.article.indexOfSection(v.base.sections.at(v.conclusion).id), -1);
}

void TestMergeConflictDialog::editOnlyForTextSections()
{
    Versions v = versions();
    const qsizetype tldr = indexOfKind(v.base, SectionKind::TlDr);
    v.local.sections[tldr].bullets.append(u"Mine"_s);
    v.remote.sections[tldr].bullets.append(u"The site's"_s);
    MergeConflictDialog dialog(mergeArticles(v.base, v.local, v.remote));
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    QPushButton *edit = button(dialog, "editConflict");
    dialog.setCurrent(rowNamed(list, v.base.sections.at(tldr).heading));
    QVERIFY(!edit->isEnabled());
    dialog.setCurrent(rowNamed(list, v.base.sections.at(v.introduction).heading));
    QVERIFY(edit->isEnabled());
    dialog.setCurrent(rowNamed(list, u"title"_s));
    QVERIFY(!edit->isEnabled());
}

void TestMergeConflictDialog::keyboardAlone()
{
    const Versions v = versions();
    MergeConflictDialog dialog(mergeArticles(v.base, v.local, v.remote));
    dialog.show();
    dialog.activateWindow();
    // Mnemonics answer in the active window only.
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Alt+M keeps mine and moves on to the next open conflict, three times; Apply then.
    auto *list = dialog.findChild<QListWidget *>(u"conflictList"_s);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(list->currentRow(), row);
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        // A mnemonic clicks animated: the click lands a moment later.
        QTRY_VERIFY(list->item(row)->text().endsWith(u" — yours"_s));
    }
    QTRY_VERIFY(button(dialog, "applyMerge")->isEnabled());
    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.resolved().article.meta.title, u"My title"_s);
}

QUORUM_TEST_MAIN(TestMergeConflictDialog)
#include "tst_mergeconflictdialog.moc"
