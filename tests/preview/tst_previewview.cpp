// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "contentrenderer.h"
#include "imageserver.h"
#include "keptblock.h"
#include "pagescript.h"
#include "previewpane.h"
#include "previewscheme.h"
#include "previewview.h"
#include "testarticles.h"
#include "testmain.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineSettings>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::evaluate;

namespace {

const QString kIntroduction = u"s1a2b3c03"_s;
const QString kAlternatives = u"s1a2b3c05"_s;
const QString kConclusion = u"s1a2b3c06"_s;

// The page-side proof that nothing ran and nothing can: no script elements, no handler
// attributes, no javascript: links, and no mark left by a script.
const QString kInertCheck = uR"q((function () {
    if (document.documentElement.dataset.pwned) return 'ran: ' + document.documentElement.dataset.pwned;
    if (document.scripts.length) return 'script elements: ' + document.scripts.length;
    for (const e of document.querySelectorAll('*'))
        for (const a of e.attributes)
            if (a.name.startsWith('on')) return 'handler ' + a.name + ' on ' + e.tagName;
    for (const a of document.querySelectorAll('[href],[src]'))
        if (/^\s*javascript:/i.test(a.getAttribute('href') || a.getAttribute('src'))) return 'javascript: link';
    return 'inert';
})())q"_s;

} // namespace

class TestPreviewView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsPatchWithoutReloading();
    void growingSectionAboveKeepsTheView();
    void structureChangesPatchTheOrder();
    void metadataPatchesTheHeader();
    void hostileContentIsInert_data();
    void hostileContentIsInert();
    void keptBlocksShowTheirHtmlInert_data();
    void keptBlocksShowTheirHtmlInert();
    void linksNeverNavigate();
    void clicksReportTheSection();
    void showSectionScrollsToIt();
    void imagesBesideTheArticle();
    void imageFigureShowsItsCaption();
    void remoteImagesOnlyWhenAllowed();
    void verdictBarIsProportional();
    void themeSwitch();
    void themeSetWhileLoading_data();
    void themeSetWhileLoading();
    void reloadWhilePatchInFlight();
    void reloadWhileLoading();
    void failedPatchReloads_data();
    void failedPatchReloads();
    void savingUntitledArticleShowsItsImages();
    void widthAndZoom();
    void longArticleShowsItsTopFirst();

private:
    bool loadSample();

    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<PreviewPane> m_pane;
    PreviewView *m_view = nullptr;
};

void TestPreviewView::init()
{
    m_document = std::make_unique<ArticleDocument>();
    m_pane = std::make_unique<PreviewPane>(m_document.get());
    m_view = m_pane->view();
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestPreviewView::cleanup()
{
    m_pane.reset();
    m_document.reset();
}

bool TestPreviewView::loadSample()
{
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QString error;
    if (!m_document->load(test::samplePath(), &error))
        return false;
    return loaded.wait(30000) && loaded.last().at(0).toBool();
}

void TestPreviewView::editsPatchWithoutReloading()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    evaluate(page, u"window.marker = 'still here'; window.scrollTo(0, 500); 0"_s);
    const int scrollY = evaluate(page, u"window.scrollY"_s).toInt();
    QVERIFY(qAbs(scrollY - 500) <= 1); // scaled pages round to a device pixel

    QSignalSpy patched(m_view, &PreviewView::patched);
    Section conclusion = *m_document->section(kConclusion);
    conclusion.markdown = u"A *new* ending."_s;
    m_document->setSection(conclusion);
    QVERIFY(patched.wait(10000));

    const QString text =
        evaluate(page, u"document.querySelector('[data-section-id=\"%1\"]').textContent"_s.arg(
                           kConclusion))
            .toString();
    QVERIFY2(text.contains(u"A new ending."_s), qPrintable(text));
    QCOMPARE(
        evaluate(page, u"document.querySelector('[data-section-id=\"%1\"] em').textContent"_s.arg(
                           kConclusion))
            .toString(),
        u"new"_s);
    QCOMPARE(evaluate(page, u"window.marker"_s).toString(), u"still here"_s); // no reload
    QCOMPARE(evaluate(page, u"window.scrollY"_s).toInt(), scrollY);

    // A burst of edits ends in the newest state, without a patch per edit.
    for (int i = 1; i <= 20; ++i) {
        conclusion.markdown = u"Version %1."_s.arg(i);
        m_document->setSection(conclusion);
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('[data-section-id=\"%1\"] p').textContent"_s.arg(
                           kConclusion))
            .toString(),
        u"Version 20."_s, 10000);
    QVERIFY2(patched.size() <= 4, qPrintable(QString::number(patched.size())));
    QCOMPARE(evaluate(page, u"window.marker"_s).toString(), u"still here"_s);
}

