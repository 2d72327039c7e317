// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "articledetailsform.h"
#include "articledocument.h"
#include "featuredimagefield.h"
#include "slug.h"
#include "slugfield.h"
#include "testarticles.h"
#include "testmain.h"
#include "tokenedit.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The metadata form: every field edits the document, undo shows up in the fields, the slug
// follows the title until it is edited by hand.
class TestArticleDetailsForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheMetadata();
    void slugFollowsTheTypedTitle();
    void slugStopsFollowingAfterAHandEdit();
    void slugOfAPublishedPostKeepsItsAddress_data();
    void slugOfAPublishedPostKeepsItsAddress();
    void changingAPublishedSlugAsks_data();
    void changingAPublishedSlugAsks();
    void undoTakesBackASlugNotYetEntered();
    void excerptCountText_data();
    void excerptCountText();
    void excerptCountIsLive();
    void undoElsewhereKeepsTheCursor();
    void categoriesAndTagsAreTokens();
    void featuredImageInsideTheFolderIsStoredRelative();
    void featuredImageOutsideTheFolderStaysAbsolute();
    void languageIsPickedOrTyped();
    void publicationDateCanBeUnset();
    void everyControlHasAnAccessibleName();
    void tabWalksTheFormInReadingOrder();

private:
    void openArticle(const Article &article, const QString &path = {});
    void typeInto(QWidget *widget, const QString &text);
    /// Opens an article titled `title` with the slug `slug`, public on a site.
    void openPublished(const QString &title, const QString &slug);
    /// Answers the slug question with `answer` and notes each time it is asked.
    void answerSlugQuestion(bool answer);

    QList<QStringList> m_slugQuestions; ///< from, to

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ArticleDocument> m_doc;
    std::unique_ptr<ArticleDetailsForm> m_form;
};

