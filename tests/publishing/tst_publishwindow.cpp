// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledocument.h"
#include "articlefile.h"
#include "credentialstore.h"
#include "fakehttpserver.h"
#include "menupublishing.h"
#include "messageboxanswer.h"
#include "openfromsitedialog.h"
#include "publishdialog.h"
#include "publishingmenu.h"
#include "reviewsettings.h"
#include "siteeditdialog.h"
#include "siteprofile.h"
#include "sitesdialog.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

using test::clickLater;
using test::closeResult;
using test::whenModal;

const QString kSite = u"fixture-gui"_s;

void type(QWidget *dialog, const QString &field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

// The Publish menu's real dialogs, driven like a writer would, against the fixture's
// WordPress, with the password in a real keychain (with-keyring).
class TestPublishWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void manageSitesAddsAndTestsASite();
    void publishTwiceUpdatesTheSamePost();
    void openFromSiteFetchesThePost();
    void conflictOverwrites();
    void deletedPostIsPublishedAnew();
    void reviewOnlyUserSubmitsForReview();
    void imagesUploadedOnceAcrossQuestions();
    void wrongPasswordIsExplained();
    void progressFollowsTheStepsAndCancelStops();
    void unapprovedArticleAsksFirstAndPublishingIsRecorded();

private:
    /// A copy of the sample with a slug of its own, approved unless `status` says otherwise.
    QString writeArticle(const QString &name, ReviewStatus status = ReviewStatus::Approved);
    /// How many items of the site's media library have `token` in their name.
    int mediaNamed(const QString &token);
    void chooseInDialog(const QString &site, const QString &status = u"draft"_s);
    /// Publishes the open article; `answer` names the button of the question on the way.
    qint64 publishAnswering(const QString &answer);

    test::WordPressFixture m_wordpress;
    WordPressClient *m_admin = nullptr;
    QTemporaryDir m_folder;
    std::unique_ptr<QMainWindow> m_window;
    ArticleDocument *m_document = nullptr;
    PublishingMenu *m_menu = nullptr;
    qint64 m_postId = 0;
};

void TestPublishWindow::initTestCase()
{
    if (!qEnvironmentVariableIsSet("QUORUM_IN_KEYRING_SESSION"))
        QSKIP("needs a Secret Service: run through ctest (tests/publishing/with-keyring)");
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
    m_admin = m_wordpress.client(m_wordpress.admin(), this);
}