void TestPreviewView::growingSectionAboveKeepsTheView()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    const QString conclusionTop =
        u"Math.round(document.getElementById('%1').getBoundingClientRect().top)"_s.arg(
            ContentRenderer::anchorFor(kConclusion));
    evaluate(page, u"document.getElementById('%1').scrollIntoView(); 0"_s.arg(
                       ContentRenderer::anchorFor(kConclusion)));
    const int before = evaluate(page, conclusionTop).toInt();
    const int scrollBefore = evaluate(page, u"window.scrollY"_s).toInt();
    QVERIFY(scrollBefore > 0);

    QSignalSpy patched(m_view, &PreviewView::patched);
    Section introduction = *m_document->section(kIntroduction);
    introduction.markdown += u"\n\nAnother paragraph.\n\nAnd one more, far above the reader."_s;
    m_document->setSection(introduction);
    QVERIFY(patched.wait(10000));
    // What the reader looks at has not moved, although the page above it grew.
    QVERIFY(qAbs(evaluate(page, conclusionTop).toInt() - before) <= 1);
    QVERIFY(evaluate(page, u"window.scrollY"_s).toInt() > scrollBefore);
}

void TestPreviewView::structureChangesPatchTheOrder()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    evaluate(page, u"window.marker = 1; 0"_s);
    const QString order =
        u"Array.from(document.querySelectorAll('.entry-content > .quorum-section'))"
        ".map(w => w.dataset.sectionId).join(' ')"_s;
    auto documentOrder = [this] {
        QStringList ids;
        for (const Section &section : m_document->article().sections)
            ids.append(section.id);
        return ids.join(u' ');
    };

    m_document->moveSection(kConclusion, 0);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, order).toString(), documentOrder(), 10000);
    QVERIFY(documentOrder().startsWith(kConclusion));

    Section added = Section::create(SectionKind::Text);
    added.heading = u"Added Later"_s;
    m_document->insertSection(2, added);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, order).toString(), documentOrder(), 10000);
    QCOMPARE(evaluate(page, u"document.getElementById('%1').textContent"_s.arg(
                                ContentRenderer::anchorFor(added.id)))
                 .toString(),
             u"Added Later"_s);

    m_document->removeSection(kAlternatives);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, order).toString(), documentOrder(), 10000);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, order).toString(), documentOrder(), 10000);
    QCOMPARE(evaluate(page, u"window.marker"_s).toInt(), 1);
}

void TestPreviewView::metadataPatchesTheHeader()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    evaluate(page, u"window.marker = 1; 0"_s);
    ArticleMeta meta = m_document->article().meta;
    meta.title = u"A Retitled Report"_s;
    meta.language = u"nb"_s;
    m_document->setMeta(meta);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('h1.entry-title').textContent"_s).toString(),
        u"A Retitled Report"_s, 10000);
    QCOMPARE(evaluate(page, u"document.documentElement.lang"_s).toString(), u"nb"_s);
    QVERIFY(evaluate(page, u"document.querySelector('.entry-meta time').textContent"_s)
                .toString()
                .contains(u"oktober"_s));
    QCOMPARE(evaluate(page, u"window.marker"_s).toInt(), 1);
}

void TestPreviewView::hostileContentIsInert_data()
{
    QTest::addColumn<bool>("pageScripts");
    QTest::newRow("as the preview runs") << false;
    // With scripts allowed in the page's own world, a script that slipped through the
    // renderer would run, and leave its mark: the check below can fail.
    QTest::newRow("page scripts allowed") << true;
}