void TestArticleDetailsForm::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(u"QuorumTests"_s);
    QCoreApplication::setApplicationName(u"tst_articledetailsform"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestArticleDetailsForm::init()
{
    QSettings().clear();
    m_doc = std::make_unique<ArticleDocument>();
    m_doc->reset(test::sampleArticle());
    m_form = std::make_unique<ArticleDetailsForm>(m_doc.get());
    m_form->resize(560, 900);
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestArticleDetailsForm::cleanup()
{
    m_form.reset();
    m_doc.reset();
}

void TestArticleDetailsForm::openArticle(const Article &article, const QString &path)
{
    m_doc->reset(article, path);
}

void TestArticleDetailsForm::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestArticleDetailsForm::showsTheMetadata()
{
    const ArticleMeta meta = test::sampleArticle().meta;
    QCOMPARE(m_form->titleEdit()->text(), meta.title);
    QCOMPARE(m_form->slugEdit()->text(), meta.slug);
    QCOMPARE(m_form->excerptEdit()->toPlainText(), meta.excerpt);
    QCOMPARE(m_form->focusKeywordEdit()->text(), meta.focusKeyword);
    QCOMPARE(m_form->categoriesEdit()->tokens(), meta.categories);
    QCOMPARE(m_form->tagsEdit()->tokens(), meta.tags);
    QCOMPARE(m_form->languageBox()->currentText(), meta.language);
    QCOMPARE(m_form->authorEdit()->text(), meta.author);
    QVERIFY(m_form->publicationDateBox()->isChecked());
    QCOMPARE(m_form->publicationDateEdit()->dateTime(), meta.published);
    QCOMPARE(m_form->featuredImageField()->thumbnail()->text(), u"None"_s);
    QVERIFY(!m_form->featuredImageField()->removeButton()->isEnabled());
    // The sample's slug was written by hand: it does not follow the title.
    QVERIFY(m_form->followTitleButton()->isEnabled());
}

void TestArticleDetailsForm::slugFollowsTheTypedTitle()
{
    openArticle(Article{});
    QVERIFY(!m_form->followTitleButton()->isEnabled());
    typeInto(m_form->titleEdit(), u"Blåbær på Ørland"_s);
    QCOMPARE(m_doc->article().meta.title, u"Blåbær på Ørland"_s);
    QCOMPARE(m_doc->article().meta.slug, u"blabaer-pa-orland"_s);
    QCOMPARE(m_form->slugEdit()->text(), u"blabaer-pa-orland"_s);

    // One undo step takes back a word of the title and the slug with it.
    QTest::keySequence(m_form->titleEdit(), QKeySequence::Undo);
    QCOMPARE(m_form->titleEdit()->text(), u"Blåbær på "_s);
    QCOMPARE(m_doc->article().meta.slug, u"blabaer-pa"_s);
    QCOMPARE(m_form->slugEdit()->text(), u"blabaer-pa"_s);
    QTest::keySequence(m_form->titleEdit(), QKeySequence::Redo);
    QCOMPARE(m_form->slugEdit()->text(), u"blabaer-pa-orland"_s);
}

void TestArticleDetailsForm::slugStopsFollowingAfterAHandEdit()
{
    openArticle(Article{});
    typeInto(m_form->titleEdit(), u"First"_s);
    QCOMPARE(m_doc->article().meta.slug, u"first"_s);

    m_form->slugEdit()->end(false);
    typeInto(m_form->slugEdit(), u"-take"_s);
    QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
    QVERIFY(m_form->followTitleButton()->isEnabled());

    m_form->titleEdit()->end(false);
    typeInto(m_form->titleEdit(), u" draft"_s);
    QCOMPARE(m_doc->article().meta.title, u"First draft"_s);
    QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
    QCOMPARE(m_form->slugEdit()->text(), u"first-take"_s);

    // "Follow Title", by its mnemonic, makes it follow again.
    m_form->titleEdit()->setFocus();
    QTest::keyClick(m_form.get(), Qt::Key_W, Qt::AltModifier);
    QTRY_COMPARE(m_doc->article().meta.slug, u"first-draft"_s); // a mnemonic clicks animated
    QVERIFY(!m_form->followTitleButton()->isEnabled());
    m_form->titleEdit()->end(false);
    typeInto(m_form->titleEdit(), u"s"_s);
    QCOMPARE(m_form->slugEdit()->text(), u"first-drafts"_s);
}

void TestArticleDetailsForm::openPublished(const QString &title, const QString &slug)
{
    Article article;
    article.meta.title = title;
    article.meta.slug = slug;
    article.remote.site = u"https://news.example.org/"_s;
    article.remote.postId = 7;
    article.remote.status = u"publish"_s;
    article.remote.link = u"https://news.example.org/"_s + slug + u'/';
    openArticle(article);
}

void TestArticleDetailsForm::answerSlugQuestion(bool answer)
{
    m_slugQuestions.clear();
    m_form->slugField()->setChangeQuestion([this, answer](const QString &from, const QString &to) {
        m_slugQuestions.append({from, to});
        return answer;
    });
}

void TestArticleDetailsForm::slugOfAPublishedPostKeepsItsAddress_data()
{
    QTest::addColumn<QString>("siteStatus");
    QTest::addColumn<ReviewStatus>("reviewStatus");
    QTest::addColumn<bool>("published");
    QTest::newRow("public on the site") << u"publish"_s << ReviewStatus::Approved << true;
    QTest::newRow("scheduled on the site") << u"future"_s << ReviewStatus::Approved << true;
    QTest::newRow("marked Published") << QString() << ReviewStatus::Published << true;
    QTest::newRow("a draft on the site") << u"draft"_s << ReviewStatus::InReview << false;
}

void TestArticleDetailsForm::slugOfAPublishedPostKeepsItsAddress()
{
    QFETCH(QString, siteStatus);
    QFETCH(ReviewStatus, reviewStatus);
    QFETCH(bool, published);
    Article article;
    article.meta.title = u"First take"_s;
    article.meta.slug = u"first-take"_s; // made from the title
    article.meta.reviewStatus = reviewStatus;
    if (!siteStatus.isEmpty()) {
        article.remote.postId = 7;
        article.remote.status = siteStatus;
    }
    openArticle(article);
    answerSlugQuestion(true);
    QCOMPARE(m_form->slugField()->publishedNote()->isVisible(), published);
    QCOMPARE(m_form->slugEdit()->toolTip().contains(u"published at this address"_s), published);

    m_form->titleEdit()->end(false);
    typeInto(m_form->titleEdit(), u" again"_s);
    QCOMPARE(m_doc->article().meta.title, u"First take again"_s);
    const QString slug = published ? u"first-take"_s : u"first-take-again"_s;
    QCOMPARE(m_doc->article().meta.slug, slug);
    QCOMPARE(m_form->slugEdit()->text(), slug);
    QVERIFY(m_slugQuestions.isEmpty()); // a title edit never moves a published post
    // A published post can still take the title's slug on purpose.
    QCOMPARE(m_form->followTitleButton()->isEnabled(), published);
}

void TestArticleDetailsForm::changingAPublishedSlugAsks_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<bool>("answer");
    QTest::newRow("Enter, no") << u"enter"_s << false;
    QTest::newRow("Enter, yes") << u"enter"_s << true;
    QTest::newRow("leaving the field, no") << u"tab"_s << false;
    QTest::newRow("leaving the field, yes") << u"tab"_s << true;
    QTest::newRow("Follow Title, no") << u"follow"_s << false;
    QTest::newRow("Follow Title, yes") << u"follow"_s << true;
}

void TestArticleDetailsForm::changingAPublishedSlugAsks()
{
    QFETCH(QString, how);
    QFETCH(bool, answer);
    openPublished(u"Second take"_s, u"first-take"_s);
    answerSlugQuestion(answer);
    QLineEdit *slug = m_form->slugEdit();
    QString wanted = u"second-take"_s;
    if (how == u"follow") {
        QVERIFY(m_form->followTitleButton()->isEnabled());
        QTest::mouseClick(m_form->followTitleButton(), Qt::LeftButton);
    } else {
        slug->selectAll();
        typeInto(slug, wanted);
        // Typing alone changes nothing and asks nothing.
        QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
        QVERIFY(m_slugQuestions.isEmpty());
        QTest::keyClick(slug, how == u"enter" ? Qt::Key_Return : Qt::Key_Tab);
    }

    QCOMPARE(m_slugQuestions, (QList<QStringList>{{u"first-take"_s, wanted}}));
    if (!answer) {
        QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
        QCOMPARE(slug->text(), u"first-take"_s);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_doc->isModified());
        return;
    }
    QCOMPARE(m_doc->article().meta.slug, wanted);
    QCOMPARE(slug->text(), wanted);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
    QCOMPARE(slug->text(), u"first-take"_s);
    QCOMPARE(m_slugQuestions.size(), 1); // undo asks nothing
}

