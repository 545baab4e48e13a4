// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ImportWriter.h"

#include "catalog/PartyQueries.h"
#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "releases/PlannedTracks.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint
{

namespace
{

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(value);
}

// format, sample_rate, bit_depth, channels, duration_ms, bitrate_kbps, in this order.
void bindAudioProperties(QSqlQuery &query, const ImportedFile &file)
{
    query.addBindValue(nullIfEmpty(file.format));
    query.addBindValue(nullIfZero(file.sampleRate));
    query.addBindValue(nullIfZero(file.bitDepth));
    query.addBindValue(nullIfZero(file.channels));
    query.addBindValue(nullIfZero(file.durationMs));
    query.addBindValue(nullIfZero(file.bitrateKbps));
}

// Columns declared NOT NULL DEFAULT '' must not receive a null QString.
QString notNull(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

QVariant idOrNull(qint64 id)
{
    return nullIfZero(id);
}

// The rows of an artist (0: of none), as a condition on primary_artist_id with one bound id when
// there is one. "IS NOT DISTINCT FROM ?" means the same, but PostgreSQL cannot look it up in an
// index: each imported file read every track of the catalog (quadratic on a team catalog).
QString ofArtist(qint64 artistId)
{
    return artistId != 0 ? u"primary_artist_id = ?"_s : u"primary_artist_id IS NULL"_s;
}

void bindArtist(QSqlQuery &query, qint64 artistId)
{
    if (artistId != 0)
        query.addBindValue(artistId);
}

// Tags carry ISRCs as "GB-ABC-26-00001", "isrc gbabc2600001" and so on; the catalog keeps
// only the 12-character form and drops values that are not an ISRC at all.
QString normalizedIsrc(const QString &raw)
{
    QString code = raw.toUpper();
    code.remove(QRegularExpression(u"[\\s-]"_s));
    if (code.startsWith(u"ISRC"_s))
        code = code.mid(4);
    static const QRegularExpression format(u"^[A-Z]{2}[A-Z0-9]{3}[0-9]{7}$"_s);
    return format.match(code).hasMatch() ? code : QString();
}

QString releaseTypeFromTag(const QString &tag)
{
    const QString type = tag.trimmed().toLower();
    if (type == u"single" || type == u"ep" || type == u"album" || type == u"compilation")
        return type;
    return {};
}

QString assetKind(ImportedFile::Kind kind)
{
    switch (kind) {
    case ImportedFile::Kind::Master:
        return u"master"_s;
    case ImportedFile::Kind::Stem:
        return u"stem"_s;
    case ImportedFile::Kind::Artwork:
        return u"artwork"_s;
    }
    return u"master"_s;
}

} // namespace

ImportWriter::ImportWriter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QHash<QString, KnownFile> ImportWriter::knownFiles() const
{
    QHash<QString, KnownFile> files;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT rel_path, size, mtime_ms, coalesce(content_hash, '') FROM assets"_s)) {
        while (query.next()) {
            files.insert(query.value(0).toString(),
                { { query.value(1).toLongLong(), query.value(2).toLongLong() }, query.value(3).toString() });
        }
    }
    return files;
}

qint64 ImportWriter::partyId(const QString &name)
{
    const QString key = name.toLower();
    if (const auto it = m_parties.constFind(key); it != m_parties.constEnd())
        return *it;
    const qint64 id = PartyQueries::findOrCreate(m_db, name, &m_error);
    if (id != 0)
        m_parties.insert(key, id);
    return id;
}

qint64 ImportWriter::releaseId(const ImportedFile &file, qint64 artistId)
{
    const QString key = QString::number(artistId) + u'\n' + file.album.toLower();
    if (const auto it = m_releases.constFind(key); it != m_releases.constEnd())
        return *it;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM releases WHERE title = ? COLLATE NOCASE AND %1 ORDER BY id LIMIT 1"_s.arg(
        ofArtist(artistId)));
    query.addBindValue(file.album);
    bindArtist(query, artistId);
    qint64 id = 0;
    if (query.exec() && query.next()) {
        id = query.value(0).toLongLong();
    } else {
        query.prepare(u"INSERT INTO releases(title, release_type, primary_artist_id, label, genre) "
                      "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        query.addBindValue(file.album);
        query.addBindValue(nullIfEmpty(releaseTypeFromTag(file.releaseType)));
        query.addBindValue(idOrNull(artistId));
        query.addBindValue(nullIfEmpty(file.label));
        query.addBindValue(nullIfEmpty(file.genre));
        if (!query.exec()) {
            m_error = query.lastError().text();
            return 0;
        }
        id = returnedId(query);
    }
    m_releases.insert(key, id);
    return id;
}