void TestPreviewView::hostileContentIsInert()
{
    QFETCH(bool, pageScripts);
    m_view->page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, pageScripts);
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    const Article article = test::hostileArticle();
    m_document->reset(article);
    QVERIFY(loaded.wait(30000));
    QWebEnginePage *page = m_view->page();
    QCOMPARE(evaluate(page, kInertCheck).toString(), u"inert"_s);
    QCOMPARE(evaluate(page, u"document.querySelectorAll('.quorum-section').length"_s).toInt(),
             article.sections.size());
    // The hostile text is there, as text: in the title, and in every field that shows.
    QCOMPARE(evaluate(page, u"document.querySelector('h1.entry-title').textContent"_s).toString(),
             test::hostileText());
    const QString text = evaluate(page, u"document.body.textContent"_s).toString();
    QVERIFY(text.contains(u"<!-- wp:html -->"_s));
    // Title, byline, categories, and per section its heading and body; bullets, stances and
    // voices on top: far more than this many whole copies.
    QVERIFY2(text.count(u"<svg onload=alert(1)>"_s) >= 3 + 2 * article.sections.size(),
             qPrintable(QString::number(text.count(u"<svg onload=alert(1)>"_s))));

    // And it stays inert when it arrives through a patch.
    QSignalSpy patched(m_view, &PreviewView::patched);
    Section section = m_document->article().sections.at(2);
    section.markdown = test::hostileText() + u" patched"_s;
    m_document->setSection(section);
    QVERIFY(patched.wait(10000));
    QVERIFY(evaluate(page, u"document.body.textContent"_s).toString().contains(u"patched"_s));
    QCOMPARE(evaluate(page, kInertCheck).toString(), u"inert"_s);

    if (pageScripts) {
        // Even a script element that got into the page would not run: the page's
        // Content-Security-Policy allows no inline script.
        evaluate(page, u"(function(){var s=document.createElement('script');s.textContent="
                       "\"document.documentElement.dataset.pwned='inline'\";"
                       "document.body.appendChild(s);s.remove();return 0;})()"_s);
        QCOMPARE(evaluate(page, kInertCheck).toString(), u"inert"_s);
    }
}

void TestPreviewView::keptBlocksShowTheirHtmlInert_data()
{
    hostileContentIsInert_data();
}

void TestPreviewView::keptBlocksShowTheirHtmlInert()
{
    // A block from the site that Quorum cannot edit is shown as the site stored it, in the
    // same locked-down page: its markup is there, its scripts never run.
    QFETCH(bool, pageScripts);
    m_view->page()->settings()->setAttribute(QWebEngineSettings::JavascriptEnabled, pageScripts);
    const QString line = KeptBlockLine{u"k00000abc"_s, u"core/html"_s, u"Left"_s}.toLine();
    Section section = Section::create(SectionKind::Text);
    section.heading = u"From the site"_s;
    section.markdown = u"Before.\n\n"_s + line;
    section.source.blocks = {
        {u"Before."_s, u"<!-- wp:paragraph -->\n<p>Before.</p>\n<!-- /wp:paragraph -->"_s, {}, {}},
        {line,
         u"<!-- wp:html -->\n<div class=\"kept-columns\"><div>Left</div><div>Right</div></div>"
         "<script>document.documentElement.dataset.pwned = 'kept script'</script>"
         "<img src=\"data:,x\" onerror=\"document.documentElement.dataset.pwned = 'handler'\">"
         "\n<!-- /wp:html -->"_s,
         {},
         {}}};
    Article article;
    article.meta.title = u"Kept"_s;
    article.sections = {section};
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    m_document->reset(article);
    QVERIFY(loaded.wait(30000));
    QWebEnginePage *page = m_view->page();
    QCOMPARE(evaluate(page, u"document.querySelector('.kept-columns').textContent"_s).toString(),
             u"LeftRight"_s);
    // The image has failed to load by now, so a handler that was allowed would have run.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('.kept-columns ~ img').complete"_s).toBool(),
        10000);
    QCOMPARE(evaluate(page, u"String(document.documentElement.dataset.pwned)"_s).toString(),
             u"undefined"_s);
    QVERIFY(!evaluate(page, u"document.body.textContent"_s).toString().contains(u"quorum:kept"_s));
}

void TestPreviewView::linksNeverNavigate()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    const QUrl before = page->url();
    evaluate(page, u"window.marker = 1; 0"_s);
    QSignalSpy links(m_view, &PreviewView::linkActivated);
    evaluate(page, u"document.querySelector('cite a').click(); 0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(links.size(), 1, 10000);
    QCOMPARE(links.first().at(0).toUrl(),
             QUrl(u"https://forum.example.org/t/national-library-llm/1182"_s));
    QCOMPARE(page->url(), before);
    QCOMPARE(evaluate(page, u"window.marker"_s).toInt(), 1);
}

