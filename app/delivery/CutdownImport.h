// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>
#include <functional>

// Cut-downs (the 30 s and 60 s edits sync libraries ask for) attached to a track: audio files the
// user exported, copied into
//   <library root>/CutDowns/<Artist>/<Title>[ (<Version>)]/<file name>
// and recorded as assets of kind "cutdown" (with SHA-256) in one transaction. Each copy is
// verified against its file and decoded to its end before anything is recorded; their lengths
// are judged by the audio checks (StemCheck), which say which edit is off and by how much.
// Everything or nothing: on any refusal, failure or cancel, the library and catalog are unchanged,
// and the chosen files are never touched.
namespace Imprint::Delivery
{

struct CutdownImportRequest {
    QStringList files;
    qint64 trackId = 0;
};

struct CutdownImportResult {
    QString error; // empty on success; names the file and the reason
    bool cancelled = false;
    bool needsLibraryFolder = false; // this computer has no library folder for the catalog's files
    QStringList added; // relative to the library root
    QStringList alreadyAttached; // file names whose content the track holds already
    QString folder; // relative to the library root
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Attaches the files as cut-downs of the track; progress reports files done of all.
CutdownImportResult importCutdowns(const CatalogStore &store, const CutdownImportRequest &request,
    const std::atomic_bool &cancel, const std::function<void(qint64 done, qint64 total)> &progress = {});

} // namespace Imprint::Delivery
