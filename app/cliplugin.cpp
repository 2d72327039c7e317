// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "clicommands.h"
#include "clisupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <zip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace quorum::cli {

namespace {

// The plugin's folder, embedded from packaging/wordpress/quorum (app/CMakeLists.txt): a site
// administrator may not have the installed copy at hand, and the zip must match this Quorum.
const QString kPluginFolder = u":/quorum/wordpress-plugin/quorum"_s;

// The zip that WordPress's Plugins ▸ Add New ▸ Upload Plugin takes: the plugin's files under
// the folder name `quorum/`, which makes its plugin id quorum/quorum. Built in memory, so that
// writing it is one atomic file write; empty with `error` set on failure.
QByteArray pluginZip(QString *error)
{
    zip_error_t status;
    zip_error_init(&status);
    const auto finish = qScopeGuard([&status] { zip_error_fini(&status); });
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &status);
    if (!buffer) {
        *error = QString::fromUtf8(zip_error_strerror(&status));
        return {};
    }
    const std::unique_ptr<zip_source_t, decltype(&zip_source_free)> bufferOwner(buffer,
                                                                                zip_source_free);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &status);
    if (!archive) {
        *error = QString::fromUtf8(zip_error_strerror(&status));
        return {};
    }
    // The archive owns the buffer now and frees it when it closes: keep a reference of our
    // own to read the zip from afterwards.
    zip_source_keep(buffer);
    const auto fail = [&](const QString &reason) {
        *error = reason;
        zip_discard(archive);
        return QByteArray();
    };

    // libzip reads the files' bytes when it closes the archive: they live until then.
    QList<QByteArray> contents;
    const QDir folder(kPluginFolder);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(file.errorString());
        contents.append(file.readAll());
        zip_source_t *source =
            zip_source_buffer(archive, contents.last().constData(), contents.last().size(), 0);
        if (!source)
            return fail(QString::fromUtf8(zip_strerror(archive)));
        const QByteArray entry = "quorum/" + name.toUtf8();
        if (zip_file_add(archive, entry.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return fail(QString::fromUtf8(zip_strerror(archive)));
        }
    }
    if (contents.isEmpty())
        return fail(u"no files in %1"_s.arg(kPluginFolder));
    if (zip_close(archive) < 0)
        return fail(QString::fromUtf8(zip_strerror(archive)));

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) < 0 || zip_source_open(buffer) < 0) {
        *error = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
        return {};
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read != zip_int64_t(stat.size)) {
        *error = QString::fromUtf8(zip_error_strerror(zip_source_error(buffer)));
        return {};
    }
    return bytes;
}

} // namespace

int plugin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption zip(u"zip"_s, tr("write the plugin's zip to OUT"), u"OUT"_s);
    const QCommandLineOption force(u"force"_s, tr("replace OUT if it exists"));
    parser.addOptions({zip, force});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.positionalArguments().size() > 1)
        return usageError(tr("plugin takes no file; name the zip with --zip OUT.zip"));
    if (!parser.isSet(zip))
        return usageError(tr("plugin needs --zip OUT.zip"));

    const QString out = parser.value(zip);
    // Another file of that name is most likely something else: never replace it unasked.
    if (!parser.isSet(force) && QFileInfo::exists(out)) {
        print(stderr,
              u"quorum: %1: %2\n"_s.arg(out, tr("the file exists; add --force to replace it")));
        return ExitUsage;
    }
    QString error;
    const QByteArray bytes = pluginZip(&error);
    if (bytes.isEmpty()) {
        print(stderr, u"quorum: %1\n"_s.arg(tr("cannot make the plugin's zip: %1").arg(error)));
        return ExitUsage;
    }
    return writeOutput(out, bytes) ? ExitOk : ExitUsage;
}

} // namespace quorum::cli