void TestPreviewView::clicksReportTheSection()
{
    QVERIFY(loadSample());
    QSignalSpy clicked(m_view, &PreviewView::sectionClicked);
    evaluate(
        m_view->page(),
        u"document.querySelector('[data-section-id=\"%1\"] p').click(); 0"_s.arg(kIntroduction));
    QTRY_COMPARE_WITH_TIMEOUT(clicked.size(), 1, 10000);
    QCOMPARE(clicked.first().at(0).toString(), kIntroduction);
}

void TestPreviewView::showSectionScrollsToIt()
{
    QVERIFY(loadSample());
    evaluate(m_view->page(), u"window.scrollTo(0, document.body.scrollHeight); 0"_s);
    m_view->showSection(kIntroduction);
    const QString top =
        u"Math.round(document.getElementById('%1').getBoundingClientRect().top)"_s.arg(
            ContentRenderer::anchorFor(kIntroduction));
    QTRY_VERIFY_WITH_TIMEOUT(qAbs(evaluate(m_view->page(), top).toInt()) <= 1, 10000);
}

void TestPreviewView::imagesBesideTheArticle()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"article/images"_s));
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(dir.filePath(u"article/images/dot.png"_s)));
    QVERIFY(image.save(dir.filePath(u"secret.png"_s)));

    Article article = test::sampleArticle();
    article.sections[2].markdown = u"![dot](images/dot.png) ![escape](../secret.png)"_s;
    article.meta.featuredImage = u"images/dot.png"_s;
    const QString path = dir.filePath(u"article/a.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(article, path, &error));
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QVERIFY(m_document->load(path, &error));
    QVERIFY(loaded.wait(30000));

    QWebEnginePage *page = m_view->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('img[alt=dot]').naturalWidth"_s).toInt(), 4, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('.post-thumbnail img').naturalWidth"_s).toInt(), 4,
        10000);
    // Nothing outside the article's folder is served.
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('img[alt=escape]').complete"_s).toBool(), 10000);
    QCOMPARE(evaluate(page, u"document.querySelector('img[alt=escape]').naturalWidth"_s).toInt(),
             0);
}

void TestPreviewView::remoteImagesOnlyWhenAllowed()
{
    // 127.0.0.1 is "remote" here: it is not the article's folder.
    test::ImageServer server;
    Article article = test::sampleArticle();
    article.sections[2].markdown =
        u"![remote](%1)"_s.arg(server.url(u"preview-remote.png"_s).toString());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(article, path, &error));

    m_view->setRemoteImagesAllowed(false);
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QVERIFY(m_document->load(path, &error));
    QVERIFY(loaded.wait(30000));
    QWebEnginePage *page = m_view->page();
    const QString image = u"document.querySelector('img[alt=remote]')"_s;
    // The page has finished loading, and so has the image: had it been asked for, the server
    // would have answered before it completed.
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, image + u".complete"_s).toBool(), 10000);
    QCOMPARE(evaluate(page, image + u".naturalWidth"_s).toInt(), 0);
    QCOMPARE(server.requests(), QStringList());

    // Allowing them reloads the page, and now the image is fetched.
    m_view->setRemoteImagesAllowed(true);
    QVERIFY(loaded.wait(30000));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, image + u".naturalWidth"_s).toInt(), 1, 10000);
    QCOMPARE(server.requests(), QStringList{u"/preview-remote.png"_s});
}

