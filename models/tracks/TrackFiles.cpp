// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "TrackFiles.h"

#include "Logging.h"
#include "catalog/CatalogRecord.h"
#include "catalog/CatalogThread.h"
#include "delivery/StemQueries.h"
#include "editing/EditHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

constexpr QLatin1StringView fileField { "file" };

QVariantMap toVariant(const StemQueries::TrackFile &file)
{
    const QFileInfo info(file.relPath);
    // The name the audio checks give it (StemCheck): its stem type, else its base name.
    const QString name = file.stemType.isEmpty() ? info.completeBaseName() : file.stemType;
    // The file's name, and the stem type too where the name does not say it already.
    const QString label = name.compare(info.completeBaseName(), Qt::CaseInsensitive) == 0
        ? info.fileName()
        : QCoreApplication::translate("Imprint::TrackFiles", "%1 (%2)").arg(name, info.fileName());
    return { { u"assetId"_s, file.assetId }, { u"kind"_s, file.kind }, { u"name"_s, name },
        { u"label"_s, label }, { u"fileName"_s, info.fileName() }, { u"stemType"_s, file.stemType },
        { u"path"_s, file.relPath }, { u"durationMs"_s, file.durationMs } };
}

// A file taken off its track waits here, under the library folder, for an undo: a hidden
// folder, which Import Folder does not read, so it neither comes back as a new track nor keeps
// the name a stem exported again should get.
constexpr QLatin1StringView heldFolder { ".imprint-removed" };

QString relPathOf(const QJsonObject &snapshot)
{
    return snapshot.value(u"record"_s).toObject().value(u"rel_path"_s).toString();
}

