// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Quorum contributors
#include "autosave.h"

#include "articledocument.h"
#include "articlefile.h"
#include "atomicwrite.h"
#include "datafolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace quorum {

namespace {
QString lockPath(const QString &id)
{
    return QDir(Autosave::directory()).filePath(id + u".lock"_s);
}
} // namespace

Autosave::Autosave(ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeInBackground);
    connect(document, &ArticleDocument::sectionChanged, this, &Autosave::scheduleWrite);
    connect(document, &ArticleDocument::metaChanged, this, &Autosave::scheduleWrite);
    connect(document, &ArticleDocument::structureChanged, this, &Autosave::scheduleWrite);
    connect(document, &ArticleDocument::remoteChanged, this, &Autosave::scheduleWrite);
    connect(document, &ArticleDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            scheduleWrite();
        else
            discard(); // saved, or undone back to what is saved
    });
    // The article this copy was about is gone (New, Open after the user chose what to do).
    connect(document, &ArticleDocument::articleReset, this, &Autosave::discard);
}

Autosave::~Autosave()
{
    // A normal end without a copy to keep has already discarded it; what is left on disk
    // now is what the user chose not to save or not to discard: unlocking makes it
    // recoverable by the next start.
    if (m_lock)
        m_lock->unlock();
}

QString Autosave::directory()
{
    return dataFolder() + u"/recovery"_s;
}

QString Autosave::copyPath() const
{
    return QDir(directory()).filePath(m_id + u".quorum"_s);
}

QString Autosave::infoPath() const
{
    return QDir(directory()).filePath(m_id + u".json"_s);
}

QByteArray Autosave::infoBytes() const
{
    return QJsonDocument(QJsonObject{
                             {u"file"_s, m_document->filePath()},
                             {u"title"_s, m_document->article().meta.title},
                             {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         })
        .toJson();
}

void Autosave::scheduleWrite()
{
    if (m_document->isModified() && !m_timer.isActive())
        m_timer.start();
}

bool Autosave::prepare(QString *error)
{
    if (!QDir().mkpath(directory())) {
        *error = tr("Cannot create the folder %1 for recovery copies.").arg(directory());
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(lockPath(m_id));
        // Held for the life of the process, however long: only a dead owner makes it stale.
        m_lock->setStaleLockTime(0);
        m_lock->tryLock(0);
    }
    return true;
}

bool Autosave::writeNow(QString *error)
{
    return prepare(error) &&
           writeFileAtomically(copyPath(), ArticleFile::serialize(m_document->article()), error) &&
           writeFileAtomically(infoPath(), infoBytes(), error);
}

void Autosave::writeInBackground()
{
    if (!m_document->isModified())
        return;
    if (m_writing) {
        m_writeAgain = true; // the disk is slow: write the newest state once this one is done
        return;
    }
    QString error;
    if (!prepare(&error)) {
        emit failed(error);
        return;
    }
    m_writing = true;
    // Article's members share their data: this copy is cheap, and the worker owns it.
    const Article snapshot = m_document->article();
    const QString copy = copyPath();
    const QString info = infoPath();
    const QByteArray infoData = infoBytes();
    const int generation = m_generation;
    QPointer<Autosave> self(this);
    QThreadPool::globalInstance()->start([self, snapshot, copy, info, infoData, generation] {
        QString error;
        const bool ok = writeFileAtomically(copy, ArticleFile::serialize(snapshot), &error) &&
                        writeFileAtomically(info, infoData, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, ok, error, generation, copy, info] {
                if (!self) {
                    return;
                }
                self->m_writing = false;
                if (generation != self->m_generation) {
                    // Discarded while writing: the copy must not come back.
                    QFile::remove(copy);
                    QFile::remove(info);
                    return;
                }
                if (!ok)
                    emit self->failed(error);
                else
                    emit self->written();
                if (self->m_writeAgain) {
                    self->m_writeAgain = false;
                    self->scheduleWrite();
                }
            },
            Qt::QueuedConnection);
    });
}

void Autosave::discard()
{
    ++m_generation;
    m_timer.stop();
    m_writeAgain = false;
    QFile::remove(copyPath());
    QFile::remove(infoPath());
}

QList<RecoveryEntry> Autosave::abandoned()
{
    QList<RecoveryEntry> entries;
    const QDir dir(directory());
    const QStringList infos = dir.entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : infos) {
        const QString id = name.chopped(5);
        QLockFile lock(lockPath(id));
        lock.setStaleLockTime(0);
        // A lock that its process still holds means someone is editing this article now.
        // QLockFile treats a lock whose process is gone as stale and takes it over.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
        RecoveryEntry entry;
        entry.id = id;
        entry.originalPath = info.value(u"file"_s).toString();
        entry.title = info.value(u"title"_s).toString();
        entry.written = QDateTime::fromString(info.value(u"written"_s).toString(), Qt::ISODate);
        entry.copyPath = dir.filePath(id + u".quorum"_s);
        if (QFile::exists(entry.copyPath))
            entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.written > b.written; });
    return entries;
}

bool Autosave::read(const RecoveryEntry &entry, Article *article, QString *error)
{
    ArticleFile::LoadResult result = ArticleFile::load(entry.copyPath);
    if (!result.ok) {
        *error = result.error;
        return false;
    }
    *article = std::move(result.article);
    return true;
}

void Autosave::remove(const RecoveryEntry &entry)
{
    QFile::remove(entry.copyPath);
    QFile::remove(QDir(directory()).filePath(entry.id + u".json"_s));
    QFile::remove(lockPath(entry.id));
}

} // namespace quorum