void TestArticleDetailsForm::undoTakesBackASlugNotYetEntered()
{
    openPublished(u"First take"_s, u"first-take"_s);
    answerSlugQuestion(true);
    QLineEdit *slug = m_form->slugEdit();
    slug->end(false);
    typeInto(slug, u"-2"_s);
    QTest::keySequence(slug, QKeySequence::Undo);
    QCOMPARE(slug->text(), u"first-take"_s);
    QTest::keyClick(slug, Qt::Key_Return);
    QVERIFY(m_slugQuestions.isEmpty());
    QCOMPARE(m_doc->article().meta.slug, u"first-take"_s);
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestArticleDetailsForm::excerptCountText_data()
{
    QTest::addColumn<int>("characters");
    QTest::addColumn<QString>("hint"); // a word the hint holds, or empty for none
    QTest::newRow("empty") << 0 << QString();
    QTest::newRow("short") << ArticleDetailsForm::kExcerptShortest - 1 << u"shorter"_s;
    QTest::newRow("shortest") << ArticleDetailsForm::kExcerptShortest << QString();
    QTest::newRow("longest") << ArticleDetailsForm::kExcerptLongest << QString();
    QTest::newRow("long") << ArticleDetailsForm::kExcerptLongest + 1 << u"cut"_s;
}

void TestArticleDetailsForm::excerptCountText()
{
    QFETCH(int, characters);
    QFETCH(QString, hint);
    const QString text = ArticleDetailsForm::excerptCountText(characters);
    QVERIFY2(text.startsWith(QString::number(characters) + u" characters"_s), qPrintable(text));
    if (hint.isEmpty())
        QCOMPARE(text, QString::number(characters) + u" characters"_s);
    else
        QVERIFY2(text.contains(hint), qPrintable(text));
}

void TestArticleDetailsForm::excerptCountIsLive()
{
    openArticle(Article{});
    QCOMPARE(m_form->excerptCountLabel()->text(), u"0 characters"_s);
    const QString excerpt = QString(118, u'x');
    typeInto(m_form->excerptEdit(), excerpt);
    QCOMPARE(m_doc->article().meta.excerpt, excerpt);
    QVERIFY(m_form->excerptCountLabel()->text().contains(u"shorter"_s));
    QTest::keyClicks(m_form->excerptEdit(), u"yz"_s);
    QCOMPARE(m_form->excerptCountLabel()->text(), u"120 characters"_s);
    QCOMPARE(m_form->excerptEdit()->accessibleDescription(), u"120 characters"_s);
    QTest::keyClicks(m_form->excerptEdit(), QString(41, u'z'));
    QVERIFY(m_form->excerptCountLabel()->text().startsWith(u"161 characters"_s));
    QVERIFY(m_form->excerptCountLabel()->text().contains(u"cut"_s));

    // A character outside the BMP counts once.
    ArticleMeta meta = m_doc->article().meta;
    meta.excerpt = QString(119, u'x') + u"😀"_s;
    m_doc->setMeta(meta);
    QCOMPARE(m_form->excerptCountLabel()->text(), u"120 characters"_s);
}

void TestArticleDetailsForm::undoElsewhereKeepsTheCursor()
{
    QPlainTextEdit *excerpt = m_form->excerptEdit();
    excerpt->setFocus();
    QTextCursor cursor = excerpt->textCursor();
    cursor.setPosition(10);
    excerpt->setTextCursor(cursor);
    QTest::keyClicks(excerpt, u"big"_s);
    QCOMPARE(excerpt->textCursor().position(), 13);

    // A change made elsewhere (another field, through the document) leaves the cursor be.
    ArticleMeta meta = m_doc->article().meta;
    meta.author = u"someone.else"_s;
    m_doc->setMeta(meta);
    QCOMPARE(m_form->authorEdit()->text(), u"someone.else"_s);
    QCOMPARE(excerpt->textCursor().position(), 13);
    m_doc->undoStack()->undo();
    QCOMPARE(m_form->authorEdit()->text(), test::sampleArticle().meta.author);
    QCOMPARE(excerpt->textCursor().position(), 13);

    // Undo of the typing itself: the text goes back, the cursor stays in the field.
    QTest::keySequence(excerpt, QKeySequence::Undo);
    QCOMPARE(excerpt->toPlainText(), test::sampleArticle().meta.excerpt);
    QCOMPARE(m_doc->article().meta.excerpt, test::sampleArticle().meta.excerpt);
    QCOMPARE(excerpt->textCursor().position(), 10);
}

void TestArticleDetailsForm::categoriesAndTagsAreTokens()
{
    const QStringList categories = m_doc->article().meta.categories;
    typeInto(m_form->categoriesEdit()->lineEdit(), u"Science"_s);
    QTest::keyClick(m_form->categoriesEdit()->lineEdit(), Qt::Key_Return);
    QCOMPARE(m_doc->article().meta.categories, categories + QStringList{u"Science"_s});
    QCOMPARE(QSettings().value(u"editor/recentCategories"_s).toStringList().first(), u"Science"_s);
    // Undo in the field takes the token back, through the document.
    QTest::keySequence(m_form->categoriesEdit()->lineEdit(), QKeySequence::Undo);
    QCOMPARE(m_doc->article().meta.categories, categories);
    QCOMPARE(m_form->categoriesEdit()->tokens(), categories);
    QTest::keySequence(m_form->categoriesEdit()->lineEdit(), QKeySequence::Redo);
    QCOMPARE(m_form->categoriesEdit()->tokens(), categories + QStringList{u"Science"_s});

    // Backspace in the empty field removes the last tag; undo brings it back.
    const QStringList tags = m_doc->article().meta.tags;
    typeInto(m_form->tagsEdit()->lineEdit(), QString());
    QTest::keyClick(m_form->tagsEdit()->lineEdit(), Qt::Key_Backspace);
    QCOMPARE(m_doc->article().meta.tags, tags.mid(0, tags.size() - 1));
    QCOMPARE(m_form->tagsEdit()->tokens(), tags.mid(0, tags.size() - 1));
    m_doc->undoStack()->undo();
    QCOMPARE(m_form->tagsEdit()->tokens(), tags);

    // The article's own terms and those of articles opened before are offered.
    QVERIFY(QSettings().value(u"editor/recentTags"_s).toStringList().contains(u"Norway"_s));
    Article other;
    other.meta.tags = {u"fjords"_s};
    openArticle(other);
    QCOMPARE(m_form->tagsEdit()->tokens(), QStringList{u"fjords"_s});
    QVERIFY(m_form->tagsEdit()->completionTerms().contains(u"Norway"_s));
    QVERIFY(!m_form->tagsEdit()->completionTerms().contains(u"fjords"_s)); // already there
    QVERIFY(m_form->categoriesEdit()->completionTerms().contains(u"Science"_s));
}

void TestArticleDetailsForm::featuredImageInsideTheFolderIsStoredRelative()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"images"_s));
    const QString image = dir.filePath(u"images/cover.png"_s);
    QImage picture(64, 32, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(image));
    openArticle(test::sampleArticle(), dir.filePath(u"article.quorum"_s));

    FeaturedImageField *field = m_form->featuredImageField();
    field->setChooser([image] { return image; });
    QTest::mouseClick(field->chooseButton(), Qt::LeftButton);
    QCOMPARE(m_doc->article().meta.featuredImage, u"images/cover.png"_s);
    QTRY_VERIFY(!field->thumbnail()->pixmap().isNull());
    QCOMPARE(field->thumbnail()->pixmap().toImage().pixelColor(2, 2), QColor(Qt::darkCyan));
    QVERIFY(field->removeButton()->isEnabled());

    typeInto(m_form->featuredImageAltEdit(), u"A cover"_s);
    QCOMPARE(m_doc->article().meta.featuredImageAlt, u"A cover"_s);
    QTest::mouseClick(field->removeButton(), Qt::LeftButton);
    QVERIFY(m_doc->article().meta.featuredImage.isEmpty());
    QVERIFY(m_doc->article().meta.featuredImageAlt.isEmpty());
    QCOMPARE(field->thumbnail()->text(), u"None"_s);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.featuredImage, u"images/cover.png"_s);
    QCOMPARE(m_form->featuredImageAltEdit()->text(), u"A cover"_s);
    QVERIFY(!field->thumbnail()->pixmap().isNull());
}

