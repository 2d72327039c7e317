// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "publishjob.h"
#include "pulljob.h"
#include "sitecheck.h"
#include "testarticles.h"
#include "testmain.h"
#include "wordpressfixture.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;
using Kind = PublishError::Kind;

// "Test connection" and the focus keyword, against the fixture's WordPress. It switches the
// Quorum plugin, which registers the focus keyword (a PLUGIN suite: see CMakeLists.txt).
class TestSiteCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void capabilities_data();
    void capabilities();
    void wrongPassword();
    void focusKeywordStoredWithPlugin();
    void focusKeywordWarningWithoutPlugin();

private:
    bool check(SiteCheck &check);
    Article article(const QString &name) const;

    test::WordPressFixture m_wordpress;
};

void TestSiteCheck::initTestCase()
{
    QString why;
    if (!m_wordpress.load(&why))
        QSKIP(qPrintable(why));
}

void TestSiteCheck::cleanupTestCase()
{
    if (m_wordpress.site().isValid())
        m_wordpress.setQuorumPlugin(false);
}

bool TestSiteCheck::check(SiteCheck &check)
{
    QSignalSpy finished(&check, &SiteCheck::finished);
    check.start();
    return !finished.isEmpty() || finished.wait(30'000);
}

Article TestSiteCheck::article(const QString &name) const
{
    Article article = test::sampleArticle();
    const QString token = test::unique(name);
    article.meta.slug = token;
    article.meta.title += u" ("_s + token + u')';
    article.meta.categories.clear();
    article.meta.tags.clear();
    article.meta.focusKeyword = u"keyword "_s + token;
    return article;
}

void TestSiteCheck::capabilities_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("canPublish");
    QTest::addColumn<bool>("canCreateCategories");
    QTest::newRow("administrator") << u"admin"_s << true << true;
    QTest::newRow("editor") << u"editor"_s << true << true;
    QTest::newRow("author") << u"author"_s << true << false;
    QTest::newRow("contributor") << u"contributor"_s << false << false;
}

void TestSiteCheck::capabilities()
{
    QFETCH(QString, role);
    QFETCH(bool, canPublish);
    QFETCH(bool, canCreateCategories);
    const test::WordPressUser user = role == u"admin"    ? m_wordpress.admin()
                                     : role == u"editor" ? m_wordpress.editor()
                                     : role == u"author" ? m_wordpress.author()
                                                         : m_wordpress.contributor();
    SiteCheck site(m_wordpress.target(user));
    QVERIFY(check(site));
    QVERIFY2(!site.error().isError(), qPrintable(site.error().toString()));
    const SiteCapabilities &capabilities = site.capabilities();
    QCOMPARE(capabilities.restRoot, m_wordpress.site().resolved(QUrl(u"wp-json/"_s)));
    QVERIFY(capabilities.userId > 0);
    QCOMPARE(capabilities.canPublish, canPublish);
    QCOMPARE(capabilities.canCreateCategories, canCreateCategories);
    QCOMPARE(capabilities.canUploadFiles, role != u"contributor");
    QCOMPARE(capabilities.roles, QStringList{role == u"admin" ? u"administrator"_s : role});
    // The home page (Link header), users/me and the posts schema.
    QCOMPARE(site.requestCount(), 3);
}

void TestSiteCheck::wrongPassword()
{
    test::WordPressUser user = m_wordpress.editor();
    user.password = u"abcd efgh ijkl mnop qrst uvwx"_s;
    SiteCheck site(m_wordpress.target(user));
    QSignalSpy failed(&site, &SiteCheck::failed);
    QVERIFY(check(site));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(site.error().kind, Kind::Authentication);
    QVERIFY(!site.error().toString().contains(user.password));
}

void TestSiteCheck::focusKeywordStoredWithPlugin()
{
    QVERIFY(m_wordpress.setQuorumPlugin(true));
    SiteCheck site(m_wordpress.target(m_wordpress.editor()));
    QVERIFY(check(site));
    QVERIFY(site.capabilities().focusKeywordSupported);

    const Article article = this->article(u"keyword"_s);
    PublishJob job(article, m_wordpress.target(m_wordpress.editor()), {});
    QVERIFY(test::run(job));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().toString()));
    QCOMPARE(job.warnings(), QStringList());

    // It comes back with the post.
    PullJob pull(m_wordpress.target(m_wordpress.editor()), job.binding().postId);
    QSignalSpy finished(&pull, &PullJob::finished);
    pull.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY2(!pull.error().isError(), qPrintable(pull.error().toString()));
    QCOMPARE(pull.article().meta.focusKeyword, article.meta.focusKeyword);
}

void TestSiteCheck::focusKeywordWarningWithoutPlugin()
{
    QVERIFY(m_wordpress.setQuorumPlugin(false));
    SiteCheck site(m_wordpress.target(m_wordpress.editor()));
    QVERIFY(check(site));
    QVERIFY(!site.capabilities().focusKeywordSupported);

    const Article article = this->article(u"no-keyword"_s);
    PublishJob job(article, m_wordpress.target(m_wordpress.editor()), {});
    QVERIFY(test::run(job));
    QVERIFY2(!job.error().isError(), qPrintable(job.error().toString()));
    QCOMPARE(job.warnings().size(), 1);
    QVERIFY(job.warnings().first().contains(article.meta.focusKeyword));
    QVERIFY(job.warnings().first().contains(u"plugin"_s));

    // Without a keyword there is nothing to warn about.
    Article plain = this->article(u"no-keyword-plain"_s);
    plain.meta.focusKeyword.clear();
    PublishJob second(plain, m_wordpress.target(m_wordpress.editor()), {});
    QVERIFY(test::run(second));
    QVERIFY2(!second.error().isError(), qPrintable(second.error().toString()));
    QCOMPARE(second.warnings(), QStringList());
}

QUORUM_TEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