// Planned tracks are few; they are read once per import and matched in memory, as case and
// spacing are folded in ways SQL's lower() cannot (non-ASCII letters, runs of spaces).
qint64 ImportWriter::plannedMatch(const ImportedFile &file, const QString &isrc)
{
    if (!m_planned) {
        QHash<QString, Planned> planned;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(
                u"SELECT t.id, t.title, t.version, coalesce(p.name, t.display_artist), "
                "coalesce(t.isrc, '') FROM tracks t LEFT JOIN parties p ON p.id = t.primary_artist_id "
                "WHERE NOT EXISTS (SELECT 1 FROM assets a WHERE a.track_id = t.id "
                "                  AND a.kind IN ('master', 'mix')) ORDER BY t.id"_s)) {
            m_error = query.lastError().text();
            return 0;
        }
        while (query.next()) {
            const QString key = PlannedTracks::matchKey(
                query.value(1).toString(), query.value(3).toString(), query.value(2).toString());
            if (!planned.contains(key))
                planned.insert(key, { query.value(0).toLongLong(), query.value(4).toString() });
        }
        m_planned = std::move(planned);
    }
    const auto found = m_planned->constFind(PlannedTracks::matchKey(file.title, file.artist, file.version));
    if (found == m_planned->cend())
        return 0;
    // Two different ISRCs are two recordings, whatever the titles say.
    if (!found->isrc.isEmpty() && !isrc.isEmpty() && found->isrc != isrc)
        return 0;
    return found->trackId;
}

qint64 ImportWriter::trackId(const ImportedFile &file, qint64 artistId, bool *planned)
{
    *planned = false;
    const QString isrc = normalizedIsrc(file.isrc);
    QSqlQuery query(m_db);
    qint64 id = 0;
    // A master the catalog knows stays with its track (which may be the user's choice, whatever
    // the tags say): a changed file updates it rather than starting another recording.
    if (file.kind == ImportedFile::Kind::Master) {
        query.prepare(u"SELECT track_id FROM assets WHERE rel_path = ? AND kind IN ('master', 'mix') "
                      "AND track_id IS NOT NULL"_s);
        query.addBindValue(file.relativePath);
        if (query.exec() && query.next())
            id = query.value(0).toLongLong();
    }
    if (id == 0 && !isrc.isEmpty()) {
        query.prepare(u"SELECT id FROM tracks WHERE isrc = ?"_s);
        query.addBindValue(isrc);
        if (query.exec() && query.next())
            id = query.value(0).toLongLong();
    }
    if (id == 0) {
        query.prepare(u"SELECT id, coalesce(isrc, '') FROM tracks WHERE %1 AND title = ? AND version = ? "
                      "ORDER BY id LIMIT 1"_s.arg(ofArtist(artistId)));
        bindArtist(query, artistId);
        query.addBindValue(file.title);
        query.addBindValue(notNull(file.version));
        if (query.exec() && query.next())
            id = query.value(0).toLongLong();
        // A planned track with another ISRC is another recording (see plannedMatch).
        const QString plannedIsrc = id != 0 ? query.value(1).toString() : QString();
        if (!plannedIsrc.isEmpty() && !isrc.isEmpty() && plannedIsrc != isrc
            && !PlannedTracks::hasAudio(m_db, id))
            id = 0;
    }
    if (id == 0 && file.kind == ImportedFile::Kind::Master) {
        id = plannedMatch(file, isrc);
        if (!m_error.isEmpty())
            return 0;
    }
    if (id == 0) {
        query.prepare(
            u"INSERT INTO tracks(title, version, primary_artist_id, display_artist, isrc, duration_ms, "
            "genre) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        query.addBindValue(file.title);
        query.addBindValue(notNull(file.version));
        query.addBindValue(idOrNull(artistId));
        query.addBindValue(notNull(file.artist));
        query.addBindValue(nullIfEmpty(isrc));
        query.addBindValue(nullIfZero(file.durationMs));
        query.addBindValue(nullIfEmpty(file.genre));
        if (!query.exec()) {
            m_error = query.lastError().text();
            return 0;
        }
        return returnedId(query);
    }
    if (file.kind == ImportedFile::Kind::Master) {
        // A planned track gets its first audio: what the user planned stays, the file fills gaps.
        *planned = !PlannedTracks::hasAudio(m_db, id);
        // A changed master brings its tags along; fields the file does not carry stay as they are.
        query.prepare(u"UPDATE tracks SET display_artist = CASE WHEN ? AND display_artist <> '' "
                      "THEN display_artist ELSE ? END, duration_ms = ?, genre = coalesce(?, genre), "
                      "isrc = coalesce(isrc, ?), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                      "WHERE id = ?"_s);
        query.addBindValue(*planned);
        query.addBindValue(notNull(file.artist));
        query.addBindValue(nullIfZero(file.durationMs));
        query.addBindValue(nullIfEmpty(file.genre));
        query.addBindValue(nullIfEmpty(isrc));
        query.addBindValue(id);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return 0;
        }
    }
    return id;
}

bool ImportWriter::isKnownPath(const QString &relativePath)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM assets WHERE rel_path = ?"_s);
    query.addBindValue(relativePath);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return true;
    }
    return query.next();
}