void TestPreviewView::imageFigureShowsItsCaption()
{
    // Wider than the column: the figure fits it, its caption below, smaller than the text.
    QTemporaryDir dir;
    QImage image(2000, 200, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(u"wide.png"_s)));
    Article article = test::sampleArticle();
    article.sections[2].markdown = u"Before.\n\n![A wide chart](wide.png \"The split\")\n"_s;
    const QString path = dir.filePath(u"a.quorum"_s);
    QString error;
    QVERIFY(ArticleFile::save(article, path, &error));
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QVERIFY(m_document->load(path, &error));
    QVERIFY(loaded.wait(30000));

    QWebEnginePage *page = m_view->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.querySelector('figure.wp-block-image img').naturalWidth"_s)
            .toInt(),
        2000, 10000);
    const QString geometry =
        u"(() => { const f = document.querySelector('figure.wp-block-image');"
        " const img = f.querySelector('img').getBoundingClientRect();"
        " const cap = f.querySelector('figcaption'); const p = f.previousElementSibling;"
        " return [Math.round(img.width), Math.round(f.getBoundingClientRect().width),"
        " Math.round(cap.getBoundingClientRect().top - img.bottom), cap.textContent,"
        " getComputedStyle(cap).textAlign,"
        " parseFloat(getComputedStyle(cap).fontSize) < parseFloat(getComputedStyle(p).fontSize)"
        "].join('|'); })()"_s;
    const QStringList parts = evaluate(page, geometry).toString().split(u'|');
    QCOMPARE(parts.size(), 6);
    QVERIFY2(parts.at(0).toInt() > 0 && parts.at(0) == parts.at(1), qPrintable(parts.join(u' ')));
    QVERIFY2(parts.at(2).toInt() >= 0, qPrintable(parts.join(u' ')));
    QCOMPARE(parts.at(3), u"The split"_s);
    QCOMPARE(parts.at(4), u"center"_s);
    QCOMPARE(parts.at(5), u"true"_s);
}

void TestPreviewView::verdictBarIsProportional()
{
    QVERIFY(loadSample());
    const QString widths = u"Array.from(document.querySelectorAll('ul.quorum-verdict-bar > li'))"
                           ".map(li => Math.round(li.getBoundingClientRect().width)).join(' ')"_s;
    const QStringList parts = evaluate(m_view->page(), widths).toString().split(u' ');
    QCOMPARE(parts.size(), 2);
    const double ratio = parts.at(0).toDouble() / parts.at(1).toDouble();
    QVERIFY2(qAbs(ratio - 1.5) < 0.05, qPrintable(parts.join(u' '))); // 60 : 40
}

void TestPreviewView::themeSwitch()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    const QString background = u"getComputedStyle(document.documentElement).backgroundColor"_s;
    m_view->setTheme(PreviewTheme::Dark);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.documentElement.dataset.theme"_s).toString(), u"dark"_s, 10000);
    QCOMPARE(evaluate(page, background).toString(), u"rgb(23, 24, 28)"_s);
    m_view->setTheme(PreviewTheme::Light);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, background).toString(), u"rgb(255, 255, 255)"_s,
                              10000);
}

void TestPreviewView::themeSetWhileLoading_data()
{
    QTest::addColumn<int>("before"); // PreviewTheme
    QTest::addColumn<int>("during");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("background");
    QTest::newRow("light to dark")
        << int(PreviewTheme::Light) << int(PreviewTheme::Dark) << u"dark"_s << u"rgb(23, 24, 28)"_s;
    QTest::newRow("dark to light") << int(PreviewTheme::Dark) << int(PreviewTheme::Light)
                                   << u"light"_s << u"rgb(255, 255, 255)"_s;
}

void TestPreviewView::themeSetWhileLoading()
{
    QFETCH(int, before);
    QFETCH(int, during);
    QFETCH(QString, name);
    QFETCH(QString, background);
    m_view->setTheme(PreviewTheme(before));
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QString error;
    QVERIFY(m_document->load(test::samplePath(), &error));
    // The page on its way was built with the theme before; the one chosen now must win.
    m_view->setTheme(PreviewTheme(during));
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.last().at(0).toBool());
    QWebEnginePage *page = m_view->page();
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page, u"document.documentElement.dataset.theme"_s).toString(), name, 10000);
    QCOMPARE(
        evaluate(page, u"getComputedStyle(document.documentElement).backgroundColor"_s).toString(),
        background);
}

