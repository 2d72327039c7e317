// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "sectionkinds.h"
#include "sectionoutline.h"
#include "sectionoutlinemodel.h"
#include "testarticles.h"
#include "testmain.h"

#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

Q_DECLARE_METATYPE(quorum::SectionKind)

// The outline lists the sections and adds, renames, duplicates, deletes and moves them through
// the document, with keys and with drag and drop, each one undo step.
class TestSectionOutline : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEverySectionWithItsKindAndHeading();
    void pickingARowReportsIt();
    void addsASectionOfEveryKindFromTheKeyboard_data();
    void addsASectionOfEveryKindFromTheKeyboard();
    void addMenuActionAddsAfterTheSelection();
    void renamesInPlaceAsOneUndoStep();
    void duplicatesWithANewId();
    void deletesWithTheDeleteKeyAndUndoBringsItBack();
    void deletesWithCtrlShiftDelFromTheWindow();
    void movesWithAltUpAndAltDown();
    void dragAndDropReorders_data();
    void dragAndDropReorders();
    void dropsFromAnotherArticleAreRefused();
    void followsChangesMadeElsewhere();
    void newArticleSelectsTheDetails();
    void badgeShowsACount();

private:
    QStringList order() const;
    int rowOf(const QString &id) const { return m_outline->outlineModel()->rowOf(id); }
    QString rowText(int row) const { return m_outline->model()->index(row, 0).data().toString(); }
    void select(const QString &id);
    void press(const QKeySequence &keys) { QTest::keySequence(m_outline.get(), keys); }
    /// Drags the section `id` and drops it on the viewport at `point`, as a drag would.
    bool dropAt(const QString &id, const QPoint &point);

    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<SectionOutline> m_outline;
};

void TestSectionOutline::init()
{
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::sampleArticle());
    m_outline = std::make_unique<SectionOutline>(m_doc.get());
    m_outline->resize(320, 480);
    m_outline->show();
    m_outline->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_outline.get()));
    m_outline->setFocus();
}

void TestSectionOutline::cleanup()
{
    m_outline.reset();
    m_doc.reset();
}

QStringList TestSectionOutline::order() const
{
    QStringList ids;
    for (const Section &section : m_doc->article().sections)
        ids.append(section.id);
    return ids;
}

void TestSectionOutline::select(const QString &id)
{
    // As the user does it: a click on the row.
    const QRect rect = m_outline->visualRect(m_outline->model()->index(rowOf(id), 0));
    QTest::mouseClick(m_outline->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_outline->currentSectionId(), id);
}