bool ImportWriter::writeTime(const ImportedFile &file)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE assets SET mtime_ms = ? WHERE rel_path = ? AND size = ?"_s);
    query.addBindValue(file.mtimeMs);
    query.addBindValue(file.relativePath);
    query.addBindValue(file.size);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool ImportWriter::writeMove(const ImportedFile &file, const MissingFiles::File &missing, Counts *counts)
{
    QSqlQuery query(m_db);
    // The bytes are the same when size and time are: the analysis of them still holds.
    query.prepare(
        u"UPDATE assets SET content_hash = CASE WHEN size = ? AND mtime_ms = ? THEN content_hash END, "
        "rel_path = ?, size = ?, mtime_ms = ?, format = ?, sample_rate = ?, bit_depth = ?, channels = ?, "
        "duration_ms = ?, bitrate_kbps = ?, audio_hash = coalesce(?, audio_hash), "
        "audio_key = coalesce(?, audio_key) WHERE id = ?"_s);
    query.addBindValue(file.size);
    query.addBindValue(file.mtimeMs);
    query.addBindValue(file.relativePath);
    query.addBindValue(file.size);
    query.addBindValue(file.mtimeMs);
    bindAudioProperties(query, file);
    query.addBindValue(nullIfEmpty(file.audioHash));
    query.addBindValue(nullIfEmpty(file.audioKey));
    query.addBindValue(missing.assetId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    counts->moved.append({ missing.path, file.relativePath });
    return true;
}

bool ImportWriter::writeFile(const ImportedFile &file, Counts *counts)
{
    if (file.sameBytes)
        return writeTime(file);
    if (!m_missing.isEmpty() && !isKnownPath(file.relativePath)) {
        if (const auto missing = m_missing.take(file))
            return writeMove(file, *missing, counts);
    }
    if (!m_error.isEmpty())
        return false;
    qint64 trackId = 0;
    if (file.kind != ImportedFile::Kind::Artwork) {
        const qint64 artistId = file.artist.isEmpty() ? 0 : partyId(file.artist);
        if (!m_error.isEmpty())
            return false;
        bool planned = false;
        trackId = this->trackId(file, artistId, &planned);
        if (trackId == 0)
            return false;
        // A planned track keeps the place the user gave it: the album tag does not move it.
        bool placed = false;
        if (planned) {
            QSqlQuery query(m_db);
            query.prepare(u"SELECT 1 FROM release_tracks WHERE track_id = ? LIMIT 1"_s);
            query.addBindValue(trackId);
            placed = query.exec() && query.next();
        }
        if (file.kind == ImportedFile::Kind::Master && !file.album.isEmpty() && !placed) {
            const QString albumArtist = file.albumArtist.isEmpty() ? file.artist : file.albumArtist;
            const qint64 releaseArtistId = albumArtist.isEmpty() ? 0 : partyId(albumArtist);
            const qint64 releaseId = this->releaseId(file, releaseArtistId);
            if (releaseId == 0)
                return false;
            QSqlQuery query(m_db);
            query.prepare(u"INSERT INTO release_tracks(release_id, track_id, disc_number, track_number) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT(release_id, track_id) DO UPDATE SET "
                          "disc_number = excluded.disc_number, track_number = excluded.track_number"_s);
            query.addBindValue(releaseId);
            query.addBindValue(trackId);
            query.addBindValue(qMax(1, file.discNumber));
            query.addBindValue(
                file.trackNumber > 0 ? QVariant(file.trackNumber) : QVariant(QMetaType::fromType<int>()));
            if (!query.exec()) {
                m_error = query.lastError().text();
                return false;
            }
        }
    }
    return writeAsset(file, trackId, counts);
}

bool ImportWriter::writeAsset(const ImportedFile &file, qint64 trackId, Counts *counts)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM assets WHERE rel_path = ?"_s);
    query.addBindValue(file.relativePath);
    const bool existed = query.exec() && query.next();
    query.prepare(
        u"INSERT INTO assets(rel_path, kind, stem_type, track_id, size, mtime_ms, format, sample_rate, "
        "bit_depth, channels, duration_ms, bitrate_kbps, width, height, audio_hash, audio_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(rel_path) DO UPDATE SET "
        "kind = excluded.kind, stem_type = excluded.stem_type, track_id = excluded.track_id, "
        "size = excluded.size, mtime_ms = excluded.mtime_ms, content_hash = NULL, "
        "format = excluded.format, sample_rate = excluded.sample_rate, bit_depth = excluded.bit_depth, "
        "channels = excluded.channels, duration_ms = excluded.duration_ms, "
        "bitrate_kbps = excluded.bitrate_kbps, width = excluded.width, height = excluded.height, "
        // The file changed: the analysis makes its fingerprint again.
        "audio_hash = excluded.audio_hash, audio_key = excluded.audio_key, fingerprint = NULL"_s);
    query.addBindValue(file.relativePath);
    query.addBindValue(assetKind(file.kind));
    query.addBindValue(nullIfEmpty(file.stemType));
    query.addBindValue(idOrNull(trackId));
    query.addBindValue(file.size);
    query.addBindValue(file.mtimeMs);
    bindAudioProperties(query, file);
    query.addBindValue(nullIfZero(file.width));
    query.addBindValue(nullIfZero(file.height));
    query.addBindValue(nullIfEmpty(file.audioHash));
    query.addBindValue(nullIfEmpty(file.audioKey));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    ++(existed ? counts->updated : counts->added);
    return true;
}

