// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Imprint
{

/// Two tracks whose audio is the same take: the same decoded samples, or fingerprints that
/// match closely (a WAV, FLAC and MP3 of one take; a re-export with another gain).
struct LikelyDuplicate {
    qint64 trackA = 0; ///< the smaller id
    qint64 trackB = 0;
    QString titleA;
    QString titleB;
    QString pathA; ///< the master's path relative to the library
    QString pathB;
    double similarity = 0; ///< 0–1; 1 for the same decoded audio
    bool sameAudio = false; ///< the decoded samples are identical
};

namespace LikelyDuplicates
{

/// Every pair of tracks whose masters are likely the same take, most alike first, leaving out
/// pairs the user decided to keep (keepBoth). Only masters with a fingerprint count (made by
/// the analysis; see notAnalysed()). Compares masters of about the same length only.
QList<LikelyDuplicate> find(const QSqlDatabase &db, QString *error);

/// How many masters and mixes of tracks have not been analysed since they were imported or
/// changed: the analysis makes the fingerprints find() compares, so their duplicates show after it.
std::optional<int> notAnalysed(const QSqlDatabase &db, QString *error);

/// The user's decision that two tracks are different recordings: the pair is not listed again.
/// Recorded as this client's (CatalogStore::clientId) unless someone decided it already.
bool keepBoth(const QSqlDatabase &db, qint64 trackA, qint64 trackB, QString *error);
/// Takes this client's decision back (undo); the same decision made by someone else stays.
bool forgetKeepBoth(const QSqlDatabase &db, qint64 trackA, qint64 trackB, QString *error);

/// Merges track drop into track keep: drop's audio files become keep's (its master as another
/// mix of keep, its stems as keep's stems) and drop is deleted with what belongs only to it
/// (CatalogRecord). Returns what undoMerge() needs to put everything back, or nullopt.
std::optional<QString> merge(const QSqlDatabase &db, qint64 keep, qint64 drop, QString *error);
/// Puts the merged track back as it was, with its files.
bool undoMerge(const QSqlDatabase &db, const QString &undoData, QString *error);

} // namespace LikelyDuplicates

} // namespace Imprint