void TestPreviewView::reloadWhilePatchInFlight()
{
    QVERIFY(loadSample());
    QStringList events;
    connect(m_view, &PreviewView::pageLoaded, m_view,
            [&events](bool ok) { events.append(ok ? u"loaded"_s : u"failed"_s); });
    connect(m_view, &PreviewView::patched, m_view,
            [&events](int sequence) { events.append(u"patched %1"_s.arg(sequence)); });

    // A patch of the first article leaves for the page...
    Section conclusion = *m_document->section(kConclusion);
    conclusion.markdown = u"Stale ending of the first article."_s;
    m_document->setSection(conclusion);
    QCoreApplication::processEvents(); // the patch timer fires: the patch is sent
    // ...and another article (with the same section ids) replaces the page before it lands.
    Article second = test::sampleArticle();
    second.meta.title = u"The Second Article"_s;
    second.sections[second.indexOfSection(kConclusion)].markdown = u"Second ending."_s;
    events.clear();
    m_document->reset(second);
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(u"loaded"_s), 30000);
    // Nothing from the first page speaks for the second: no patch of it, no failed load.
    QCOMPARE(events.join(u", "_s), u"loaded"_s);

    conclusion = *m_document->section(kConclusion);
    conclusion.markdown = u"Second ending, edited."_s;
    m_document->setSection(conclusion);
    QWebEnginePage *page = m_view->page();
    const QString text =
        u"document.querySelector('[data-section-id=\"%1\"] p').textContent"_s.arg(kConclusion);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, text).toString(), u"Second ending, edited."_s, 10000);
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(1).startsWith(u"patched"_s));
    QCOMPARE(evaluate(page, u"document.querySelector('h1.entry-title').textContent"_s).toString(),
             u"The Second Article"_s);
    QVERIFY(!evaluate(page, u"document.body.textContent"_s).toString().contains(u"Stale"_s));
}

void TestPreviewView::reloadWhileLoading()
{
    QVERIFY(loadSample());
    QStringList events;
    connect(m_view, &PreviewView::pageLoaded, m_view,
            [&events](bool ok) { events.append(ok ? u"loaded"_s : u"failed"_s); });
    Article first = test::sampleArticle();
    first.meta.title = u"The First Article"_s;
    Article second = test::sampleArticle();
    second.meta.title = u"The Second Article"_s;
    // The first page is stopped on its way by the second: only the second one is reported.
    m_document->reset(first);
    m_document->reset(second);
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(u"loaded"_s), 30000);
    QCOMPARE(events.join(u", "_s), u"loaded"_s);
    QVERIFY(m_view->isReady());
    QCOMPARE(evaluate(m_view->page(), u"document.querySelector('h1.entry-title').textContent"_s)
                 .toString(),
             u"The Second Article"_s);

    QSignalSpy patched(m_view, &PreviewView::patched);
    ArticleMeta meta = m_document->article().meta;
    meta.title = u"The Second Article, Retitled"_s;
    m_document->setMeta(meta);
    QVERIFY(patched.wait(10000));
    QCOMPARE(evaluate(m_view->page(), u"document.querySelector('h1.entry-title').textContent"_s)
                 .toString(),
             u"The Second Article, Retitled"_s);
}

void TestPreviewView::failedPatchReloads_data()
{
    QTest::addColumn<QString>("breakage");
    QTest::newRow("patch throws")
        << u"window.quorumPreview.patch = () => { throw new Error('broken'); }; 0"_s;
    QTest::newRow("script gone") << u"delete window.quorumPreview; 0"_s;
}

void TestPreviewView::failedPatchReloads()
{
    QFETCH(QString, breakage);
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    evaluate(page, u"window.marker = 1; 0"_s);
    evaluate(page, breakage);

    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QSignalSpy patched(m_view, &PreviewView::patched);
    Section conclusion = *m_document->section(kConclusion);
    conclusion.markdown = u"Shown after all."_s;
    m_document->setSection(conclusion);
    // The page could not take the patch: a fresh page shows the article as it is now.
    QVERIFY(loaded.wait(30000));
    QVERIFY(loaded.last().at(0).toBool());
    QCOMPARE(patched.size(), 0);
    QCOMPARE(evaluate(page, u"window.marker === undefined"_s).toBool(), true);
    QCOMPARE(
        evaluate(page, u"document.querySelector('[data-section-id=\"%1\"] p').textContent"_s.arg(
                           kConclusion))
            .toString(),
        u"Shown after all."_s);

    // And the fresh page patches again.
    conclusion.markdown = u"Patched again."_s;
    m_document->setSection(conclusion);
    QVERIFY(patched.wait(10000));
    QCOMPARE(
        evaluate(page, u"document.querySelector('[data-section-id=\"%1\"] p').textContent"_s.arg(
                           kConclusion))
            .toString(),
        u"Patched again."_s);
}