bool ImportWriter::writeBatch(const QList<ImportedFile> &files, Counts *counts, QString *error)
{
    SqlTransaction transaction(m_db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.error();
        return false;
    }
    // Ids cached from a batch that was rolled back would point at nothing.
    const auto parties = m_parties;
    const auto releases = m_releases;
    Counts batchCounts;
    for (const ImportedFile &file : files) {
        if (!writeFile(file, &batchCounts) || !m_error.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ImportWriter", "%1: cannot store in the catalog: %2")
                             .arg(file.relativePath, m_error);
            m_error.clear();
            m_parties = parties;
            m_releases = releases;
            return false;
        }
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.error();
        m_parties = parties;
        m_releases = releases;
        return false;
    }
    counts->added += batchCounts.added;
    counts->updated += batchCounts.updated;
    counts->moved += batchCounts.moved;
    return true;
}

bool ImportWriter::bindToTrack(const ImportedFile &file, qint64 trackId, QString *error)
{
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    const auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (!transaction.isActive())
        return refuse(transaction.error());
    query.prepare(u"SELECT title FROM tracks WHERE id = ?"_s);
    query.addBindValue(trackId);
    if (!query.exec())
        return refuse(query.lastError().text());
    if (!query.next())
        return refuse(QCoreApplication::translate("ImportWriter", "The track is no longer in the catalog."));
    const QString title = query.value(0).toString();
    query.prepare(
        u"SELECT t.id, t.title, a.rel_path FROM assets a JOIN tracks t ON t.id = a.track_id "
        "WHERE a.kind IN ('master', 'mix') AND (a.rel_path = ? OR t.id = ?) ORDER BY a.rel_path = ? DESC "
        "LIMIT 1"_s);
    query.addBindValue(file.relativePath);
    query.addBindValue(trackId);
    query.addBindValue(file.relativePath);
    if (!query.exec())
        return refuse(query.lastError().text());
    if (query.next()) {
        if (query.value(2).toString() == file.relativePath && query.value(0).toLongLong() != trackId)
            return refuse(QCoreApplication::translate("ImportWriter", "%1 is already the audio of “%2”.")
                    .arg(file.relativePath, query.value(1).toString()));
        if (query.value(2).toString() == file.relativePath)
            return transaction.commit() || refuse(transaction.error()); // bound already
        return refuse(QCoreApplication::translate("ImportWriter", "“%1” has its audio already (%2).")
                .arg(title, query.value(2).toString()));
    }
    query.prepare(u"UPDATE tracks SET duration_ms = coalesce(?, duration_ms), genre = coalesce(genre, ?), "
                  "isrc = coalesce(isrc, (SELECT ? WHERE NOT EXISTS (SELECT 1 FROM tracks WHERE isrc = ?))), "
                  "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?"_s);
    const QString isrc = normalizedIsrc(file.isrc);
    query.addBindValue(nullIfZero(file.durationMs));
    query.addBindValue(nullIfEmpty(file.genre));
    query.addBindValue(nullIfEmpty(isrc));
    query.addBindValue(nullIfEmpty(isrc));
    query.addBindValue(trackId);
    if (!query.exec())
        return refuse(query.lastError().text());
    ImportedFile master = file;
    master.kind = ImportedFile::Kind::Master;
    Counts counts;
    if (!writeAsset(master, trackId, &counts)) {
        const QString reason = m_error;
        m_error.clear();
        return refuse(reason);
    }
    return transaction.commit() || refuse(transaction.error());
}