void TestArticleDetailsForm::featuredImageOutsideTheFolderStaysAbsolute()
{
    QTemporaryDir articleDir;
    QTemporaryDir imageDir;
    const QString image = imageDir.filePath(u"elsewhere.png"_s);
    QImage picture(8, 8, QImage::Format_RGB32);
    picture.fill(Qt::red);
    QVERIFY(picture.save(image));
    openArticle(test::sampleArticle(), articleDir.filePath(u"article.quorum"_s));
    m_form->featuredImageField()->setChooser([image] { return image; });
    QTest::mouseClick(m_form->featuredImageField()->chooseButton(), Qt::LeftButton);
    QCOMPARE(m_doc->article().meta.featuredImage, QDir::cleanPath(image));

    // An article never saved has no folder: the path stays absolute too.
    openArticle(Article{});
    QCOMPARE(FeaturedImageField::storedPath(image, QString()), QDir::cleanPath(image));
    QCOMPARE(FeaturedImageField::resolvedPath(u"images/a.png"_s, u"/x/y/a.quorum"_s),
             u"/x/y/images/a.png"_s);

    // A missing file says so instead of showing an empty box.
    ArticleMeta meta;
    meta.featuredImage = u"images/missing.png"_s;
    m_doc->setMeta(meta);
    QCOMPARE(m_form->featuredImageField()->thumbnail()->text(), u"Cannot show this image"_s);
}

