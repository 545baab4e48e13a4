// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Imprint
{

/// One line of the catalog's track table: a recording with its first release and master file.
struct TrackRow {
    qint64 id = 0;
    QString title;
    QString artist;
    QString version;
    QString isrc;
    QString release;
    QString releaseType;
    qint64 durationMs = 0;
    QString format;
    QString path; ///< the master's path, relative to the library root
    int sampleRate = 0;
    int bitDepth = 0;
    int channels = 0;
    int stemCount = 0;
    int cutdownCount = 0; ///< the 30 s and 60 s edits a sync delivery asks for
    QString genre;
    QString language;
    QString explicitFlag; ///< "1" explicit, "0" clean, empty when not set
    qint64 releaseId = 0; ///< the first release (the one shown), 0 when on none
    QString label; ///< that release's label
    QString bpm; ///< the tempo as typed and normalised ("120", "92.5"), empty when not set
    QString key; ///< the musical key ("F# minor", "8A"), empty when not set
    QString mood; ///< moods, comma-separated, empty when not set
    QString hasVocals; ///< "1" with vocals, "0" instrumental, empty when not recorded
    /// Case-folded title, artist, release, version and ISRC for search. Computed where the row
    /// is loaded (the catalog thread), so a large table does not cost the GUI thread.
    QString searchKey;

    void updateSearchKey()
    {
        searchKey = QStringList { title, artist, release, version, isrc }.join(u'\n').toCaseFolded();
    }
};

using TrackRows = QList<TrackRow>;

} // namespace Imprint