// Takes the stem or cut-down out of the catalog and its file out of the library folder's view;
// the snapshot for its undo, which also names where the file was held. A redo (expected set)
// takes only the file its step was made on: on SQLite a new file can be given a removed one's id.
std::optional<QString> takeOff(
    QSqlDatabase db, const QString &root, qint64 assetId, const QString &expected, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT rel_path FROM assets WHERE id = ? AND kind IN ('stem', 'cutdown')"_s);
    query.addBindValue(assetId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    const QString relPath = query.next() ? query.value(0).toString() : QString();
    query.finish();
    if (relPath.isEmpty()
        || (!expected.isEmpty()
            && relPath != relPathOf(QJsonDocument::fromJson(expected.toUtf8()).object()))) {
        *error = QCoreApplication::translate(
            "Imprint::TrackFiles", "the file is no longer attached to the track");
        return std::nullopt;
    }
    const std::optional<QString> taken = CatalogRecord::takeOut(db, u"assets"_s, assetId, error);
    if (!taken || root.isEmpty())
        return taken; // no library folder on this computer: the file stays where it is
    const QString from = QDir(root).filePath(relPath);
    if (!QFileInfo::exists(from))
        return taken; // already gone from disk: nothing to hold
    // A file held from an earlier removal of the same path keeps its place: its undo may come.
    QString heldRel = QString(heldFolder) + u'/' + relPath;
    for (int n = 2; QFileInfo::exists(QDir(root).filePath(heldRel)); ++n)
        heldRel = u"%1/%2 (%3)"_s.arg(heldFolder, relPath).arg(n);
    const QString held = QDir(root).filePath(heldRel);
    if (!QDir().mkpath(QFileInfo(held).absolutePath()) || !QFile::rename(from, held)) {
        qCWarning(lcCatalog) << "could not hold" << from << "in" << held;
        return taken; // the record is off the track; the file stays in view
    }
    QJsonObject object = QJsonDocument::fromJson(taken->toUtf8()).object();
    object.insert(u"heldAt"_s, heldRel);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Brings the held file back to its place, then the record; the file goes back to be held when
// the record cannot be restored, so either both are back or neither.
bool putBack(QSqlDatabase db, const QString &root, const QString &snapshot, QString *error)
{
    const QJsonObject object = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    const QString heldRel = object.value(u"heldAt"_s).toString();
    const QString relPath = relPathOf(object);
    QString held, place;
    if (!heldRel.isEmpty() && !root.isEmpty() && QFileInfo::exists(QDir(root).filePath(heldRel))) {
        held = QDir(root).filePath(heldRel);
        place = QDir(root).filePath(relPath);
        if (QFileInfo::exists(place)) {
            *error = QCoreApplication::translate(
                "Imprint::TrackFiles", "another file has its place in the library folder now: %1")
                         .arg(relPath);
            return false;
        }
        if (!QDir().mkpath(QFileInfo(place).absolutePath()) || !QFile::rename(held, place)) {
            *error = QCoreApplication::translate("Imprint::TrackFiles", "%1 could not be moved back to %2")
                         .arg(held, place);
            return false;
        }
    }
    if (CatalogRecord::restore(db, snapshot, error))
        return true;
    if (!held.isEmpty())
        QFile::rename(place, held);
    return false;
}

} // namespace

TrackFiles::TrackFiles(
    const CatalogStore &store, CatalogThread *thread, EditHistory *history, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(thread)
    , m_history(history)
{
}

void TrackFiles::setTrackId(qint64 id)
{
    if (id == m_trackId)
        return;
    m_trackId = id;
    m_files.clear();
    Q_EMIT changed();
    reload();
}

void TrackFiles::reload()
{
    const CatalogStore store = m_store;
    const qint64 id = m_trackId;
    if (id <= 0)
        return;
    m_thread->post([this, store, id] {
        QString error;
        const auto files = StemQueries::trackFiles(store.connection(&error), id, &error);
        QMetaObject::invokeMethod(
            this,
            [this, id, files, error] {
                if (id != m_trackId)
                    return; // the selection moved on meanwhile
                if (!files) {
                    Q_EMIT errorOccurred(tr("Could not read the track's stems and cut-downs: %1").arg(error));
                    return;
                }
                m_files.clear();
                for (const StemQueries::TrackFile &file : *files)
                    m_files.append(toVariant(file));
                Q_EMIT changed();
            },
            Qt::QueuedConnection);
    });
}

void TrackFiles::remove(qint64 assetId)
{
    for (const QVariant &shown : std::as_const(m_files)) {
        const QVariantMap file = shown.toMap();
        if (file.value(u"assetId"_s).toLongLong() != assetId)
            continue;
        const QString name = file.value(u"fileName"_s).toString();
        write(assetId, {}, {},
            file.value(u"kind"_s).toString() == u"stem"_s ? tr("Remove Stem “%1”").arg(name)
                                                          : tr("Remove Cut-down “%1”").arg(name));
        return;
    }
}

void TrackFiles::applyField(
    qint64 recordId, const QString &field, const QString &value, const QString &expected)
{
    if (field == fileField)
        write(recordId, value, expected, {});
}

void TrackFiles::write(
    qint64 assetId, const QString &snapshot, const QString &expected, const QString &newStep)
{
    const CatalogStore store = m_store;
    m_thread->post([this, store, assetId, snapshot, expected, newStep] {
        QString error;
        QSqlDatabase db = store.connection(&error);
        std::optional<QString> taken;
        bool ok = false;
        if (db.isValid() && !snapshot.isEmpty())
            ok = putBack(db, store.libraryRoot(), snapshot, &error);
        else if (db.isValid())
            ok = (taken = takeOff(db, store.libraryRoot(), assetId, expected, &error)).has_value();
        QMetaObject::invokeMethod(
            this,
            [this, ok, error, assetId, taken, expected, newStep] {
                const QString field = historyPrefix + fileField;
                if (!ok) {
                    // The catalog no longer holds what the step was made on: its undo and redo
                    // would act on someone else's file.
                    m_history->forget(assetId, field);
                    Q_EMIT errorOccurred(tr("The change was not saved: %1").arg(error));
                } else {
                    // Undo puts back the record as it went (analyses included); a redo's undo
                    // too, with whatever changed since the step was made.
                    if (taken && !newStep.isEmpty())
                        m_history->record({ assetId, field, *taken, QString(), newStep });
                    else if (taken)
                        m_history->replaceValue(assetId, field, expected, *taken);
                    Q_EMIT filesChanged();
                }
                reload();
            },
            Qt::QueuedConnection);
    });
}

} // namespace Imprint