void TestArticleDetailsForm::languageIsPickedOrTyped()
{
    QComboBox *language = m_form->languageBox();
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down); // the next entry of the list: Norsk bokmål
    QCOMPARE(m_doc->article().meta.language, u"nb"_s);
    QCOMPARE(language->currentText(), u"nb"_s);
    QCOMPARE(language->itemText(1), u"nb"_s);
    QCOMPARE(language->itemData(1, Qt::DisplayRole).toString(), u"Norsk bokmål (nb)"_s);

    language->lineEdit()->selectAll();
    QTest::keyClicks(language->lineEdit(), u"nn-NO"_s);
    QCOMPARE(m_doc->article().meta.language, u"nn-NO"_s);
    QCOMPARE(language->count(), 2); // typed tags are not added to the list
    // Undo walks back through the typing, and the field shows each step.
    for (int step = 0; step < 5 && m_doc->article().meta.language != u"nb"_s; ++step) {
        m_doc->undoStack()->undo();
        QCOMPARE(language->currentText(), m_doc->article().meta.language);
    }
    QCOMPARE(language->currentText(), u"nb"_s);
}

void TestArticleDetailsForm::publicationDateCanBeUnset()
{
    QCheckBox *set = m_form->publicationDateBox();
    QDateTimeEdit *date = m_form->publicationDateEdit();
    QTest::mouseClick(set, Qt::LeftButton);
    QVERIFY(!m_doc->article().meta.published.isValid());
    QVERIFY(!date->isEnabled());
    QCOMPARE(date->text(), u"Not set"_s);

    set->setFocus();
    QTest::keyClick(set, Qt::Key_Space);
    const QDateTime published = m_doc->article().meta.published;
    QVERIFY(published.isValid());
    QVERIFY(qAbs(published.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QVERIFY(date->isEnabled());
    QCOMPARE(date->dateTime(), published);
    QCOMPARE(QApplication::focusWidget(), date);

    // A step of the date is an edit, stored in UTC.
    QTest::keyClick(date, Qt::Key_Up);
    QVERIFY(m_doc->article().meta.published != published);
    QCOMPARE(m_doc->article().meta.published.timeSpec(), Qt::UTC);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->article().meta.published, test::sampleArticle().meta.published);
    QVERIFY(set->isChecked());
}

void TestArticleDetailsForm::everyControlHasAnAccessibleName()
{
    const QList<QWidget *> widgets = m_form->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || widget->focusProxy() ||
            qobject_cast<QAbstractScrollArea *>(widget))
            continue;
        // A spin box's own line edit speaks for it.
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 13);
}

void TestArticleDetailsForm::tabWalksTheFormInReadingOrder()
{
    m_form->titleEdit()->setFocus();
    QStringList names;
    for (int i = 0; i < 14; ++i) {
        QWidget *focused = QApplication::focusWidget();
        names.append(focused->accessibleName());
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    // The remove button is disabled (no image) and so skipped.
    const QStringList expected = {u"Title"_s,
                                  u"Slug"_s,
                                  u"Make the slug follow the title"_s,
                                  u"Excerpt"_s,
                                  u"Focus keyword"_s,
                                  u"Categories"_s,
                                  u"Tags"_s,
                                  u"Choose featured image"_s,
                                  u"Featured image alt text"_s,
                                  u"Language"_s,
                                  u"Author"_s,
                                  u"Set a publication date"_s,
                                  u"Publication date"_s};
    QCOMPARE(names.mid(0, expected.size()), expected);
}

QUORUM_TEST_MAIN(TestArticleDetailsForm)
#include "tst_articledetailsform.moc"
