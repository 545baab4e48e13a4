// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ReleaseExport.h"

#include "DeliveryLogging.h"
#include "archive/PackageWriter.h"
#include "delivery/DeliveryMetadata.h"
#include "delivery/DeliveryQueries.h"
#include "hash/Sha256.h"
#include "tags/TagWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Imprint::Delivery
{

namespace
{

// The catalog's values over whatever the file holds (cover art, lyrics and other tags the catalog
// does not keep stay as they are).
TagSet catalogTags(TagSet tags, const DeliveryRelease &release, const DeliveryTrack &track)
{
    const ReleaseRow &r = release.release;
    int trackTotal = 0, discTotal = 0;
    for (const DeliveryTrack &other : release.tracks) {
        discTotal = qMax(discTotal, other.disc);
        if (other.disc == track.disc)
            ++trackTotal;
    }
    tags.title = track.title;
    tags.version = track.version;
    tags.artists = track.artist.isEmpty() ? QStringList() : QStringList { track.artist };
    tags.album = r.title;
    tags.albumArtist = r.artist;
    tags.trackNumber = track.number;
    tags.trackTotal = trackTotal;
    tags.discNumber = track.disc;
    tags.discTotal = discTotal;
    tags.isrc = track.isrc;
    tags.barcode = r.upc;
    tags.label = r.label;
    tags.catalogNumber = r.catalogNumber;
    tags.genre = track.genre.isEmpty() ? r.genre : track.genre;
    tags.date = r.releaseDate.isValid() ? r.releaseDate.toString(Qt::ISODate) : tags.date;
    if (!r.pLine.isEmpty())
        tags.producedNotice = r.pLine;
    if (!r.cLine.isEmpty())
        tags.copyright = r.cLine;
    return tags;
}

QString sha256Of(const QString &path)
{
    return QString::fromLatin1(Sha256::hashFile(path).toHex());
}

struct Loaded {
    QString error;
    DeliveryRelease release;
    DeliveryProfile profile;
};

Loaded load(const CatalogStore &store, const ExportRequest &request)
{
    Loaded loaded;
    const auto profile = Delivery::profile(request.profile);
    if (!profile) {
        QStringList keys;
        for (const DeliveryProfile &candidate : profiles())
            keys.append(candidate.key);
        loaded.error = QCoreApplication::translate("Delivery", "no delivery profile “%1”; choose one of: %2")
                           .arg(request.profile, keys.join(u", "_s));
        return loaded;
    }
    loaded.profile = *profile;
    QSqlDatabase db = store.connection(&loaded.error);
    if (!db.isValid())
        return loaded;
    const auto release = DeliveryQueries::loadRelease(
        db, request.releaseId, store.libraryRoot(), QDate::currentDate(), &loaded.error);
    if (release)
        loaded.release = *release;
    return loaded;
}

} // namespace

ExportResult preflightRelease(const CatalogStore &store, const ExportRequest &request)
{
    ExportResult result;
    const Loaded loaded = load(store, request);
    result.error = loaded.error;
    if (result.error.isEmpty())
        result.issues = preflight(loaded.release, loaded.profile);
    return result;
}

ExportResult exportRelease(const CatalogStore &store, const ExportRequest &request,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress)
{
    ExportResult result;
    const Loaded loaded = load(store, request);
    if (result.error = loaded.error; !result.error.isEmpty())
        return result;
    result.issues = preflight(loaded.release, loaded.profile);
    QStringList impossible, blockers;
    for (const PreflightIssue &issue : std::as_const(result.issues)) {
        if (issue.level == IssueLevel::Impossible)
            impossible.append(describe(issue));
        else if (issue.level == IssueLevel::Blocker)
            blockers.append(describe(issue));
    }
    if (!impossible.isEmpty()) {
        result.refusedByPreflight = true;
        result.error = QCoreApplication::translate("Delivery", "%1; nothing to deliver")
                           .arg(impossible.join(QCoreApplication::translate("Delivery", "; ")));
        return result;
    }
    if (!blockers.isEmpty() && !request.exportAnyway) {
        result.refusedByPreflight = true;
        result.error = QCoreApplication::translate("Delivery", "the %1 profile refuses the release:\n%2")
                           .arg(loaded.profile.name, blockers.join(u'\n'));
        return result;
    }
    const QList<PreflightIssue> recorded = recordable(result.issues);

    const QString root = store.libraryRoot();
    const QFileInfo output(request.outputPath);
    // Tagged copies next to the package: same disk, and never inside the library.
    QTemporaryDir work(output.absolutePath() + u"/.imprint-export-XXXXXX"_s);
    if (!work.isValid()) {
        result.error = QCoreApplication::translate("Delivery", "%1: cannot create a temporary folder")
                           .arg(output.absolutePath());
        return result;
    }
    const QList<PlannedFile> files = plan(loaded.release, loaded.profile);
    Archive::PackageRequest package;
    package.outputPath = output.absoluteFilePath();
    package.format = request.format;
    int copies = 0;
    for (const PlannedFile &file : files) {
        const QString source = store.absoluteAssetPath(root, file.relPath);
        if (!QFileInfo(source).isFile()) {
            result.error
                = QCoreApplication::translate("Delivery", "%1: missing from the library").arg(file.relPath);
            return result;
        }
        if (!file.tag) {
            package.items.append({ source, file.archivePath });
            continue;
        }
        const QString copy = work.filePath(u"%1.%2"_s.arg(++copies).arg(QFileInfo(source).suffix()));
        if (!QFile::copy(source, copy)) {
            result.error
                = QCoreApplication::translate("Delivery", "%1: cannot copy for tagging").arg(file.relPath);
            return result;
        }
        QFile(copy).setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        QString error;
        const auto existing = Tags::readFileTags(copy, &error);
        const DeliveryTrack *track = nullptr;
        for (const DeliveryTrack &candidate : loaded.release.tracks) {
            if (candidate.id == file.trackId)
                track = &candidate;
        }
        if (!existing || !track) {
            result.error = QCoreApplication::translate("Delivery", "%1: cannot read its tags: %2")
                               .arg(file.relPath, error);
            return result;
        }
        const Tags::TagWriteResult written
            = Tags::writeFileTags(copy, catalogTags(*existing, loaded.release, *track));
        if (!written.ok()) {
            result.error = QCoreApplication::translate("Delivery", "%1: cannot tag the copy: %2")
                               .arg(file.relPath, written.reason);
            return result;
        }
        package.items.append({ copy, file.archivePath });
        if (cancel.load()) {
            result.cancelled = true;
            return result;
        }
    }
    package.payloads.append(
        { u"metadata.json"_s, metadataJson(loaded.release, loaded.profile, recorded, files) });
    package.payloads.append({ u"metadata.csv"_s, metadataCsv(loaded.release, loaded.profile) });

    const Archive::PackageResult written = Archive::writePackage(package, cancel, progress);
    result.error = written.error;
    result.cancelled = written.cancelled;
    if (!result.ok())
        return result;
    result.files = int(files.size());
    result.size = written.size;
    result.verifiedEntries = int(written.entries.size());
    result.sha256 = sha256Of(package.outputPath);
    DeliveryQueries::DeliveryRecord record;
    record.releaseId = request.releaseId;
    record.profile = loaded.profile.key;
    record.file = package.outputPath;
    record.size = result.size;
    record.sha256 = result.sha256;
    record.issues = recorded;
    record.milestoneKey = loaded.profile.milestoneKey;
    QString error;
    if (!DeliveryQueries::recordDelivery(store.connection(), record, &error, &result.milestoneTicked))
        qCWarning(lcDelivery) << "delivery written but not recorded:" << error;
    qCInfo(lcDelivery) << "exported release" << request.releaseId << loaded.profile.key << package.outputPath;
    return result;
}

} // namespace Imprint::Delivery
