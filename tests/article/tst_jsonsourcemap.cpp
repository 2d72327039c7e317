// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "jsonsourcemap.h"
#include "testmain.h"

#include <QStringDecoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

class TestJsonSourceMap : public QObject
{
    Q_OBJECT

private slots:
    void valueOffset_data();
    void valueOffset();
    void position();
    void invalidUtf8_data();
    void invalidUtf8();
};

void TestJsonSourceMap::valueOffset_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<JsonPath>("path");
    QTest::addColumn<QByteArray>("startsWith");

    const QByteArray doc =
        R"({"a": 1, "b\"q": "x,}]", "s": [ {"k": [true, {"deep": null}]}, "two" ]})";
    QTest::newRow("member") << doc << JsonPath{u"a"_s} << QByteArray("1,");
    QTest::newRow("escaped key after a tricky string")
        << doc << JsonPath{u"s"_s, qsizetype(1)} << QByteArray("\"two\"");
    QTest::newRow("deep") << doc << JsonPath{u"s"_s, qsizetype(0), u"k"_s, qsizetype(1), u"deep"_s}
                          << QByteArray("null");
    QTest::newRow("key with escape") << doc << JsonPath{u"b\"q"_s} << QByteArray("\"x,}]\"");
    QTest::newRow("missing member stops at its object")
        << doc << JsonPath{u"s"_s, qsizetype(0), u"nope"_s} << QByteArray("{\"k\"");
    QTest::newRow("index past the end stops at the array")
        << doc << JsonPath{u"s"_s, qsizetype(7)} << QByteArray("[ {");
}

void TestJsonSourceMap::valueOffset()
{
    QFETCH(QByteArray, json);
    QFETCH(JsonPath, path);
    QFETCH(QByteArray, startsWith);
    QVERIFY2(json.mid(jsonValueOffset(json, path)).startsWith(startsWith),
             json.mid(jsonValueOffset(json, path)).constData());
}

void TestJsonSourceMap::position()
{
    const QByteArray text = "ab\nçd\n  x";
    const SourcePosition where = sourcePositionAt(text, text.indexOf('x'));
    QCOMPARE(where.line, 3);
    QCOMPARE(where.column, 3);
    QCOMPARE(sourcePositionAt(text, text.indexOf('d')).column, 2); // ç is two bytes, one character
    QCOMPARE(jsonPathToString({u"sections"_s, qsizetype(2), u"voices"_s}), u"sections[2].voices"_s);
}

void TestJsonSourceMap::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");
    QTest::newRow("valid") << QByteArray("plain æøå 😀") << qsizetype(-1);
    QTest::newRow("lone continuation") << QByteArray("ab\x80") << qsizetype(2);
    QTest::newRow("latin-1") << QByteArray("caf\xe9!") << qsizetype(3);
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << qsizetype(1);
    QTest::newRow("cut short") << QByteArray("ok\xe2\x82") << qsizetype(2);
}

void TestJsonSourceMap::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(firstInvalidUtf8(bytes), offset);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    QCOMPARE(offset < 0, !decoder.hasError()); // agrees with Qt on validity
}

QUORUM_TEST_GUILESS_MAIN(TestJsonSourceMap)
#include "tst_jsonsourcemap.moc"
