// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Imprint
{

/// A release as the releases page lists and edits it.
struct ReleaseRow {
    qint64 id = 0;
    QString title;
    QString type; ///< single, ep, album, compilation
    QString artist;
    QString label;
    QString catalogNumber;
    QString upc;
    QDate releaseDate;
    QString genre;
    QString language;
    QString pLine;
    QString cLine;
    int explicitContent = -1; ///< -1 not set, 0 clean, 1 explicit
    QString status;
    int trackCount = 0;
    QString artworkPath; ///< relative to the library root
    int artworkWidth = 0;
    int artworkHeight = 0;
};

/// A track's place on a release.
struct ReleaseTrackRow {
    qint64 trackId = 0;
    int disc = 1;
    int number = 0;
    QString title;
    QString version;
    QString isrc;
    qint64 durationMs = 0;
};

} // namespace Imprint