void TestPublishWindow::init()
{
    // Articles pulled from the site count as unapproved: only one test is about that question.
    ReviewSettings::setConfirmUnapprovedPublish(false);
    m_window = std::make_unique<QMainWindow>();
    m_document = new ArticleDocument(m_window.get());
    m_menu = new PublishingMenu(m_document, m_window.get());
    m_window->menuBar()->addMenu(m_menu);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPublishWindow::cleanup()
{
    m_window.reset();
}

QString TestPublishWindow::writeArticle(const QString &name, ReviewStatus status)
{
    Article article = test::sampleArticle();
    article.meta.reviewStatus = status;
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.remote = {};
    const QString path = m_folder.filePath(token + u".quorum"_s);
    QString error;
    if (!ArticleFile::save(article, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

void TestPublishWindow::manageSitesAddsAndTestsASite()
{
    QString result;
    bool saved = false;
    bool hidden = false;
    whenModal([](QWidget *modal) {
        auto *sites = qobject_cast<SitesDialog *>(modal);
        if (sites)
            clickLater(sites->findChild<QPushButton *>(u"add"_s));
        return sites != nullptr;
    });
    whenModal([this, &result, &saved, &hidden](QWidget *modal) {
        auto *edit = qobject_cast<SiteEditDialog *>(modal);
        if (!edit)
            return false;
        type(edit, u"name"_s, kSite);
        type(edit, u"url"_s, m_wordpress.site().toString());
        type(edit, u"user"_s, m_wordpress.editor().name);
        type(edit, u"password"_s, m_wordpress.editor().password);
        hidden = edit->findChild<QLineEdit *>(u"password"_s)->echoMode() == QLineEdit::Password;
        auto *timeout = edit->findChild<QSpinBox *>(u"timeout"_s);
        timeout->setFocus();
        timeout->selectAll();
        QTest::keyClicks(timeout, u"45"_s);
        connect(edit, &SiteEditDialog::testFinished, edit, [edit, &result] {
            result = edit->testResult();
            // Saving closes it; then the list is closed with Esc.
            connect(edit, &QDialog::accepted, edit, [] {
                whenModal([](QWidget *modal) {
                    if (!qobject_cast<SitesDialog *>(modal))
                        return false;
                    QTest::keyClick(modal, Qt::Key_Escape);
                    return true;
                });
            });
            clickLater(edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save));
        });
        connect(edit, &QDialog::accepted, edit, [&saved] { saved = true; });
        clickLater(edit->findChild<QPushButton *>(u"test"_s));
        return true;
    });
    m_menu->manageSitesAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(saved, 30'000);
    QVERIFY(hidden);
    QVERIFY2(result.contains(u"can publish"_s), qPrintable(result));
    QVERIFY2(result.contains(u"focus keyword"_s), qPrintable(result));

    const std::optional<SiteProfile> profile = SiteProfiles::find(kSite);
    QVERIFY(profile);
    QCOMPARE(profile->url, m_wordpress.site().toString());
    QCOMPARE(profile->user, m_wordpress.editor().name);
    QCOMPARE(profile->timeoutSeconds, 45);
    CredentialJob *read = CredentialStore::read(kSite, this);
    QSignalSpy done(read, &CredentialJob::finished);
    QVERIFY(done.wait());
    QCOMPARE(read->password(), m_wordpress.editor().password);
    delete read;
}

void TestPublishWindow::chooseInDialog(const QString &site, const QString &status)
{
    whenModal([site, status](QWidget *modal) {
        auto *dialog = qobject_cast<PublishDialog *>(modal);
        if (!dialog)
            return false;
        auto *sites = dialog->findChild<QComboBox *>(u"site"_s);
        sites->setCurrentIndex(sites->findData(site));
        auto *statuses = dialog->findChild<QComboBox *>(u"status"_s);
        statuses->setCurrentIndex(statuses->findData(status));
        clickLater(dialog->findChild<QPushButton *>(u"publish"_s));
        return true;
    });
}

void TestPublishWindow::publishTwiceUpdatesTheSamePost()
{
    const QString path = writeArticle(u"gui-twice"_s);
    QString error;
    QVERIFY2(m_document->load(path, &error), qPrintable(error));
    QVERIFY(!m_menu->rememberedChoice());

    // First time: the dialog asks for site and status.
    QSignalSpy finished(m_menu, &PublishingMenu::publishFinished);
    chooseInDialog(kSite);
    QString text;
    QString editLink;
    whenModal(closeResult(&text, &editLink));
    m_menu->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QTRY_VERIFY(!text.isEmpty());
    QVERIFY2(text.contains(u"draft"_s), qPrintable(text));

    const Article saved = ArticleFile::load(path).article;
    m_postId = saved.remote.postId;
    QVERIFY(m_postId > 0);
    QCOMPARE(saved.remote.status, u"draft"_s);
    QCOMPARE(m_document->article().remote, saved.remote);
    QVERIFY(!m_document->isModified());
    QCOMPARE(editLink, m_wordpress.site().toString() +
                           u"wp-admin/post.php?post=%1&action=edit"_s.arg(m_postId));
    const QJsonObject post =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(m_postId), {{u"context"_s, u"edit"_s}}))
            .toObject();
    QCOMPARE(post[u"title"_s][u"raw"_s].toString(), saved.meta.title);
    QCOMPARE(post[u"status"_s].toString(), u"draft"_s);

    // Again, after an edit: it asks to save, then publishes without asking where.
    ArticleMeta meta = m_document->article().meta;
    meta.title += u" (updated)"_s;
    m_document->setMeta(meta);
    QVERIFY(m_menu->rememberedChoice());
    QString question;
    whenModal([&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->button(QMessageBox::Save))
            return false;
        question = box->text();
        clickLater(box->button(QMessageBox::Save));
        return true;
    });
    text.clear();
    whenModal(closeResult(&text, &editLink));
    m_menu->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
    QVERIFY(question.contains(u"saved"_s));
    QTRY_VERIFY(!text.isEmpty());
    const Article again = ArticleFile::load(path).article;
    QCOMPARE(again.remote.postId, m_postId);
    QCOMPARE(again.meta.title, meta.title);
    const QJsonArray posts =
        test::call(m_admin->get(u"wp/v2/posts"_s, {{u"slug"_s, saved.meta.slug},
                                                   {u"status"_s, u"any"_s},
                                                   {u"context"_s, u"edit"_s}}))
            .toArray();
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first()[u"title"_s][u"raw"_s].toString(), meta.title);
}

