// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "CutdownImport.h"

#include "DeliveryLogging.h"
#include "TrackFilePlacement.h"
#include "audio/DecoderTable.h"
#include "delivery/StemQueries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

CutdownImportResult importCutdowns(const CatalogStore &store, const CutdownImportRequest &request,
    const std::atomic_bool &cancel, const std::function<void(qint64 done, qint64 total)> &progress)
{
    CutdownImportResult result;
    if (request.files.isEmpty()) {
        result.error = QCoreApplication::translate("Delivery", "no files were chosen");
        return result;
    }
    QSqlDatabase db = store.connection(&result.error);
    if (!db.isValid())
        return result;
    const auto target = StemQueries::stemTarget(db, request.trackId, &result.error, u"cutdown"_s);
    if (!target)
        return result;
    const QString root = libraryRootToPlaceIn(store, &result.error);
    if (root.isEmpty()) {
        result.needsLibraryFolder = true;
        return result;
    }
    const std::optional<QTemporaryDir> work = workFolderIn(root, u"cutdowns", &result.error);
    if (!work)
        return result;

    result.folder = trackFolder(u"CutDowns"_s, *target);
    const QDir destination(QDir(root).filePath(result.folder));
    QSet<QString> taken = recordedNames(db, result.folder);
    QSet<QString> hashes(target->stemHashes.begin(), target->stemHashes.end());
    QList<StemQueries::StemAsset> rows;
    QStringList copies;
    const qint64 total = request.files.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress)
            progress(i, total);
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        const QFileInfo info(request.files.at(i));
        const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
        const auto refuse = [&result, &name](const QString &reason) {
            result.error
                = QCoreApplication::translate("Delivery", "%1: %2; nothing was attached").arg(name, reason);
            return result;
        };
        if (!info.isFile())
            return refuse(QCoreApplication::translate("Delivery", "no such file"));
        if (!isAudioFileName(info.fileName()))
            return refuse(QCoreApplication::translate("Delivery", "not an audio file (%1)")
                              .arg(Audio::audioExtensions().join(u", "_s)));
        const QString sha256 = sha256Hex(info.filePath());
        if (sha256.isEmpty())
            return refuse(QCoreApplication::translate("Delivery", "the file cannot be read"));
        if (hashes.contains(sha256)) {
            result.alreadyAttached.append(info.fileName());
            continue;
        }
        hashes.insert(sha256); // the same file chosen twice is attached once
        const QString copy = work->filePath(u"%1.%2"_s.arg(i).arg(info.suffix().toLower()));
        if (!QFile::copy(info.filePath(), copy))
            return refuse(QCoreApplication::translate("Delivery", "cannot copy it into the library"));
        if (sha256Hex(copy) != sha256)
            return refuse(
                QCoreApplication::translate("Delivery", "the copy in the library differs from the file"));
        const DecodedFile facts = decodeFile(copy);
        if (!facts.error.isEmpty())
            return refuse(facts.error);
        const QString relPath = result.folder + u'/' + freeFileName(destination, info.fileName(), &taken);
        const QFileInfo copied(copy);
        rows.append({ relPath, QString(), copied.size(), copied.lastModified().toMSecsSinceEpoch(), sha256,
            facts.format, facts.sampleRate, facts.bitDepth, facts.channels, facts.ms(), facts.audioKey });
        copies.append(copy);
    }
    if (progress)
        progress(total, total);
    if (rows.isEmpty())
        return result; // every file is attached already
    if (!placeAndRecord(db, root, result.folder, target->trackId, u"cutdown"_s, rows, copies, cancel,
            &result.error, &result.cancelled))
        return result;
    for (const StemQueries::StemAsset &row : std::as_const(rows))
        result.added.append(row.relPath);
    qCInfo(lcDelivery) << "attached" << rows.size() << "cut-downs to track" << target->trackId;
    return result;
}

} // namespace Imprint::Delivery
