// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/TrackFacts.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace Imprint
{
class SharedQualityRows;
}

namespace Imprint::RightsQueries
{

/// The facts the readiness rules read, for every track (trackId 0) or one track. Documents are
/// looked up under libraryRoot (an empty root marks every document as absent). A track on
/// several releases is judged with the first one by release date. shared: see QualityVerdicts::read.
std::optional<QList<TrackFacts>> trackFacts(QSqlDatabase db, const QString &libraryRoot, const QDate &today,
    qint64 trackId, QString *error, SharedQualityRows *shared = nullptr);

/// The facts of these tracks, in the order given, each once; a track not in the catalog is left
/// out. Tracks with ids close together are read together, so a release's tracks cost a few
/// reads, not one each.
std::optional<QList<TrackFacts>> trackFactsOf(QSqlDatabase db, const QString &libraryRoot, const QDate &today,
    const QList<qint64> &trackIds, QString *error);

/// Every track's facts, partSize tracks at a time in id order, each part handed to take before
/// the next is read: a large catalog's facts (a few KB a track) are never in memory at once.
/// False (and error) when a read fails.
bool trackFactsInParts(QSqlDatabase db, const QString &libraryRoot, const QDate &today, qsizetype partSize,
    QString *error, SharedQualityRows *shared, const std::function<void(QList<TrackFacts> &&)> &take);

/// SHA-256 of a file's bytes, lower-case hex; empty when it cannot be read.
QString fileSha256(const QString &path);

/// Whether a document is still on disk as attached: present, and changed when its size differs
/// from the recorded one, or its time differs and its SHA-256 is not the recorded hash.
void checkDocument(const QString &path, qint64 size, qint64 mtimeMs, DocumentFact *document);

/// The terms of tool/plan in force on a day, and the first day the table knows the tool.
std::optional<ToolTermsFact> termsInForce(
    QSqlDatabase db, const QString &tool, const QString &plan, const QDate &day);
QDate toolKnownSince(QSqlDatabase db, const QString &tool);
/// Every row of the terms table, by tool, plan and start date.
std::optional<QList<ToolTermsFact>> allTerms(QSqlDatabase db, QString *error);

/// A tool of the terms table: the first day it is known from and its plans.
struct ToolSummary {
    QString tool;
    QDate since;
    QStringList plans;
};
std::optional<QList<ToolSummary>> tools(QSqlDatabase db, QString *error);

/// The provenance fields the rights page edits, by the names QML uses (origin, tool,
/// modelVersion, plan, paidAtGeneration, generatedOn, songId, prompt, stems, isCover,
/// voiceLikeness, notes).
const QStringList &provenanceFields();

/// Checks and normalises a provenance value; nullopt (and *error, for a musician) when refused.
std::optional<QString> normalizedProvenanceValue(const QString &field, const QString &value, QString *error);

/// Writes one provenance field, creating the track's provenance record (origin "human") when
/// it has none yet.
bool updateProvenanceField(
    QSqlDatabase db, qint64 trackId, const QString &field, const QString &value, QString *error);

/// The clearance statuses in their workflow order.
const QStringList &clearanceStatuses();
bool updateClearanceStatus(QSqlDatabase db, qint64 itemId, const QString &status, QString *error);

/// An open clearance item for the clearance board.
struct ClearanceBoardRow {
    qint64 id = 0;
    qint64 trackId = 0;
    QString trackTitle;
    QString kind;
    QString status;
    QString counterparty;
    QString territory;
    QDate validFrom;
    QDate validUntil;
    QString notes;
    /// Of a kind that counts only with its signed document (Readiness::documentedKinds()), and
    /// none is attached: cleared, it still blocks the rules that ask for it.
    bool documentMissing = false;
};

/// Every clearance item that is not settled, cleared but expiring (validUntil set), or cleared
/// without the document its kind needs; ordered by status then expiry.
std::optional<QList<ClearanceBoardRow>> clearanceBoard(QSqlDatabase db, QString *error);

} // namespace Imprint::RightsQueries
