// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "StemImport.h"

#include "DeliveryLogging.h"
#include "TrackFilePlacement.h"
#include "archive/SafeExtractor.h"
#include "delivery/StemQueries.h"
#include "delivery/StemType.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

// Hidden files and the resource forks macOS adds to ZIPs carry no stems.
bool isJunk(const QString &entry)
{
    const QStringList parts = entry.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(u'.') || part == u"__MACOSX")
            return true;
    }
    return false;
}

QString clock(qint64 ms)
{
    return u"%1:%2.%3"_s.arg(ms / 60000)
        .arg(ms / 1000 % 60, 2, 10, QChar(u'0'))
        .arg(ms % 1000, 3, 10, QChar(u'0'));
}

} // namespace

int StemImportResult::added() const
{
    int count = 0;
    for (const ImportedStem &stem : stems)
        count += stem.alreadyAttached ? 0 : 1;
    return count;
}

Archive::ExtractLimits stemPackLimits()
{
    Archive::ExtractLimits limits;
    // Twenty 10-minute 96 kHz/32-bit stereo stems are about 9 GB; nobody sends more.
    limits.maxTotalBytes = qint64(16) << 30;
    limits.maxEntries = 2000;
    return limits;
}

StemImportResult importStems(const CatalogStore &store, const StemImportRequest &request,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress)
{
    StemImportResult result;
    QSqlDatabase db = store.connection(&result.error);
    if (!db.isValid())
        return result;
    const auto target = StemQueries::stemTarget(db, request.trackId, &result.error);
    if (!target)
        return result;
    const QString root = libraryRootToPlaceIn(store, &result.error);
    if (root.isEmpty()) {
        result.needsLibraryFolder = true;
        return result;
    }
    if (!QFileInfo(request.archivePath).isFile()) {
        result.error = QCoreApplication::translate("Delivery", "%1: no such file").arg(request.archivePath);
        return result;
    }

    const std::optional<QTemporaryDir> work = workFolderIn(root, u"stems", &result.error);
    if (!work)
        return result;
    const QString unpacked = work->filePath(u"pack"_s);
    const Archive::ExtractResult extracted
        = Archive::extractSafely(request.archivePath, unpacked, stemPackLimits(), cancel, progress);
    if (extracted.cancelled || cancel.load()) {
        result.cancelled = true;
        return result;
    }
    if (!extracted.ok()) {
        result.error = QCoreApplication::translate("Delivery", "%1 refused: %2; nothing was imported")
                           .arg(QFileInfo(request.archivePath).fileName(), extracted.error);
        return result;
    }
    result.skipped = extracted.skipped;

    // The master everything is checked against.
    DecodedFile master;
    result.masterRelPath = target->masterRelPath;
    if (target->masterRelPath.isEmpty()) {
        result.mismatches.append({ QString(),
            QCoreApplication::translate("Delivery", "the track has no master to check the stems against") });
    } else {
        master = decodeFile(store.absoluteAssetPath(root, target->masterRelPath));
        if (!master.error.isEmpty())
            result.mismatches.append({ target->masterRelPath,
                QCoreApplication::translate("Delivery", "the master cannot be read: %1").arg(master.error) });
        result.masterSampleRate = master.sampleRate;
        result.masterDurationMs = master.ms();
    }

    result.folder = trackFolder(u"Stems"_s, *target);
    const QDir destination(QDir(root).filePath(result.folder));
    QSet<QString> taken = recordedNames(db, result.folder);
    QSet<QString> hashes(target->stemHashes.begin(), target->stemHashes.end());
    QList<StemQueries::StemAsset> rows;
    QStringList sources;
    for (const QString &entry : extracted.files) {
        if (isJunk(entry)) {
            result.skipped.append(QCoreApplication::translate("Delivery", "%1: a hidden file").arg(entry));
            continue;
        }
        if (!isAudioFileName(entry)) {
            result.skipped.append(
                QCoreApplication::translate("Delivery", "%1: not an audio file").arg(entry));
            continue;
        }
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
        const QString path = QDir(unpacked).filePath(entry);
        const DecodedFile facts = decodeFile(path);
        if (!facts.error.isEmpty()) {
            result.error = QCoreApplication::translate("Delivery", "%1: %2; nothing was imported")
                               .arg(entry, facts.error);
            return result;
        }
        ImportedStem stem;
        stem.entry = entry;
        stem.stemType = StemType::stemTypeForName(entry);
        stem.sha256 = sha256Hex(path);
        stem.sampleRate = facts.sampleRate;
        stem.frames = facts.frames;
        stem.durationMs = facts.ms();
        stem.alreadyAttached = hashes.contains(stem.sha256);
        if (!stem.alreadyAttached) {
            hashes.insert(stem.sha256); // the same file twice in one pack is attached once
            stem.relPath = result.folder + u'/' + freeFileName(destination, entry, &taken);
        }
        // Stems attached before were judged then; only what would be added is checked now.
        if (!stem.alreadyAttached && master.error.isEmpty() && master.sampleRate > 0) {
            if (facts.sampleRate != master.sampleRate)
                result.mismatches.append({ entry,
                    QCoreApplication::translate("Delivery", "sample rate %1 Hz, the master has %2 Hz")
                        .arg(facts.sampleRate)
                        .arg(master.sampleRate) });
            // DESIGN.md §5: every stem has the master's length within 1 ms.
            const double difference = facts.seconds() - master.seconds();
            if (std::abs(difference) > 0.001)
                result.mismatches.append({ entry,
                    QCoreApplication::translate("Delivery", "length %1, the master is %2 (%3 ms)")
                        .arg(clock(facts.ms()), clock(master.ms()))
                        .arg(difference > 0 ? u"+%1"_s.arg(std::llround(difference * 1000))
                                            : QString::number(std::llround(difference * 1000))) });
        }
        if (!stem.alreadyAttached) {
            const QFileInfo info(path);
            rows.append({ stem.relPath, stem.stemType, info.size(), info.lastModified().toMSecsSinceEpoch(),
                stem.sha256, facts.format, facts.sampleRate, facts.bitDepth, facts.channels, stem.durationMs,
                facts.audioKey });
            sources.append(path);
        }
        result.stems.append(stem);
    }
    if (result.stems.isEmpty()) {
        result.error
            = QCoreApplication::translate("Delivery", "%1 holds no audio files; nothing was imported")
                  .arg(QFileInfo(request.archivePath).fileName());
        return result;
    }
    if (!result.mismatches.isEmpty() && !request.acceptMismatches) {
        result.refusedByChecks = true;
        QStringList lines;
        for (const StemMismatch &mismatch : std::as_const(result.mismatches))
            lines.append(
                mismatch.entry.isEmpty() ? mismatch.message : mismatch.entry + u": "_s + mismatch.message);
        result.error = QCoreApplication::translate(
            "Delivery", "the stems do not match the master; nothing was imported:\n%1")
                           .arg(lines.join(u'\n'));
        return result;
    }
    if (rows.isEmpty())
        return result; // every stem is attached already

    if (!placeAndRecord(db, root, result.folder, target->trackId, u"stem"_s, rows, sources, cancel,
            &result.error, &result.cancelled))
        return result;
    qCInfo(lcDelivery) << "attached" << rows.size() << "stems to track" << target->trackId << "from"
                       << request.archivePath;
    return result;
}

} // namespace Imprint::Delivery
