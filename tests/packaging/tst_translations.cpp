// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "commandrun.h"
#include "testmain.h"

#include <QFile>
#include <QMap>
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

// The sources, one path per line of the list lupdate reads (the "-I" lines left out).
QStringList translatableSources(QString *error)
{
    QFile list(QStringLiteral(QUORUM_TRANSLATABLE_SOURCES_LIST));
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = list.fileName() + u": "_s + list.errorString();
        return {};
    }
    QStringList sources;
    for (const QByteArray &line : list.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith("-I"))
            sources.append(QString::fromUtf8(line));
    }
    return sources;
}

// The messages lupdate finds in the sources today, with the options update_translations uses
// (and `extra` ones such as -pluralonly).
QList<Message> freshCatalogue(const QStringList &extra, const QString &language, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = dir.errorString();
        return {};
    }
    const QString fresh = dir.filePath(u"fresh_%1.ts"_s.arg(language));
    QStringList arguments = QStringLiteral(QUORUM_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << extra << u"@"_s + QStringLiteral(QUORUM_TRANSLATABLE_SOURCES_LIST) << u"-ts"_s
              << fresh;
    const test::CommandRun lupdate = test::runCommand(QStringLiteral(QUORUM_LUPDATE), arguments);
    if (lupdate.exitCode != 0) {
        *error = lupdate.out + lupdate.err;
        return {};
    }
    return readCatalogue(fresh, error);
}

// The contexts the sources name for their lookups: QCoreApplication::translate("context", ...),
// QT_TRANSLATE_NOOP("context", ...) and Q_DECLARE_TR_FUNCTIONS(context).
QSet<QString> namedContexts(QString *error)
{
    static const QRegularExpression named(
        u"(?:QCoreApplication::translate|QT_TRANSLATE_NOOP)\\(\\s*\"([^\"]+)\"|"
        "Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"_s);
    QSet<QString> contexts;
    for (const QString &path : translatableSources(error)) {
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            *error = path + u": "_s + source.errorString();
            return {};
        }
        const QString text = QString::fromUtf8(source.readAll());
        for (const QRegularExpressionMatch &match : named.globalMatch(text))
            contexts.insert(match.captured(1) + match.captured(2));
    }
    return contexts;
}

// The classes with Q_OBJECT, qualified with the namespace they are declared in: what their
// tr() looks messages up under.
QSet<QString> objectClasses(QString *error)
{
    static const QRegularExpression declared(
        u"\\bnamespace\\s+([\\w:]+)\\s*\\{|"
        "\\bclass\\s+(\\w+)\\b[^;{]*\\{\\s*(?:public:\\s*)?Q_OBJECT\\b"_s);
    QSet<QString> classes;
    for (const QString &path : translatableSources(error)) {
        QFile source(path);
        if (!source.open(QIODevice::ReadOnly)) {
            *error = path + u": "_s + source.errorString();
            return {};
        }
        const QString text = QString::fromUtf8(source.readAll());
        QString space;
        for (const QRegularExpressionMatch &match : declared.globalMatch(text)) {
            if (match.capturedLength(1) > 0)
                space = match.captured(1);
            else
                classes.insert(space.isEmpty() ? match.captured(2)
                                               : space + u"::"_s + match.captured(2));
        }
    }
    return classes;
}

} // namespace

// The catalogues: every message of the Norwegian Bokmål ones translated, every plural of the
// English one given its forms, placeholders and mnemonics kept, nothing in the sources that a
// catalogue lacks (lupdate is run over the same sources, with the same options, as the
// update_translations target runs it), and every message filed under the context that its
// lookup at run time uses.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void catalogueHoldsEverySourceString_data();
    void catalogueHoldsEverySourceString();
    void explicitContextsAreInTheCatalogue_data();
    void explicitContextsAreInTheCatalogue();
    void everyContextIsLookedUp();
    void englishPluralsHaveTwoForms();
};

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("Quorum's strings") << catalogue(u"quorum_nb.ts"_s);
    QTest::newRow("English plurals") << catalogue(u"quorum_en.ts"_s);
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

void TestTranslations::catalogueHoldsEverySourceString_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("Norwegian Bokmål") << u"quorum_nb.ts"_s << QStringList();
    QTest::newRow("English plurals") << u"quorum_en.ts"_s << QStringList{u"-pluralonly"_s};
}

void TestTranslations::catalogueHoldsEverySourceString()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    QString error;
    QSet<QString> inSources;
    for (const Message &message : freshCatalogue(options, name.mid(7, 2), &error))
        inSources.insert(message.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(inSources.size() > (options.isEmpty() ? 100 : 5));
    QSet<QString> inCatalogue;
    for (const Message &message : readCatalogue(catalogue(name), &error))
        inCatalogue.insert(message.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString refresh =
        u"\nRefresh the catalogue with: cmake --build --preset default --target "
        "update_translations, then translate what is new."_s;
    QStringList missing = (inSources - inCatalogue).values();
    missing.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(u"in the sources but not in %1:\n"_s.arg(name) +
                                           missing.join(u'\n') + refresh));
    QStringList stale = (inCatalogue - inSources).values();
    stale.sort();
    QVERIFY2(stale.isEmpty(), qPrintable(u"in %1 but no longer in the sources:\n"_s.arg(name) +
                                         stale.join(u'\n') + refresh));
}

void TestTranslations::explicitContextsAreInTheCatalogue_data()
{
    // Helpers such as `QString tr(const char *text) { return QCoreApplication::translate("ctx",
    // text); }` look every message up under "ctx", but lupdate files each call under the class
    // or namespace it is made in: the catalogue must have the context the helper names, or the
    // translations are never found.
    QTest::addColumn<QString>("context");
    QString error;
    const QSet<QString> contexts = namedContexts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
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
    QVERIFY2(inCatalogue.contains(context), qPrintable(context));
}

void TestTranslations::everyContextIsLookedUp()
{
    // The other way round: lupdate files a tr() call under the class or namespace it is made
    // in, whatever that tr() looks up. A context that is neither a class with Q_OBJECT nor one
    // the sources name (a free helper's calls filed under "quorum", a delegate without Q_OBJECT
    // whose tr() is its Qt base class's) holds messages that are never found at run time.
    QString error;
    QSet<QString> lookedUp = namedContexts(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lookedUp.unite(objectClasses(&error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(lookedUp.contains(u"quorum::MainWindow"_s));

    QMap<QString, QStringList> lost;
    for (const Message &message : freshCatalogue({}, u"nb"_s, &error)) {
        if (!lookedUp.contains(message.context))
            lost[message.context].append(message.source);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList report;
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        report.append(it.key() + u": "_s + it.value().join(u" | "_s));
    QVERIFY2(report.isEmpty(),
             qPrintable(u"filed under a context no lookup uses:\n"_s + report.join(u'\n')));
}

void TestTranslations::englishPluralsHaveTwoForms()
{
    // English has a singular and a plural, and neither says "(s)" the way a source text that
    // serves every count may.
    static const QRegularExpression either(u"\\w\\((s|es)\\)"_s);
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(u"quorum_en.ts"_s), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    for (const Message &message : messages) {
        QCOMPARE(message.translations.size(), 2);
        for (const QString &form : message.translations)
            QVERIFY2(!form.contains(either), qPrintable(message.key() + u" → "_s + form));
    }
}

QUORUM_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