bool ImportWriter::finish(QString *error)
{
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    const auto fail = [&] {
        if (error)
            *error = transaction.isActive() ? query.lastError().text() : transaction.error();
        return false;
    };
    if (!transaction.isActive())
        return fail();

    // Artwork belongs to the release whose masters sit in the same folder.
    QList<std::pair<qint64, QString>> artwork;
    if (!query.exec(u"SELECT id, rel_path FROM assets WHERE kind = 'artwork' AND release_id IS NULL"_s))
        return fail();
    while (query.next())
        artwork.append({ query.value(0).toLongLong(), query.value(1).toString() });
    for (const auto &[assetId, path] : artwork) {
        const qsizetype slash = path.lastIndexOf(u'/');
        const QString folder = slash < 0 ? QString() : path.left(slash + 1);
        query.prepare(
            u"SELECT rt.release_id FROM assets a JOIN release_tracks rt ON rt.track_id = a.track_id "
            "WHERE a.kind = 'master' AND substr(a.rel_path, 1, ?) = ? "
            "AND instr(substr(a.rel_path, ? + 1), '/') = 0 ORDER BY a.id LIMIT 1"_s);
        query.addBindValue(folder.size());
        query.addBindValue(folder);
        query.addBindValue(folder.size());
        if (!query.exec())
            return fail();
        if (!query.next())
            continue;
        const qint64 releaseId = query.value(0).toLongLong();
        query.prepare(u"UPDATE assets SET release_id = ? WHERE id = ?"_s);
        query.addBindValue(releaseId);
        query.addBindValue(assetId);
        if (!query.exec())
            return fail();
        query.prepare(
            u"UPDATE releases SET artwork_asset_id = ? WHERE id = ? AND artwork_asset_id IS NULL"_s);
        query.addBindValue(assetId);
        query.addBindValue(releaseId);
        if (!query.exec())
            return fail();
    }

    // Streaming services' convention: up to 3 tracks is a single, up to 6 an EP.
    if (!query.exec(
            u"UPDATE releases SET release_type = CASE "
            "WHEN (SELECT count(*) FROM release_tracks WHERE release_id = releases.id) <= 3 THEN 'single' "
            "WHEN (SELECT count(*) FROM release_tracks WHERE release_id = releases.id) <= 6 THEN 'ep' "
            "ELSE 'album' END WHERE release_type IS NULL"_s))
        return fail();
    if (!transaction.commit())
        return fail();
    return true;
}

} // namespace Imprint
