// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "pagescript.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "previewview.h"
#include "testarticles.h"
#include "testmain.h"

#include <QApplication>
#include <QSignalSpy>
#include <QWebEnginePage>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::evaluate;

namespace {

const QString kIntroduction = u"s1a2b3c03"_s;
const QString kAlternatives = u"s1a2b3c05"_s;
const QString kConclusion = u"s1a2b3c06"_s;

// The numbers the footnote references in section `id` show, in order.
QString numbersIn(QWebEnginePage *page, const QString &id)
{
    return evaluate(page,
                    u"Array.from(document.querySelectorAll('[data-section-id=\"%1\"] sup.fn'))"
                    ".map(s => s.textContent).join(' ')"_s.arg(id))
        .toString();
}

// The footnotes the page lists, and the section that lists them.
QString listed(QWebEnginePage *page)
{
    return evaluate(page, u"(() => { const ol = document.querySelector('ol.wp-block-footnotes');"
                          " return ol ? ol.closest('.quorum-section').dataset.sectionId + ': ' +"
                          " Array.from(ol.children).map(li => { const item = li.cloneNode(true);"
                          " item.lastElementChild.remove(); return item.textContent.trim(); })"
                          ".join(' | ') : 'none'; })()"_s)
        .toString();
}

} // namespace

// The preview shows footnotes as the site does: the references in the text, and the list the
// site renders for the footnotes block, which follows every edit of any section.
class TestPreviewFootnotes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listFollowsEdits();
    void linksMoveWithinThePage();

private:
    void edit(const QString &id, const QString &markdown);

    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<PreviewPane> m_pane;
    PreviewView *m_view = nullptr;
};

void TestPreviewFootnotes::init()
{
    m_document = std::make_unique<ArticleDocument>();
    m_pane = std::make_unique<PreviewPane>(m_document.get());
    m_view = m_pane->view();
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QString error;
    QVERIFY2(m_document->load(test::samplePath(), &error), qPrintable(error));
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.last().at(0).toBool());
}

void TestPreviewFootnotes::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

void TestPreviewFootnotes::edit(const QString &id, const QString &markdown)
{
    QSignalSpy patched(m_view, &PreviewView::patched);
    Section section = *m_document->section(id);
    section.markdown = markdown;
    m_document->setSection(section);
    QVERIFY(patched.wait(10000));
}

void TestPreviewFootnotes::listFollowsEdits()
{
    QWebEnginePage *page = m_view->page();
    QCOMPARE(listed(page), u"none"_s);

    edit(kIntroduction, u"Libraries agree[^1].\n\n[^1]: A survey of *ten* libraries."_s);
    QTRY_COMPARE_WITH_TIMEOUT(listed(page), kConclusion + u": A survey of ten libraries."_s, 10000);
    QCOMPARE(numbersIn(page, kIntroduction), u"1"_s);

    // A footnote in a later section is the second; one added before the first renumbers both,
    // in sections the edit did not touch.
    edit(kAlternatives, u"Others disagree[^a].\n\n[^a]: Two forums."_s);
    QTRY_COMPARE_WITH_TIMEOUT(numbersIn(page, kAlternatives), u"2"_s, 10000);
    edit(kIntroduction,
         u"First[^0]. Libraries agree[^1].\n\n[^0]: New.\n\n[^1]: A survey of *ten* libraries."_s);
    QTRY_COMPARE_WITH_TIMEOUT(numbersIn(page, kAlternatives), u"3"_s, 10000);
    QCOMPARE(numbersIn(page, kIntroduction), u"1 2"_s);
    QCOMPARE(listed(page), kConclusion + u": New. | A survey of ten libraries. | Two forums."_s);

    // No footnotes, no list.
    edit(kIntroduction, u"No notes."_s);
    edit(kAlternatives, u"None here either."_s);
    QTRY_COMPARE_WITH_TIMEOUT(listed(page), u"none"_s, 10000);
}

void TestPreviewFootnotes::linksMoveWithinThePage()
{
    QWebEnginePage *page = m_view->page();
    edit(kIntroduction, u"Libraries agree[^1].\n\n[^1]: A survey."_s);
    QTRY_VERIFY_WITH_TIMEOUT(listed(page) != u"none"_s, 10000);
    evaluate(page, u"window.marker = 1; window.scrollTo(0, 0); 0"_s);
    const QUrl before = page->url();
    QSignalSpy links(m_view, &PreviewView::linkActivated);
    const QString inView =
        u"(() => { const r = document.querySelector('%1').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; })()"_s;

    evaluate(page, u"document.querySelector('sup.fn a').click(); 0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, inView.arg(u"ol.wp-block-footnotes li"_s)).toBool(),
                             10000);
    evaluate(page, u"document.querySelector('ol.wp-block-footnotes li a').click(); 0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, inView.arg(u"sup.fn"_s)).toBool(), 10000);
    QCOMPARE(page->url(), before);
    QCOMPARE(evaluate(page, u"window.marker"_s).toInt(), 1);
    QCOMPARE(links.size(), 0);
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewFootnotes test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewfootnotes.moc"
