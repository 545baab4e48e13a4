// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "archive/ArchiveTypes.h"
#include "catalog/CatalogStore.h"

#include <QStringList>

// Stem-pack import (DESIGN.md §8, issue 7): a ZIP or TAR of stems, as AI tools and collaborators
// send them, attached to a track. The archive is hostile until proven otherwise: it is unpacked
// with Archive::extractSafely into a temporary folder under the library root, every stem is
// decoded and checked against the track's master, and only then are the files moved to
//   <library root>/Stems/<Artist>/<Title>[ (<Version>)]/<file name>
// and recorded as assets of kind "stem" (with stem type and SHA-256) in one transaction.
// Everything or nothing: on any refusal, failure or cancel, the library and catalog are unchanged.
namespace Imprint::Delivery
{

struct StemImportRequest {
    QString archivePath;
    qint64 trackId = 0;
    bool acceptMismatches = false; // attach stems whose rate or length differs from the master
};

struct ImportedStem {
    QString entry; // path inside the archive
    QString stemType; // StemType::all()
    QString relPath; // under the library root (where it is, or would have gone)
    QString sha256;
    int sampleRate = 0;
    qint64 frames = 0;
    qint64 durationMs = 0;
    bool alreadyAttached = false; // the track holds a stem with the same content: not added again
};

/// A stem that does not match the master (DESIGN.md §5: same sample rate, length within 1 ms).
struct StemMismatch {
    QString entry;
    QString message; // with both values, e.g. "sample rate 44100 Hz, the master has 48000 Hz"
};

struct StemImportResult {
    QString error; // empty on success; names the entry and reason
    bool cancelled = false;
    bool refusedByChecks = false; // mismatches and acceptMismatches not set
    bool needsLibraryFolder = false; // this computer has no library folder for the catalog's files
    QList<ImportedStem> stems;
    QStringList skipped; // "entry: reason" for files that are no stems (read-me, hidden files)
    QList<StemMismatch> mismatches;
    QString masterRelPath;
    int masterSampleRate = 0;
    qint64 masterDurationMs = 0;
    QString folder; // relative to the library root
    int added() const;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// The limits a stem pack is held to: far below a catalog backup's.
Archive::ExtractLimits stemPackLimits();

/// Imports the stems of archivePath into the track; progress reports the bytes unpacked.
StemImportResult importStems(const CatalogStore &store, const StemImportRequest &request,
    const std::atomic_bool &cancel, const Archive::ProgressFn &progress = {});

} // namespace Imprint::Delivery
