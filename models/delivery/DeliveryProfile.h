// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisFacts.h"
#include "quality/QualityProfile.h"
#include "quality/StemCheck.h"
#include "releases/ReleaseRow.h"
#include "rights/TrackFacts.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Release deliveries (DESIGN.md §8): what a profile puts in a package, where, and what it needs.
//
// Folder layout of a package (every profile; folders only when the profile asks for them):
//   Masters/<disc>-<nn> <Artist> - <Title> [(<Version>)].<ext>   tagged copies of the masters
//   Instrumentals/<disc>-<nn> <Title> (Instrumental).<ext>        sync
//   Stems/<disc>-<nn> <Title>/<stem type>[ - <file name>].<ext>     sync
//   CutDowns/<disc>-<nn> <Title> (<file name>)                      sync
//   Documents/<file name>                                           sync: licences, split sheets
//   Artwork/cover.<ext>
//   metadata.json, metadata.csv   release and tracks (sync: cue-sheet columns); forced blockers and
//                                 warnings of the preflight (DeliveryMetadata.h)
//   MANIFEST.sha256               SHA-256 of every other entry
namespace Imprint::Delivery
{

/// A delivery profile. Profiles are data: adding one is adding an entry to profiles().
struct DeliveryProfile {
    QString key; // "distributor", "sync"
    QString name; // for people
    bool artwork = true;
    bool instrumentals = false;
    bool stems = false;
    bool cutDowns = false;
    bool documents = false;
    bool cueSheet = false; // metadata.csv with BPM, key, mood, vocals (a sync library's cue sheet)
    bool requireUpc = true;
    bool requireIsrc = true;
    int minArtworkPixels = 3000; // each side; 0: no minimum
    int sampleRate = 0; // masters must have it; 0: any
    int bitDepth = 0;
    // The app's own verdicts the preflight includes (Preflight.h): the readiness of this use
    // ("streaming", "sync": Readiness::useKey; empty: none) and the audio checks of these quality
    // profiles: the ones whose verdicts that readiness level reads, the last being the profile's
    // own (its warnings count too; the others' failures only).
    QString readinessUse;
    QStringList audioProfiles;
    // The release's schedule milestone a finished delivery ticks (ScheduleTemplate keys); empty: none.
    QString milestoneKey;
};

const QList<DeliveryProfile> &profiles();
std::optional<DeliveryProfile> profile(const QString &key);

/// A file of the catalog that may go into a package.
struct DeliveryAsset {
    qint64 trackId = 0; // 0: belongs to the release
    QString kind; // master, mix, instrumental, stem, cutdown, artwork, document
    QString stemType;
    QString relPath; // relative to the library root
    int width = 0, height = 0, sampleRate = 0, bitDepth = 0;
};

/// A credit as a distributor reads it.
struct DeliveryCredit {
    QString party;
    QString role; // DDEX-style: MainArtist, Producer, Vocalist, Musician…
    QString instrument;
    bool aiUsed = false;
};

struct DeliveryTrack {
    qint64 id = 0;
    int disc = 1, number = 0;
    QString title, version, artist, isrc, genre, key, mood;
    double bpm = 0;
    int hasVocals = -1; // -1 unknown
    qint64 durationMs = 0;
    QString iswc; // of the work it records

    // Filled by DeliveryQueries::loadRelease; left empty by callers that judge only the files.
    std::optional<TrackFacts> facts; // readiness facts, judged against this release
    std::optional<AnalysisFacts> analysis; // the master's stored analysis; empty: not analysed
    StemSetFacts stems; // stems, cut-downs and null test as stored, for the audio checks
    QList<DeliveryCredit> credits;
};

/// Everything a package of one release is built from.
struct DeliveryRelease {
    ReleaseRow release;
    QList<DeliveryTrack> tracks;
    QList<DeliveryAsset> assets;
    /// The loader read the tracks' readiness facts and stored analyses: the preflight judges
    /// them (a track without an analysis is then "not analysed"). False: the files only.
    bool verdictsLoaded = false;
    QList<QualityProfile> qualityProfiles; // as stored in the catalog
    /// The assets' files not in the library folder when the release was read (relative paths).
    QSet<QString> missingFiles;
    QList<DeliveryAsset> assetsOf(qint64 trackId, const QString &kind) const;
};

/// What a package of the profile holds and demands of the release, one line each, for people.
QStringList requirements(const DeliveryProfile &profile);

/// A file to put into the package.
struct PlannedFile {
    QString relPath; // source, relative to the library root
    QString archivePath;
    qint64 trackId = 0;
    bool tag = false; // a master: tagged copy with the catalog's values
    QString stemType; // for stems
};

/// text as one component of a file name on every OS: no separators, reserved or control
/// characters, no trailing dots or spaces; "_" when nothing is left.
QString safeFileName(const QString &text);

/// The files of the package, in the documented layout.
QList<PlannedFile> plan(const DeliveryRelease &release, const DeliveryProfile &profile);

} // namespace Imprint::Delivery
