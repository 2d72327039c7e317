// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commandrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace quorum;

namespace {

/// One message of a Qt Linguist file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    QString type;             ///< "unfinished", "vanished", "obsolete", or empty when finished
    QStringList translations; ///< one, or one per plural form

    /// What identifies a message for lupdate and QTranslator.
    QString key() const { return context + u" | "_s + source + u" | "_s + comment; }
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader reader(&file);
    QString context;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == u"name") {
            context = reader.readElementText();
        } else if (reader.name() == u"message") {
            Message message{context, {}, {}, {}, {}};
            while (reader.readNextStartElement()) {
                if (reader.name() == u"source") {
                    message.source = reader.readElementText();
                } else if (reader.name() == u"comment") {
                    message.comment = reader.readElementText();
                } else if (reader.name() == u"translation") {
                    message.type = reader.attributes().value(u"type"_s).toString();
                    bool plural = false;
                    QString text;
                    while (!reader.atEnd()) {
                        reader.readNext();
                        if (reader.isCharacters()) {
                            text += reader.text();
                        } else if (reader.isStartElement() && reader.name() == u"numerusform") {
                            plural = true;
                            message.translations.append(reader.readElementText());
                        } else if (reader.isEndElement() && reader.name() == u"translation") {
                            break;
                        }
                    }
                    if (!plural)
                        message.translations.append(text);
                } else {
                    reader.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (reader.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(reader.lineNumber()).arg(reader.errorString());
    return messages;
}

QString catalogue(const QString &name)
{
    return QStringLiteral(QUORUM_SOURCE_DIR) + u"/resources/translations/"_s + name;
}

// The distinct placeholders (%1, %n) of a text.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Whether a text marks a keyboard mnemonic ("&File"; "&&" is a literal ampersand).
bool hasMnemonic(QString text)
{
    static const QRegularExpression mnemonic(u"&[^&\\s]"_s);
    return text.remove(u"&&"_s).contains(mnemonic);
}

} // namespace

// The Norwegian Bokmål catalogues: every message translated, placeholders and mnemonics kept,
// and nothing in the sources that quorum_nb.ts lacks (lupdate is run over the same sources,
// with the same options, as the update_translations target runs it).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void catalogueHoldsEverySourceString();
    void explicitContextsAreInTheCatalogue_data();
    void explicitContextsAreInTheCatalogue();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Quorum's strings") << catalogue(u"quorum_nb.ts"_s);
    QTest::newRow("Qt's strings that Quorum shows") << catalogue(u"quorum_qt_nb.ts"_s);
}

void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList untranslated;
    for (const Message &message : messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &text) { return text.isEmpty(); });
        if (!message.type.isEmpty() || message.translations.isEmpty() || empty)
            untranslated.append(message.key() + u" (%1)"_s.arg(message.type));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(u"not translated, or left over:\n"_s + untranslated.join(u'\n')));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics_data()
{
    everyMessageIsTranslated_data();
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList broken;
    for (const Message &message : messages) {
        for (const QString &translation : message.translations) {
            QSet<QString> expected = placeholders(message.source);
            QSet<QString> found = placeholders(translation);
            if (message.translations.size() > 1) { // a plural form may spell the number out
                expected.remove(u"%n"_s);
                found.remove(u"%n"_s);
            }
            if (expected != found || hasMnemonic(message.source) != hasMnemonic(translation))
                broken.append(message.key() + u" → "_s + translation);
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
}

void TestTranslations::catalogueHoldsEverySourceString()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_nb.ts"_s);
    QStringList arguments = QStringLiteral(QUORUM_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << u"@"_s + QStringLiteral(QUORUM_TRANSLATABLE_SOURCES_LIST) << u"-ts"_s << fresh;
    const test::CommandRun lupdate = test::runCommand(QStringLiteral(QUORUM_LUPDATE), arguments);
    QVERIFY2(lupdate.exitCode == 0, qPrintable(lupdate.out + lupdate.err));

    QString error;
    QSet<QString> inSources;
    for (const Message &message : readCatalogue(fresh, &error))
        inSources.insert(message.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(inSources.size() > 100, qPrintable(lupdate.out));
    QSet<QString> inCatalogue;
    for (const Message &message : readCatalogue(catalogue(u"quorum_nb.ts"_s), &error))
        inCatalogue.insert(message.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString refresh =
        u"\nRefresh the catalogue with: cmake --build --preset default --target "
        "update_translations, then translate what is new."_s;
    QStringList missing = (inSources - inCatalogue).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"in the sources but not in quorum_nb.ts:\n"_s +
                                           missing.join(u'\n') + refresh));
    QStringList stale = (inCatalogue - inSources).values();
    stale.sort();
    QVERIFY2(stale.isEmpty(), qPrintable(u"in quorum_nb.ts but no longer in the sources:\n"_s +
                                         stale.join(u'\n') + refresh));
}

void TestTranslations::explicitContextsAreInTheCatalogue_data()
{
    // Helpers such as `QString tr(const char *text) { return QCoreApplication::translate("ctx",
    // text); }` look every message up under "ctx", but lupdate files each call under the class
    // or namespace it is made in: the catalogue must have the context the helper names, or the
    // translations are never found.
    QTest::addColumn<QString>("context");
    QFile list(QStringLiteral(QUORUM_TRANSLATABLE_SOURCES_LIST));
    QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
    static const QRegularExpression named(
        uR"re(QCoreApplication::translate\(\s*"([^"]+)"|Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\))re"_s);
    QSet<QString> contexts;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith("-I"))
            continue;
        QFile source(QString::fromUtf8(line));
        QVERIFY2(source.open(QIODevice::ReadOnly), qPrintable(source.fileName()));
        const QString text = QString::fromUtf8(source.readAll());
        for (const QRegularExpressionMatch &match : named.globalMatch(text))
            contexts.insert(match.captured(1) + match.captured(2));
    }
    QStringList sorted = contexts.values();
    sorted.sort();
    for (const QString &context : std::as_const(sorted))
        QTest::newRow(qPrintable(context)) << context;
}

void TestTranslations::explicitContextsAreInTheCatalogue()
{
    QFETCH(QString, context);
    QString error;
    QSet<QString> inCatalogue;
    for (const Message &message : readCatalogue(catalogue(u"quorum_nb.ts"_s), &error))
        inCatalogue.insert(message.context);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Known, in files outside the translation work: their helpers' calls are made in free
    // functions (filed under "quorum") or in the undo commands' constructors (filed under each
    // command). Calling a tr() that names the context, such as ArticleDocument::tr() or a
    // struct's Q_DECLARE_TR_FUNCTIONS(quorum::ArticleChecks), makes both agree.
    QEXPECT_FAIL("quorum::ArticleChecks", "article/articlechecks.cpp: lupdate files under quorum",
                 Continue);
    QEXPECT_FAIL("quorum::ArticleDocument",
                 "article/articlecommands.cpp: lupdate files under each command", Continue);
    QEXPECT_FAIL("quorum::AtomicWrite", "article/atomicwrite.cpp: lupdate files under quorum",
                 Continue);
    QVERIFY2(inCatalogue.contains(context), qPrintable(context));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
