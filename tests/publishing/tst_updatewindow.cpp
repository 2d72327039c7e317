// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "credentialstore.h"
#include "menupublishing.h"
#include "mergeconflictdialog.h"
#include "messageboxanswer.h"
#include "publishingmenu.h"
#include "publishjob.h"
#include "pulljob.h"
#include "reviewsettings.h"
#include "siteprofile.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>
#include <QtWidgets>

using namespace Qt::StringLiterals;
using namespace quorum;
using test::clickLater;
using test::whenModal;

// Update from Site in a window, driven as a writer would, while a colleague publishes through
// the fixture's WordPress with the Quorum plugin; the password is in a real keychain.
class TestUpdateWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void conflictOffersUpdateThenPublishes();
    void menuUpdateSettlesAConflictInTheDialog();
    void conflictOpensTheSitesVersion();

private:
    /// Publishes the open article from the menu (the site is remembered after the first);
    /// `answer` names the button of the question on the way. The post id, or <= 0.
    qint64 publishAnswering(const QString &answer = {});
    /// What the colleague does: pulls the post, changes `kind`'s text, publishes.
    void colleagueEdits(qint64 postId, SectionKind kind, const QString &markdown);

    test::WordPressFixture m_wordpress;
    QTemporaryDir m_folder;
    std::unique_ptr<QMainWindow> m_window;
    ArticleDocument *m_document = nullptr;
    PublishingMenu *m_menu = nullptr;
    bool m_ready = false;
};

namespace {

const QString kSite = u"update-gui"_s;

// Closes a message box with `name` once it shows; remembers its text.
std::function<bool(QWidget *)> closeBox(const QString &name, QString *text)
{
    return [name, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != name)
            return false;
        *text = box->text();
        clickLater(box->buttons().constFirst());
        return true;
    };
}

} // namespace

void TestUpdateWindow::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    CredentialJob *write = CredentialStore::write(kSite, m_wordpress.editor().password, this);
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait());
    QVERIFY(write->isOk());
    delete write;
    SiteProfiles::save(
        {kSite, m_wordpress.site().toString(), m_wordpress.editor().name, u"draft"_s, false});
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    m_ready = true;
}

void TestUpdateWindow::cleanupTestCase()
{
    if (m_ready)
        QVERIFY(m_wordpress.setQuorumPlugin(false));
}