void TestPublishWindow::openFromSiteFetchesThePost()
{
    if (m_postId == 0)
        QSKIP("needs the post of publishTwiceUpdatesTheSamePost");
    const QString target = m_folder.filePath(u"pulled.quorum"_s);
    whenModal([this](QWidget *modal) {
        auto *dialog = qobject_cast<OpenFromSiteDialog *>(modal);
        if (!dialog)
            return false;
        auto *sites = dialog->findChild<QComboBox *>(u"site"_s);
        sites->setCurrentIndex(sites->findData(kSite));
        // The edit link, pasted.
        type(dialog, u"post"_s,
             m_wordpress.site().toString() +
                 u"wp-admin/post.php?post=%1&action=edit"_s.arg(m_postId));
        clickLater(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open));
        return true;
    });
    whenModal([target](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        if (!files)
            return false;
        // Answered from inside the dialog's own loop, and again at the next tick until it has
        // taken the file: on a busy machine a file dialog still reading its folder may not.
        files->selectFile(target);
        static_cast<QDialog *>(files)->accept();
        return !files->isVisible();
    });
    QSignalSpy opened(m_menu, &PublishingMenu::openArticleRequested);
    m_menu->openFromSiteAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30'000);
    const Article article = opened.first().first().value<Article>();
    QCOMPARE(article.remote.postId, m_postId);
    QVERIFY(article.meta.title.endsWith(u" (updated)"_s));
    const Article onDisk = ArticleFile::load(target).article;
    QCOMPARE(onDisk.remote.postId, m_postId);
    QCOMPARE(onDisk.sections.size(), test::sampleArticle().sections.size());
}

qint64 TestPublishWindow::publishAnswering(const QString &answer)
{
    return test::publishFromMenu(*m_menu, m_document->filePath(), answer);
}

void TestPublishWindow::conflictOverwrites()
{
    QString error;
    QVERIFY(m_document->load(writeArticle(u"gui-conflict"_s), &error));
    chooseInDialog(kSite);
    const qint64 id = publishAnswering({});
    QVERIFY(id > 0);
    // Someone else edits the post a second later (modified_gmt has seconds).
    const QString modified = m_document->article().remote.modifiedGmt;
    QTRY_VERIFY_WITH_TIMEOUT(
        QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s) > modified, 5'000);
    WordPressClient *other = m_wordpress.client(m_wordpress.otherClient(), this);
    test::call(other->post(u"wp/v2/posts/%1"_s.arg(id), {{u"title"_s, u"Edited on the site"_s}}));

    QCOMPARE(publishAnswering(u"overwrite"_s), id);
    const QJsonObject post =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(id), {{u"context"_s, u"edit"_s}}))
            .toObject();
    QCOMPARE(post[u"title"_s][u"raw"_s].toString(), m_document->article().meta.title);
}

void TestPublishWindow::deletedPostIsPublishedAnew()
{
    QString error;
    QVERIFY(m_document->load(writeArticle(u"gui-gone"_s), &error));
    chooseInDialog(kSite);
    const qint64 id = publishAnswering({});
    QVERIFY(id > 0);
    test::call(m_admin->remove(u"wp/v2/posts/%1"_s.arg(id), {{u"force"_s, u"true"_s}}));
    const qint64 again = publishAnswering(u"publishAsNew"_s);
    QVERIFY(again > 0);
    QVERIFY(again != id);
}

void TestPublishWindow::reviewOnlyUserSubmitsForReview()
{
    CredentialJob *write =
        CredentialStore::write(u"contrib"_s, m_wordpress.contributor().password, this);
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait());
    QVERIFY(write->isOk());
    delete write;
    SiteProfiles::save({u"contrib"_s, m_wordpress.site().toString(), m_wordpress.contributor().name,
                        u"publish"_s, false});
    QString error;
    QVERIFY(m_document->load(writeArticle(u"gui-review"_s), &error));
    chooseInDialog(u"contrib"_s, u"publish"_s);
    QVERIFY(publishAnswering(u"submitForReview"_s) > 0);
    QCOMPARE(m_document->article().remote.status, u"pending"_s);
    QCOMPARE(m_menu->rememberedChoice()->status, u"pending"_s);
}

int TestPublishWindow::mediaNamed(const QString &token)
{
    return int(test::call(m_admin->get(u"wp/v2/media"_s, {{u"search"_s, token}})).toArray().size());
}

