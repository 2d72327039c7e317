// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "slug.h"
#include "testmain.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

// The slug a title gives, as WordPress would make it.
class TestSlug : public QObject
{
    Q_OBJECT

private slots:
    void slugify_data();
    void slugify();
};

void TestSlug::slugify_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("slug");

    QTest::newRow("plain title") << u"Can a Small Country Build Its Own Language Model?"_s
                                 << u"can-a-small-country-build-its-own-language-model"_s;
    QTest::newRow("norwegian letters") << u"Blåbær på Ørland"_s << u"blabaer-pa-orland"_s;
    QTest::newRow("capital æøå") << u"ÆØÅ"_s << u"aeoa"_s;
    QTest::newRow("accents drop") << u"Café crème brûlée"_s << u"cafe-creme-brulee"_s;
    QTest::newRow("german sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("apostrophes vanish")
        << u"The Internet's Verdict, isn’t it"_s << u"the-internets-verdict-isnt-it"_s;
    QTest::newRow("punctuation vanishes") << u"Rock & Roll: \"yes\"!"_s << u"rock-roll-yes"_s;
    QTest::newRow("dots and slashes") << u"Version 1.2 and A/B"_s << u"version-1-2-and-a-b"_s;
    QTest::newRow("dashes collapse")
        << u"Before — after – then--now"_s << u"before-after-then-now"_s;
    QTest::newRow("no hyphen at the ends") << u"  -- Hello world --  "_s << u"hello-world"_s;
    QTest::newRow("underscore stays") << u"snake_case name"_s << u"snake_case-name"_s;
    QTest::newRow("ligature and superscript") << u"ﬁne m²"_s << u"fine-m2"_s;
    QTest::newRow("times sign") << u"4×4 drive"_s << u"4x4-drive"_s;
    QTest::newRow("other scripts stay") << u"Привет, мир"_s << u"привет-мир"_s;
    QTest::newRow("no-break space") << u"a\u00a0b"_s << u"a-b"_s;
    QTest::newRow("emoji vanishes") << u"Launch 🚀 day"_s << u"launch-day"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u"?!…"_s << QString();
}

void TestSlug::slugify()
{
    QFETCH(QString, title);
    QFETCH(QString, slug);
    QCOMPARE(quorum::slugify(title), slug);
}

QUORUM_TEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