void TestPreviewView::savingUntitledArticleShowsItsImages()
{
    QTemporaryDir dir;
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(dir.filePath(u"pic.png"_s)));

    Article article = test::sampleArticle();
    article.sections[2].markdown = u"![pic](pic.png)"_s;
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    m_document->reset(article); // a new article, never saved
    QVERIFY(loaded.wait(30000));
    QVERIFY(m_document->filePath().isEmpty());
    QWebEnginePage *page = m_view->page();
    const QString picture = u"document.querySelector('img[alt=pic]')"_s;
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, picture + u".complete"_s).toBool(), 10000);
    QCOMPARE(evaluate(page, picture + u".naturalWidth"_s).toInt(), 0); // no folder yet

    QString error;
    QVERIFY2(m_document->save(&error, dir.filePath(u"article.quorum"_s)), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, picture + u".naturalWidth"_s).toInt(), 4, 30000);
}

void TestPreviewView::widthAndZoom()
{
    QVERIFY(loadSample());
    QWebEnginePage *page = m_view->page();
    // A 1000 px pane shows the desktop layout, 1200 CSS pixels wide, scaled down.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, u"window.innerWidth"_s).toInt(),
                              PreviewPane::kDesktopWidth, 10000);
    m_pane->setWidthMode(PreviewPane::Width::Mobile);
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, u"window.innerWidth"_s).toInt(),
                              PreviewPane::kMobileWidth, 10000);
    QCOMPARE(m_view->width(), PreviewPane::kMobileWidth);

    m_pane->zoomInAction()->trigger();
    QVERIFY(m_pane->zoom() > 1.05);
    QVERIFY(qAbs(m_view->zoomFactor() - m_pane->zoom()) < 0.01);
    m_pane->resetZoomAction()->trigger();
    QCOMPARE(m_pane->zoom(), 1.0);
    m_pane->zoomOutAction()->trigger();
    QVERIFY(m_pane->zoom() < 0.95);
}

// A long article: the first page holds its top, the rest arrives in one patch after the first
// frame, in order, with an edit made meanwhile, and the section being edited is scrolled to.
void TestPreviewView::longArticleShowsItsTopFirst()
{
    Article article;
    article.meta.title = u"A long article"_s;
    for (int i = 0; i < 120; ++i) {
        Section section = Section::create(SectionKind::Text);
        section.heading = u"Part %1"_s.arg(i);
        section.markdown = u"Words of part %1. "_s.arg(i).repeated(60);
        article.sections.append(section);
    }
    const QString last = article.sections.constLast().id;
    QSignalSpy loaded(m_view, &PreviewView::pageLoaded);
    QSignalSpy complete(m_view, &PreviewView::articleComplete);
    m_view->showSection(last);
    m_document->reset(article);
    QVERIFY(loaded.wait(30000));
    QWebEnginePage *page = m_view->page();
    // The first page: its top sections only (the rest waits for its first frame).
    QCOMPARE(complete.size(), 0);
    const int first =
        evaluate(page, u"document.querySelectorAll('.quorum-section').length"_s).toInt();
    QVERIFY2(first > 0 && first < article.sections.size(), qPrintable(QString::number(first)));
    evaluate(page, u"window.marker = 'same page'; 0"_s);

    Section edited = article.sections.constLast();
    edited.markdown = u"Edited while the rest was on its way."_s;
    m_document->setSection(edited);
    QVERIFY(complete.wait(30000));
    QCOMPARE(loaded.size(), 1); // one page, never reloaded
    QCOMPARE(evaluate(page, u"window.marker"_s).toString(), u"same page"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        evaluate(page,
                 u"document.querySelector('[data-section-id=\"%1\"] p').textContent"_s.arg(last))
            .toString(),
        u"Edited while the rest was on its way."_s, 10000);
    QStringList ids;
    for (const Section &section : std::as_const(article.sections))
        ids.append(section.id);
    QCOMPARE(evaluate(page, u"Array.from(document.querySelectorAll('.quorum-section'), w => "
                            "w.dataset.sectionId).join(',')"_s)
                 .toString(),
             ids.join(u','));
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(page, u"(function(){var r=document.querySelector('[data-section-id=\"%1\"]')"
                       ".getBoundingClientRect();return r.top < window.innerHeight && r.bottom > "
                       "0;})()"_s.arg(last))
            .toBool(),
        10000);
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    registerPreviewScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPreviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewview.moc"
