// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "hunspelldictionary.h"

#include <hunspell.hxx>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

#include <iconv.h>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
constexpr qsizetype kMaxRemembered = 50000;
}

/// Converts between QString and a dictionary's encoding: UTF-8 and ISO-8859-1 through Qt, any
/// other encoding Hunspell dictionaries use (ISO-8859-2, KOI8-R, CP1251...) through iconv.
class HunspellDictionary::Codec
{
public:
    static std::unique_ptr<Codec> forName(const QString &hunspellName)
    {
        auto codec = std::unique_ptr<Codec>(new Codec);
        QByteArray name = hunspellName.trimmed().toLatin1();
        if (name.isEmpty())
            name = "ISO8859-1"; // Hunspell's default when an .aff file says nothing
        if (const auto builtin = QStringConverter::encodingForName(name.constData());
            builtin &&
            (*builtin == QStringConverter::Utf8 || *builtin == QStringConverter::Latin1)) {
            codec->m_builtin = *builtin;
            return codec;
        }
        if (name.startsWith("microsoft-"))
            name = name.mid(10);
        codec->m_toDictionary = iconv_open(name.constData(), "UTF-8");
        codec->m_fromDictionary = iconv_open("UTF-8", name.constData());
        if (codec->m_toDictionary == iconv_t(-1) || codec->m_fromDictionary == iconv_t(-1))
            return nullptr;
        return codec;
    }
    ~Codec()
    {
        if (m_toDictionary != iconv_t(-1))
            iconv_close(m_toDictionary);
        if (m_fromDictionary != iconv_t(-1))
            iconv_close(m_fromDictionary);
    }

    std::optional<std::string> encode(const QString &word) const
    {
        if (m_builtin) {
            QStringEncoder encoder(*m_builtin);
            const QByteArray bytes = encoder.encode(word);
            if (encoder.hasError())
                return std::nullopt;
            return bytes.toStdString();
        }
        return convert(m_toDictionary, word.toUtf8());
    }

    QString decode(const std::string &word) const
    {
        if (m_builtin) {
            QStringDecoder decoder(*m_builtin);
            return decoder.decode(QByteArrayView(word.data(), qsizetype(word.size())));
        }
        const auto utf8 = convert(m_fromDictionary, QByteArray::fromStdString(word));
        return utf8 ? QString::fromStdString(*utf8) : QString();
    }

private:
    Codec() = default;

    static std::optional<std::string> convert(iconv_t cd, const QByteArray &input)
    {
        iconv(cd, nullptr, nullptr, nullptr, nullptr); // back to the initial state
        std::string output(size_t(input.size()) * 4 + 8, '\0');
        QByteArray in = input;
        char *inPointer = in.data();
        size_t inLeft = size_t(in.size());
        char *outPointer = output.data();
        size_t outLeft = output.size();
        if (iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft) == size_t(-1))
            return std::nullopt; // a character the other encoding has not
        output.resize(output.size() - outLeft);
        return output;
    }

    std::optional<QStringConverter::Encoding> m_builtin;
    iconv_t m_toDictionary = iconv_t(-1);
    iconv_t m_fromDictionary = iconv_t(-1);
};

std::unique_ptr<HunspellDictionary> HunspellDictionary::load(const QString &affPath,
                                                             const QString &dicPath, QString *error)
{
    for (const QString &path : {affPath, dicPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("quorum::SpellChecker",
                                                 "The spelling dictionary %1 cannot be read: %2.")
                         .arg(path, file.errorString());
            return nullptr;
        }
    }
    auto dictionary = std::unique_ptr<HunspellDictionary>(new HunspellDictionary);
    dictionary->m_name = QFileInfo(dicPath).completeBaseName();
    dictionary->m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                                        QFile::encodeName(dicPath).constData());
    dictionary->m_encodingName =
        QString::fromStdString(dictionary->m_hunspell->get_dict_encoding());
    dictionary->m_codec = Codec::forName(dictionary->m_encodingName);
    if (!dictionary->m_codec) {
        *error = QCoreApplication::translate(
                     "quorum::SpellChecker",
                     "The spelling dictionary %1 uses the encoding %2, which Quorum cannot read.")
                     .arg(dictionary->m_name, dictionary->m_encodingName);
        return nullptr;
    }
    return dictionary;
}

HunspellDictionary::~HunspellDictionary() = default;

std::optional<std::string> HunspellDictionary::encode(const QString &word) const
{
    return m_codec->encode(word);
}

QString HunspellDictionary::decode(const std::string &word) const
{
    return m_codec->decode(word);
}

bool HunspellDictionary::isCorrect(const QString &word)
{
    if (const auto known = m_checked.constFind(word); known != m_checked.cend())
        return *known;
    const std::optional<std::string> encoded = encode(word);
    const bool correct = !encoded || m_hunspell->spell(*encoded);
    if (m_checked.size() >= kMaxRemembered)
        m_checked.clear();
    m_checked.insert(word, correct);
    return correct;
}

QStringList HunspellDictionary::suggestions(const QString &word, int limit)
{
    const std::optional<std::string> encoded = encode(word);
    if (!encoded)
        return {};
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(*encoded)) {
        const QString decoded = decode(suggestion);
        if (!decoded.isEmpty() && !result.contains(decoded))
            result.append(decoded);
        if (result.size() >= limit)
            break;
    }
    return result;
}

void HunspellDictionary::addWord(const QString &word)
{
    if (m_added.contains(word))
        return;
    m_added.insert(word);
    if (const std::optional<std::string> encoded = encode(word))
        m_hunspell->add(*encoded);
    m_checked.clear();
}

} // namespace quorum