void TestPublishWindow::imagesUploadedOnceAcrossQuestions()
{
    // A contributor who may upload: Publish is refused after the image is on the site.
    CredentialJob *write =
        CredentialStore::write(u"uploads"_s, m_wordpress.uploader().password, this);
    QSignalSpy written(write, &CredentialJob::finished);
    QVERIFY(written.wait());
    QVERIFY(write->isOk());
    delete write;
    SiteProfiles::save({u"uploads"_s, m_wordpress.site().toString(), m_wordpress.uploader().name,
                        u"publish"_s, false});
    const QString path = writeArticle(u"gui-media"_s);
    const QString token = test::unique(u"gui-cover"_s);
    QImage cover(4, 4, QImage::Format_RGB32);
    cover.fill(Qt::darkCyan);
    QVERIFY(cover.save(m_folder.filePath(token + u".png"_s)));
    Article article = ArticleFile::load(path).article;
    article.meta.featuredImage = token + u".png"_s;
    article.meta.categories.clear(); // a contributor may not create them
    article.meta.tags.clear();
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
    QVERIFY2(m_document->load(path, &error), qPrintable(error));

    // Submit for Review after the refusal sends the image once.
    chooseInDialog(u"uploads"_s, u"publish"_s);
    const qint64 id = publishAnswering(u"submitForReview"_s);
    QVERIFY(id > 0);
    QCOMPARE(mediaNamed(token), 1);
    const QJsonObject media =
        ArticleFile::load(path).article.remote.extra.value(u"media"_s).toObject();
    QCOMPARE(media.size(), 1);

    // Deleted on the site, published as a new post: the image is still in the library.
    test::call(m_admin->remove(u"wp/v2/posts/%1"_s.arg(id), {{u"force"_s, u"true"_s}}));
    const qint64 again = publishAnswering(u"publishAsNew"_s);
    QVERIFY(again > 0 && again != id);
    QCOMPARE(mediaNamed(token), 1);
    QCOMPARE(ArticleFile::load(path).article.remote.extra.value(u"media"_s).toObject(), media);
    const QJsonObject post =
        test::call(m_admin->get(u"wp/v2/posts/%1"_s.arg(again), {{u"context"_s, u"edit"_s}}))
            .toObject();
    QCOMPARE(post.value(u"featured_media"_s).toInteger(), media.constBegin().value().toInteger());
}