bool TestSectionOutline::dropAt(const QString &id, const QPoint &point)
{
    QMimeData data;
    data.setData(SectionOutlineModel::mimeType(), id.toUtf8());
    QWidget *viewport = m_outline->viewport();
    QDragEnterEvent enter(point, Qt::MoveAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(point, Qt::MoveAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(point, Qt::MoveAction, &data, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

void TestSectionOutline::showsEverySectionWithItsKindAndHeading()
{
    const Article &article = m_doc->article();
    QCOMPARE(m_outline->model()->rowCount(), article.sections.size() + 1);
    QCOMPARE(rowText(0), tr("Article details"));
    for (qsizetype i = 0; i < article.sections.size(); ++i) {
        const QModelIndex index = m_outline->model()->index(int(i) + 1, 0);
        QCOMPARE(index.data().toString(), article.sections.at(i).heading);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(),
                 sectionKindName(article.sections.at(i).kind));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
        QVERIFY(
            index.data(Qt::AccessibleTextRole).toString().contains(article.sections.at(i).heading));
    }
    // The kinds look different from each other.
    QSet<QByteArray> looks;
    for (SectionKind kind : allSectionKinds()) {
        const QImage image = sectionKindIcon(kind).pixmap(32, 32).toImage();
        looks.insert(
            QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
    }
    QCOMPARE(looks.size(), allSectionKinds().size());
    QCOMPARE(m_outline->currentSectionId(), QString());
    QCOMPARE(m_outline->accessibleName(), u"Outline"_s);
}

void TestSectionOutline::pickingARowReportsIt()
{
    QSignalSpy selected(m_outline.get(), &SectionOutline::sectionSelected);
    const QString id = m_doc->article().sections.at(2).id;
    select(id);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toString(), id);
    QTest::keyClick(m_outline.get(), Qt::Key_Down);
    QCOMPARE(selected.last().at(0).toString(), m_doc->article().sections.at(3).id);
    QTest::keyClick(m_outline.get(), Qt::Key_Home);
    QCOMPARE(selected.last().at(0).toString(), QString());
    QCOMPARE(selected.size(), 3);
}

void TestSectionOutline::addsASectionOfEveryKindFromTheKeyboard_data()
{
    QTest::addColumn<SectionKind>("kind");
    for (SectionKind kind : allSectionKinds())
        QTest::newRow(qPrintable(sectionKindKey(kind))) << kind;
}

void TestSectionOutline::addsASectionOfEveryKindFromTheKeyboard()
{
    QFETCH(SectionKind, kind);
    const QStringList before = order();
    const QString after = before.at(1);
    select(after);

    press(QKeySequence(u"Ctrl+Shift+N"_s));
    QMenu *menu = m_outline->addSectionMenu();
    QTRY_VERIFY(menu->isVisible());
    // The menu lists every kind with its icon; arrows walk it and Return picks.
    QCOMPARE(menu->actions().size(), allSectionKinds().size());
    for (qsizetype i = 0; i <= allSectionKinds().indexOf(kind); ++i)
        QTest::keyClick(menu, Qt::Key_Down);
    QCOMPARE(menu->activeAction()->text().remove(u'&'), sectionKindName(kind));
    QTest::keyClick(menu, Qt::Key_Return);
    QTRY_VERIFY(!menu->isVisible());

    QCOMPARE(m_doc->article().sections.size(), before.size() + 1);
    const Section &added = m_doc->article().sections.at(2);
    QCOMPARE(added.kind, kind);
    QCOMPARE(added.heading, defaultSectionHeading(kind));
    QVERIFY(!before.contains(added.id));
    QCOMPARE(m_outline->currentSectionId(), added.id);
    QCOMPARE(rowText(3), defaultSectionHeading(kind));

    m_doc->undoStack()->undo();
    QCOMPARE(order(), before);
}

void TestSectionOutline::addMenuActionAddsAfterTheSelection()
{
    // The details selected: a new section goes at the end. By the menu's mnemonic.
    QSignalSpy selected(m_outline.get(), &SectionOutline::sectionSelected);
    press(QKeySequence(u"Ctrl+Shift+N"_s));
    QMenu *menu = m_outline->addSectionMenu();
    QTRY_VERIFY(menu->isVisible());
    QTest::keyClick(menu, Qt::Key_C); // &Conclusion
    QTRY_VERIFY(!menu->isVisible());
    const Section &last = m_doc->article().sections.constLast();
    QCOMPARE(last.kind, SectionKind::Conclusion);
    QCOMPARE(m_outline->currentSectionId(), last.id);
    QCOMPARE(selected.last().at(0).toString(), last.id);
}

void TestSectionOutline::renamesInPlaceAsOneUndoStep()
{
    const Section original = m_doc->article().sections.at(3);
    select(original.id);
    const int steps = m_doc->undoStack()->count();
    press(QKeySequence(Qt::Key_F2));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), original.heading);
    QCOMPARE(editor->accessibleName(), u"Section heading"_s);
    editor->selectAll();
    QTest::keyClicks(editor, u"Background and context"_s);
    QCOMPARE(m_doc->section(original.id)->heading, original.heading); // not yet
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_COMPARE(m_doc->section(original.id)->heading, u"Background and context"_s);
    QCOMPARE(rowText(rowOf(original.id)), u"Background and context"_s);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(*m_doc->section(original.id), original);
    QCOMPARE(rowText(rowOf(original.id)), original.heading);
    QCOMPARE(m_outline->currentSectionId(), original.id);
}

void TestSectionOutline::duplicatesWithANewId()
{
    const QStringList before = order();
    const Section original = m_doc->article().sections.at(4);
    select(original.id);
    press(QKeySequence(u"Ctrl+D"_s));

    QCOMPARE(m_doc->article().sections.size(), before.size() + 1);
    Section copy = m_doc->article().sections.at(5);
    QVERIFY(copy.id != original.id);
    QVERIFY(!before.contains(copy.id));
    QCOMPARE(m_outline->currentSectionId(), copy.id);
    copy.id = original.id;
    QCOMPARE(copy, original); // the same content
    QCOMPARE(m_doc->article().sections.at(4), original);

    m_doc->undoStack()->undo();
    QCOMPARE(order(), before);
}

void TestSectionOutline::deletesWithTheDeleteKeyAndUndoBringsItBack()
{
    const QStringList before = order();
    const QString doomed = before.at(2);
    select(doomed);
    QTest::keyClick(m_outline.get(), Qt::Key_Delete);

    QVERIFY(!m_doc->section(doomed));
    QCOMPARE(m_outline->model()->rowCount(), before.size()); // the details and one fewer
    QCOMPARE(m_outline->currentSectionId(), before.at(3));   // the next one takes its place

    m_doc->undoStack()->undo();
    QCOMPARE(order(), before);
    QCOMPARE(m_outline->currentSectionId(), doomed);

    // The details cannot be deleted.
    m_outline->selectSection({});
    QVERIFY(!m_outline->deleteAction()->isEnabled());
    QTest::keyClick(m_outline.get(), Qt::Key_Delete);
    QCOMPARE(order(), before);
}

void TestSectionOutline::deletesWithCtrlShiftDelFromTheWindow()
{
    // Window-wide: it works while another widget of the window has the focus.
    QWidget window;
    auto *field = new QLineEdit(&window);
    m_outline->setParent(&window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QStringList before = order();
    m_outline->selectSection(before.constLast());
    field->setFocus();
    QTest::keySequence(field, QKeySequence(u"Ctrl+Shift+Del"_s));
    QCOMPARE(order(), before.mid(0, before.size() - 1));
    QCOMPARE(m_outline->currentSectionId(), before.at(before.size() - 2));
    // Outline-only keys stay with the text field.
    QTest::keySequence(field, QKeySequence(u"Ctrl+D"_s));
    QCOMPARE(order().size(), before.size() - 1);
    m_outline->setParent(nullptr);
}

void TestSectionOutline::movesWithAltUpAndAltDown()
{
    const QStringList before = order();
    const QString moving = before.at(2);
    select(moving);
    press(QKeySequence(u"Alt+Up"_s));
    QCOMPARE(order().indexOf(moving), 1);
    QCOMPARE(m_outline->currentSectionId(), moving);
    QCOMPARE(rowText(2), m_doc->section(moving)->heading);
    press(QKeySequence(u"Alt+Up"_s));
    QCOMPARE(order().indexOf(moving), 0);
    QVERIFY(!m_outline->moveUpAction()->isEnabled());
    press(QKeySequence(u"Alt+Up"_s)); // nothing above the first section
    QCOMPARE(order().indexOf(moving), 0);

    press(QKeySequence(u"Alt+Down"_s));
    press(QKeySequence(u"Alt+Down"_s));
    press(QKeySequence(u"Alt+Down"_s));
    QCOMPARE(order().indexOf(moving), 3);
    QCOMPARE(m_outline->currentSectionId(), moving);

    m_doc->undoStack()->undo();
    QCOMPARE(order().indexOf(moving), 2);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(order(), before);

    m_outline->selectSection(before.constLast());
    QVERIFY(!m_outline->moveDownAction()->isEnabled());
    QVERIFY(m_outline->moveUpAction()->isEnabled());
}

void TestSectionOutline::dragAndDropReorders_data()
{
    QTest::addColumn<int>("from");       // index of the dragged section
    QTest::addColumn<int>("ontoRow");    // the outline row dropped on
    QTest::addColumn<bool>("upperHalf"); // dropped on its upper or lower half
    QTest::addColumn<int>("to");         // where the section ends up

    // Row r shows section r - 1.
    QTest::newRow("down, above a row") << 1 << 5 << true << 3;
    QTest::newRow("down, below a row") << 1 << 5 << false << 4;
    QTest::newRow("up, above a row") << 5 << 2 << true << 1;
    QTest::newRow("up, below the details") << 5 << 0 << false << 0;
    QTest::newRow("to the end") << 0 << 6 << false << 5;
}

void TestSectionOutline::dragAndDropReorders()
{
    QFETCH(int, from);
    QFETCH(int, ontoRow);
    QFETCH(bool, upperHalf);
    QFETCH(int, to);
    const QStringList before = order();
    QCOMPARE(before.size(), 6);
    const QString id = before.at(from);
    select(id);

    const QRect rect = m_outline->visualRect(m_outline->model()->index(ontoRow, 0));
    const QPoint point(rect.center().x(), upperHalf ? rect.top() + 2 : rect.bottom() - 2);
    QVERIFY(dropAt(id, point));

    QStringList expected = before;
    expected.move(from, to);
    QCOMPARE(order(), expected);
    QCOMPARE(rowText(to + 1), m_doc->section(id)->heading);
    QCOMPARE(m_outline->currentSectionId(), id);
    m_doc->undoStack()->undo();
    QCOMPARE(order(), before);
}

void TestSectionOutline::dropsFromAnotherArticleAreRefused()
{
    const QStringList before = order();
    const QRect rect = m_outline->visualRect(m_outline->model()->index(2, 0));
    QVERIFY(!dropAt(u"s-not-here"_s, rect.topLeft() + QPoint(4, 2)));
    QCOMPARE(order(), before);
    // Dropping a section where it already is changes nothing, and pushes no step.
    const int steps = m_doc->undoStack()->count();
    QMimeData data;
    data.setData(SectionOutlineModel::mimeType(), before.at(2).toUtf8());
    QVERIFY(!m_outline->model()->dropMimeData(&data, Qt::MoveAction, 3, 0, {}));
    QVERIFY(!m_outline->model()->dropMimeData(&data, Qt::MoveAction, 4, 0, {}));
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestSectionOutline::followsChangesMadeElsewhere()
{
    const QString id = m_doc->article().sections.at(3).id;
    select(id);
    QSignalSpy selected(m_outline.get(), &SectionOutline::sectionSelected);
    Section renamed = *m_doc->section(id);
    renamed.heading = u"Renamed elsewhere"_s;
    m_doc->setSection(renamed);
    QCOMPARE(rowText(4), u"Renamed elsewhere"_s);
    renamed.heading.clear(); // an empty heading shows the kind's default
    m_doc->setSection(renamed);
    QCOMPARE(rowText(4), defaultSectionHeading(renamed.kind));

    // Another section moving keeps the selection where it was, without a new report.
    m_doc->moveSection(m_doc->article().sections.at(0).id, 5);
    QCOMPARE(m_outline->currentSectionId(), id);
    QCOMPARE(selected.size(), 0);
}

void TestSectionOutline::newArticleSelectsTheDetails()
{
    select(m_doc->article().sections.at(1).id);
    QSignalSpy selected(m_outline.get(), &SectionOutline::sectionSelected);
    Article other;
    other.sections = {Section::create(SectionKind::Text)};
    m_doc->reset(other);
    QCOMPARE(m_outline->model()->rowCount(), 2);
    QCOMPARE(m_outline->currentSectionId(), QString());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.last().at(0).toString(), QString());
    QVERIFY(!m_outline->renameAction()->isEnabled());
}

void TestSectionOutline::badgeShowsACount()
{
    const QString id = m_doc->article().sections.at(1).id;
    const QModelIndex index = m_outline->model()->index(2, 0);
    const QRect rect = m_outline->visualRect(index);
    const QImage plain = m_outline->viewport()->grab(rect).toImage();
    m_outline->setSectionBadge(id, 3);
    QCOMPARE(index.data(SectionOutlineModel::BadgeRole).toInt(), 3);
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(u"3 comments"_s));
    const QImage badged = m_outline->viewport()->grab(rect).toImage();
    QVERIFY(badged != plain);
    // Only the right end of the row changed: the heading stays where it was.
    const QRect left(0, 0, rect.width() / 2, rect.height());
    QCOMPARE(badged.copy(left), plain.copy(left));
    m_outline->setSectionBadge(id, 0);
    QCOMPARE(m_outline->viewport()->grab(rect).toImage(), plain);
}

QUORUM_TEST_MAIN(TestSectionOutline)
#include "tst_sectionoutline.moc"
