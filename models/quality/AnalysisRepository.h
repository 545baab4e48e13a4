// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisFacts.h"
#include "quality/QualityProfile.h"
#include "quality/StemCheck.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace Imprint
{

/// One stored analysis: the facts the profiles judge, plus what the views draw.
struct AnalysisRecord {
    qint64 assetId = 0;
    QString contentHash; ///< SHA-256 of the file, lower-case hex
    AnalysisFacts facts;
    double maxShortTermLufs = AnalysisFacts::Silent;
    double dcOffset = 0;
    std::optional<double> correlation;
    double curveIntervalSeconds = 0;
    std::vector<float> curve; ///< short-term loudness, LUFS (-inf when gated out)
    std::vector<float> peakMin; ///< waveform, -1…1
    std::vector<float> peakMax;
    std::vector<float> truePeaks; ///< per waveform bucket, linear (empty: analysed before they were kept)
    std::vector<float> clipStarts; ///< seconds where clipping runs start (the first 1 000)
    // Stored with the file (assets), not the analysis: what finds it again after a move, and its
    // likely duplicates. Empty when it could not be decoded.
    QString audioHash; ///< XXH3-128 (hex) of the decoded samples (Audio::AudioIdentity)
    QString fingerprint; ///< Fingerprint::encode() of its acoustic fingerprint; empty for short audio
};

/// An audio asset of the catalog and what is known about its file.
struct AnalysisCandidate {
    qint64 assetId = 0;
    QString relativePath;
    QString kind; ///< master, mix, stem, instrumental, cutdown
    qint64 size = 0; ///< as last imported
    qint64 mtimeMs = 0;
    QString contentHash; ///< empty when never hashed (or the file changed since)
    bool analysed = false; ///< an analysis exists for contentHash, and the audio's identity
    qint64 trackId = 0; ///< 0: the file belongs to no track
};

/// A track's main audio (master, else mix) with its latest analysis, for the quality view.
struct TrackQualityRow {
    qint64 trackId = 0;
    QString title;
    QString version;
    QString artist;
    qint64 assetId = 0; ///< 0: the track has no master
    QString relativePath;
    std::optional<AnalysisFacts> facts; ///< empty until analysed
    StemSetFacts stems; ///< stems, cut-downs, vocals and the stored null test
};

/// What the null test of one track's stems reads: the mix (else the master) and every stem.
struct NullTestJob {
    qint64 trackId = 0;
    qint64 mixAssetId = 0;
    QString mixPath; ///< relative to the library root
    QList<qint64> stemAssetIds;
    QStringList stemPaths; ///< relative to the library root
    QStringList stemNames;
    /// SHA-256 over the files' content hashes; empty while a file has never been hashed.
    QString signature;
    bool current = false; ///< a result is stored for this signature
};

/// A null test's outcome, to store.
struct NullTestRecord {
    qint64 trackId = 0;
    QString signature;
    NullTestFacts facts;
    qint64 frames = 0;
};

/// A file whose tags were rewritten, its audio proven unchanged (it still hashes to audioHash).
struct RewrittenFile {
    QString relativePath; ///< relative to the library root
    QString audioHash; ///< the catalog's audio hash the written file was proven to match
    QString contentHash; ///< SHA-256 of the new bytes, lower-case hex
    qint64 size = 0;
    qint64 mtimeMs = 0;
};

/// SQL for analyses and delivery profiles. Every function runs on the calling thread's
/// connection; callers keep them off the GUI thread.
namespace AnalysisRepository
{

/// Every audio asset (not artwork or documents), masters first.
std::optional<QList<AnalysisCandidate>> candidates(QSqlDatabase db, QString *error);

/// Stores analyses in one write transaction, replacing older analyses of the same assets and
/// recording each asset's content hash.
bool save(QSqlDatabase db, const QList<AnalysisRecord> &records, QString *error);

/// Records that an asset's file has this hash (its analysis is already stored), and the size and
/// time it had when hashed: a file touched but not changed is neither hashed nor imported again.
bool setContentHash(
    QSqlDatabase db, qint64 assetId, const QString &hash, qint64 size, qint64 mtimeMs, QString *error);

/// After a tag write: each file's analysis, and the null test of its track, hold for its new
/// bytes, and the asset takes their hash, size and time, so neither Analyze nor Import reads the
/// file again. A file whose asset has another audio hash by now (imported or analysed again
/// meanwhile) is left as it is. One write transaction.
bool keepAnalyses(QSqlDatabase db, const QList<RewrittenFile> &files, QString *error);

/// The analysis of an asset for its current content hash, curves included.
std::optional<AnalysisRecord> load(QSqlDatabase db, qint64 assetId, QString *error);

/// Every track with its main audio's analysis; versions, stems and cut-downs are counted.
/// Only the given tracks when tracks is not empty (read through the indexes). Without
/// withTitleAndPath, each row's title and path are left empty: a session's track table has them,
/// and at a million tracks they were a quarter of a gigabyte over again (issue 18).
std::optional<QList<TrackQualityRow>> trackRows(
    QSqlDatabase db, QString *error, const QList<qint64> &tracks = {}, bool withTitleAndPath = true);

/// Every track with stems, with what its null test reads and whether a current result exists.
/// Only the given tracks when tracks is not empty.
std::optional<QList<NullTestJob>> nullTestJobs(
    QSqlDatabase db, QString *error, const QList<qint64> &tracks = {});
/// Stores null-test results in one write transaction, replacing older ones of the same tracks.
bool saveNullTests(QSqlDatabase db, const QList<NullTestRecord> &records, QString *error);

/// The delivery profiles: the defaults, each replaced by its stored edit.
std::optional<QList<QualityProfile>> profiles(QSqlDatabase db, QString *error);
bool saveProfile(QSqlDatabase db, const QualityProfile &profile, QString *error);
/// Forgets a stored edit: the profile is the default again.
bool removeProfile(QSqlDatabase db, const QString &key, QString *error);

} // namespace AnalysisRepository

} // namespace Imprint