// A site that takes the post and never answers: the progress shows the step it is at, and
// Cancel stops the publish with nothing written into the article.
void TestPublishWindow::progressFollowsTheStepsAndCancelStops()
{
    test::FakeResponse hang;
    hang.behaviour = test::FakeResponse::Behaviour::Hang;
    test::FakeHttpServer site(test::wordpressUntilSave(hang));
    SiteProfile profile;
    profile.name = u"hanging"_s;
    profile.url = site.url().toString();
    profile.user = u"editor"_s;
    SiteProfiles::save(profile);
    CredentialJob *stored = CredentialStore::write(profile.name, u"abcd efgh ijkl mnop"_s, this);
    QSignalSpy written(stored, &CredentialJob::finished);
    QVERIFY(written.wait());
    QVERIFY2(stored->isOk(), qPrintable(stored->message()));
    delete stored;
    const auto forget = qScopeGuard([&] { SiteProfiles::remove(profile.name); });

    // No terms and no images: the fake site only knows how to take a post.
    Article article;
    article.meta.title = u"Cancelled on the way"_s;
    article.meta.slug = test::unique(u"gui-cancel"_s);
    article.meta.reviewStatus = ReviewStatus::Approved;
    Section text = Section::create(SectionKind::Text);
    text.markdown = u"Some text."_s;
    article.sections.append(text);
    const QString path = m_folder.filePath(article.meta.slug + u".quorum"_s);
    QString error;
    QVERIFY2(ArticleFile::save(article, path, &error), qPrintable(error));
    QVERIFY2(m_document->load(path, &error), qPrintable(error));
    const QByteArray onDisk = test::readFile(path);
    QSignalSpy finished(m_menu, &PublishingMenu::publishFinished);
    chooseInDialog(profile.name);
    m_menu->publishAction()->trigger();

    // At the last step, waiting for the site.
    QPointer<QProgressDialog> progress;
    QTRY_VERIFY_WITH_TIMEOUT(
        (progress = m_window->findChild<QProgressDialog *>(u"publishProgress"_s)) &&
            progress->isVisible() &&
            progress->labelText() == PublishJob::stepText(PublishJob::Step::SavingPost),
        30'000);
    QCOMPARE(progress->value(), int(PublishJob::Step::SavingPost));
    QCOMPARE(progress->windowTitle(), u"Publishing to hanging"_s);
    QTRY_COMPARE(site.requestLines().constLast().left(26), u"POST /wp-json/wp/v2/posts?"_s);

    QPushButton *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10'000);
    QTRY_VERIFY(!progress);
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // a cancel needs no explanation
    QCOMPARE(m_document->article().remote.postId, 0);
    QVERIFY(!m_document->isModified());
    QCOMPARE(test::readFile(path), onDisk);
}

void TestPublishWindow::wrongPasswordIsExplained()
{
    // In Test Connection...
    SiteEditDialog edit(std::nullopt, m_window.get());
    edit.show();
    type(&edit, u"name"_s, u"wrong"_s);
    type(&edit, u"url"_s, m_wordpress.site().toString());
    type(&edit, u"user"_s, m_wordpress.editor().name);
    type(&edit, u"password"_s, u"abcd efgh ijkl mnop qrst uvwx"_s);
    QSignalSpy tested(&edit, &SiteEditDialog::testFinished);
    QTest::mouseClick(edit.findChild<QPushButton *>(u"test"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 30'000);
    QCOMPARE(tested.first().first().toBool(), false);
    QVERIFY2(edit.testResult().contains(u"did not accept the user name or the application "
                                        "password"_s),
             qPrintable(edit.testResult()));
    QVERIFY(!edit.testResult().contains(u"abcd"_s));

    // ...and when publishing: the plain message and its fix.
    QSignalSpy saved(&edit, &QDialog::accepted);
    QTest::mouseClick(edit.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QString error;
    QVERIFY(m_document->load(writeArticle(u"gui-wrong"_s), &error));
    chooseInDialog(u"wrong"_s);
    QString message;
    whenModal([&message](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || box->objectName() != u"publishError")
            return false;
        message = box->text() + u'\n' + box->informativeText();
        clickLater(box->button(QMessageBox::Ok));
        return true;
    });
    QSignalSpy finished(m_menu, &PublishingMenu::publishFinished);
    m_menu->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QTRY_VERIFY(!message.isEmpty());
    QVERIFY2(message.contains(u"did not accept the user name or the application password"_s),
             qPrintable(message));
    QVERIFY(message.contains(u"Application Passwords"_s));
    QCOMPARE(finished.first().first().value<RemoteBinding>().postId, 0);
    QCOMPARE(ArticleFile::load(m_document->filePath()).article.remote.postId, 0);
}

void TestPublishWindow::unapprovedArticleAsksFirstAndPublishingIsRecorded()
{
    ReviewSettings::setConfirmUnapprovedPublish(true);
    const QString path = writeArticle(u"gui-unapproved"_s, ReviewStatus::InReview);
    QString error;
    QVERIFY2(m_document->load(path, &error), qPrintable(error));
    QSignalSpy finished(m_menu, &PublishingMenu::publishFinished);

    // Asked first; Cancel publishes nothing.
    QString question;
    auto answer = [&question](const QString &button) {
        whenModal([&question, button](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            if (!box || box->checkBox() == nullptr)
                return false;
            question = box->text();
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text().remove(u'&') == button)
                    clickLater(candidate);
            }
            return true;
        });
    };
    answer(u"Cancel"_s);
    m_menu->publishAction()->trigger();
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.contains(reviewStatusName(ReviewStatus::InReview)), qPrintable(question));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_document->article().remote.postId, 0);

    // Published anyway, as a public post: the article records it.
    question.clear();
    answer(u"Publish Anyway"_s);
    chooseInDialog(kSite, u"publish"_s);
    QString text;
    QString editLink;
    whenModal(closeResult(&text, &editLink));
    m_menu->publishAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
    QVERIFY(!question.isEmpty());
    const Article saved = ArticleFile::load(path).article;
    QVERIFY(saved.remote.postId > 0);
    QCOMPARE(saved.meta.reviewStatus, ReviewStatus::Published);
    QVERIFY(saved.review.published.has_value());
    QCOMPARE(saved.review.published->sections, saved.sections);
    QCOMPARE(saved.review.statusHistory.last().status, ReviewStatus::Published);
    QCOMPARE(saved.review.statusHistory.last().by, ReviewSettings::userName());
    // One undo takes the whole publication back (the binding and the status).
    m_document->undoStack()->undo();
    QCOMPARE(m_document->article().meta.reviewStatus, ReviewStatus::InReview);
    QCOMPARE(m_document->article().remote.postId, 0);
}

QUORUM_TEST_SUITE(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPublishWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_publishwindow.moc"