void TestUpdateWindow::init()
{
    ReviewSettings::setConfirmUnapprovedPublish(false);
    m_window = std::make_unique<QMainWindow>();
    m_document = new ArticleDocument(m_window.get());
    m_menu = new PublishingMenu(m_document, m_window.get());
    m_window->menuBar()->addMenu(m_menu);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    Article article = test::sampleArticle();
    const QString token = test::unique(u"update-gui"_s);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.remote = {};
    const QString path = m_folder.filePath(token + u".quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
    QVERIFY2(m_document->load(path, &error), qPrintable(error));
    QVERIFY(!m_menu->updateFromSiteAction()->isEnabled()); // not on a site yet
    whenModal([](QWidget *modal) {
        auto *dialog = modal->findChild<QComboBox *>(u"site"_s) ? modal : nullptr;
        if (!dialog)
            return false;
        auto *sites = dialog->findChild<QComboBox *>(u"site"_s);
        sites->setCurrentIndex(sites->findData(kSite));
        clickLater(dialog->findChild<QPushButton *>(u"publish"_s));
        return true;
    });
    QVERIFY(publishAnswering() > 0);
    QVERIFY(m_menu->updateFromSiteAction()->isEnabled());
}

void TestUpdateWindow::cleanup()
{
    m_window.reset();
}

qint64 TestUpdateWindow::publishAnswering(const QString &answer)
{
    return test::publishFromMenu(*m_menu, m_document->filePath(), answer);
}

void TestUpdateWindow::colleagueEdits(qint64 postId, SectionKind kind, const QString &markdown)
{
    PullJob pull(m_wordpress.target(m_wordpress.admin()), postId);
    QSignalSpy pulled(&pull, &PullJob::finished);
    pull.start();
    QVERIFY(pulled.wait(30'000));
    QVERIFY2(!pull.error().isError(), qPrintable(pull.error().toString()));
    QVERIFY(pull.cameWhole());
    Article theirs = pull.article();
    theirs.sections[test::indexOfKind(theirs, kind)].markdown = markdown;
    PublishJob publish(theirs, m_wordpress.target(m_wordpress.admin()), {});
    QVERIFY(test::run(publish));
    QVERIFY2(!publish.error().isError(), qPrintable(publish.error().toString()));
}

void TestUpdateWindow::conflictOffersUpdateThenPublishes()
{
    const qint64 id = m_document->article().remote.postId;
    colleagueEdits(id, SectionKind::Introduction, u"The colleague's introduction."_s);
    Section conclusion = m_document->article().sections.at(
        test::indexOfKind(m_document->article(), SectionKind::Conclusion));
    conclusion.markdown = u"The writer's conclusion."_s;
    m_document->setSection(conclusion);
    QString error;
    QVERIFY(m_document->save(&error));

    // Publish: the site changed; Update from Site merges, then the publish goes on by itself.
    QCOMPARE(publishAnswering(u"updateFromSite"_s), id);
    const Article &merged = m_document->article();
    QCOMPARE(merged.sections.at(test::indexOfKind(merged, SectionKind::Introduction)).markdown,
             u"The colleague's introduction."_s);
    QCOMPARE(merged.sections.at(test::indexOfKind(merged, SectionKind::Conclusion)).markdown,
             u"The writer's conclusion."_s);
    // The merge is one step to take back; the publish after it saved the file.
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->undoText(), u"Publish"_s);
    QString content =
        test::call(m_wordpress.client(m_wordpress.admin(), this)
                       ->get(u"wp/v2/posts/%1"_s.arg(id), {{u"context"_s, u"edit"_s}}))
            .toObject()[u"content"_s][u"raw"_s]
            .toString();
    QVERIFY(content.contains(u"The colleague's introduction."_s));
    QVERIFY(content.contains(u"The writer's conclusion."_s));
}

void TestUpdateWindow::menuUpdateSettlesAConflictInTheDialog()
{
    const qint64 id = m_document->article().remote.postId;
    colleagueEdits(id, SectionKind::Introduction, u"The colleague's introduction."_s);
    Section introduction = m_document->article().sections.at(
        test::indexOfKind(m_document->article(), SectionKind::Introduction));
    introduction.markdown = u"The writer's introduction."_s;
    m_document->setSection(introduction);

    // Cancel in the dialog: nothing changes.
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<MergeConflictDialog *>(modal);
        if (!dialog)
            return false;
        QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        return true;
    });
    const Article untouched = m_document->article();
    m_menu->updateFromSiteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_menu->updateFromSiteAction()->isEnabled(), 30'000);
    QCOMPARE(m_document->article(), untouched);

    // Taking the site's side: one undo step, and a publish needs no overwrite.
    QString result;
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<MergeConflictDialog *>(modal);
        if (!dialog)
            return false;
        dialog->takeSites();
        clickLater(dialog->findChild<QPushButton *>(u"applyMerge"_s));
        return true;
    });
    whenModal(closeBox(u"updateResult"_s, &result));
    m_menu->updateFromSiteAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!result.isEmpty(), 30'000);
    QVERIFY2(result.contains(u"1 change"_s), qPrintable(result));
    const qsizetype intro = test::indexOfKind(m_document->article(), SectionKind::Introduction);
    QCOMPARE(m_document->article().sections.at(intro).markdown, u"The colleague's introduction."_s);
    QCOMPARE(m_document->undoStack()->undoText(), u"Update from Site"_s);
    QVERIFY(m_document->isModified());
    // Publishing saves the merged article first (it asks), and needs no overwrite.
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->button(QMessageBox::Save))
            return false;
        clickLater(box->button(QMessageBox::Save));
        return true;
    });
    QCOMPARE(publishAnswering(), id);
    m_document->undoStack()->undo(); // the publish's binding
    m_document->undoStack()->undo(); // the update
    QCOMPARE(m_document->article().sections.at(intro), introduction);
}

void TestUpdateWindow::conflictOpensTheSitesVersion()
{
    const qint64 id = m_document->article().remote.postId;
    colleagueEdits(id, SectionKind::Introduction, u"The colleague's introduction."_s);
    Section conclusion = m_document->article().sections.at(
        test::indexOfKind(m_document->article(), SectionKind::Conclusion));
    conclusion.markdown = u"The writer's conclusion."_s;
    m_document->setSection(conclusion);
    QString error;
    QVERIFY(m_document->save(&error));
    const Article mine = m_document->article();

    // On the conflict, the writer opens the site's version as an article of its own.
    const QString target = m_folder.filePath(u"sites-version.quorum"_s);
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        auto *open = box ? box->findChild<QPushButton *>(u"openSiteVersion"_s) : nullptr;
        if (!open)
            return false;
        clickLater(open);
        return true;
    });
    whenModal([target](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        if (!files)
            return false;
        files->selectFile(target);
        static_cast<QDialog *>(files)->accept();
        return !files->isVisible();
    });
    QSignalSpy opened(m_menu, &PublishingMenu::openArticleRequested);
    QSignalSpy finished(m_menu, &PublishingMenu::publishFinished);
    m_menu->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60'000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    const Article sites = opened.first().first().value<Article>();
    QCOMPARE(sites.remote.postId, id);
    QCOMPARE(sites.sections.at(test::indexOfKind(sites, SectionKind::Introduction)).markdown,
             u"The colleague's introduction."_s);
    QCOMPARE(ArticleFile::load(target).article.remote.postId, id);
    // This article is left as it was.
    QCOMPARE(m_document->article(), mine);
}

QUORUM_TEST_MAIN(TestUpdateWindow)
#include "tst_updatewindow.moc"
