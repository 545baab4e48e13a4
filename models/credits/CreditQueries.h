// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "credits/CreditRows.h"

#include <QSqlDatabase>

#include <optional>

/// SQL for parties, works, credits and splits. Sets (the credits of a track, its master shares, a
/// work's writers) are written whole, in one transaction, so an undo step is one replace.
namespace Imprint::CreditQueries
{

std::optional<QList<PartyRow>> parties(QSqlDatabase db, QString *error);
/// field is a CreditRules::partyFields() name; the value already normalised.
bool updatePartyField(
    QSqlDatabase db, qint64 partyId, const QString &field, const QString &value, QString *error);
/// The same while the field still holds expected (as the editor showed it); otherwise nothing is
/// written and *stale is the stored text (someone else's edit).
bool updatePartyFieldIf(QSqlDatabase db, qint64 partyId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error);
std::optional<QList<PartyActivityRow>> activityOf(QSqlDatabase db, qint64 partyId, QString *error);

std::optional<QList<CreditRow>> creditsOf(QSqlDatabase db, qint64 trackId, QString *error);
/// Replaces the track's credits; rows without a party id find or create their party by name.
bool replaceCredits(QSqlDatabase db, qint64 trackId, const QList<CreditRow> &credits, QString *error);
/// replaceCredits only while the stored credits are still `expected`, the ones the edit was made
/// on (in order, parties by name). Otherwise nothing changes, *stale is the stored list and false
/// is returned with *error empty.
bool replaceCreditsIf(QSqlDatabase db, qint64 trackId, const QList<CreditRow> &expected,
    const QList<CreditRow> &credits, std::optional<QList<CreditRow>> *stale, QString *error);
std::optional<QList<ShareRow>> masterSharesOf(QSqlDatabase db, qint64 trackId, QString *error);
bool replaceMasterShares(QSqlDatabase db, qint64 trackId, const QList<ShareRow> &shares, QString *error);
/// replaceMasterShares only while the stored set is still `expected`, the one the edit was made on
/// (the same parties, roles and shares, in any order). Otherwise nothing changes, *stale is the
/// stored set (someone else's edit) and false is returned with *error empty.
bool replaceMasterSharesIf(QSqlDatabase db, qint64 trackId, const QList<ShareRow> &expected,
    const QList<ShareRow> &shares, std::optional<QList<ShareRow>> *stale, QString *error);

std::optional<QList<WorkRow>> works(QSqlDatabase db, QString *error);
/// A new work; its id, or 0 on failure.
qint64 createWork(QSqlDatabase db, const QString &title, QString *error);
/// field is "title" or "iswc" (normalised; empty stores NULL).
bool updateWorkField(
    QSqlDatabase db, qint64 workId, const QString &field, const QString &value, QString *error);
/// The same while the field still holds expected; otherwise *stale is the stored text.
bool updateWorkFieldIf(QSqlDatabase db, qint64 workId, const QString &field, const QString &expected,
    const QString &value, std::optional<QString> *stale, QString *error);
/// The work holding this ISWC, or 0.
qint64 workWithIswc(QSqlDatabase db, const QString &iswc, QString *error);
std::optional<QList<ShareRow>> workSharesOf(QSqlDatabase db, qint64 workId, QString *error);
bool replaceWorkShares(QSqlDatabase db, qint64 workId, const QList<ShareRow> &shares, QString *error);
/// replaceWorkShares with the same check as replaceMasterSharesIf.
bool replaceWorkSharesIf(QSqlDatabase db, qint64 workId, const QList<ShareRow> &expected,
    const QList<ShareRow> &shares, std::optional<QList<ShareRow>> *stale, QString *error);

/// A recording as the works page lists it.
struct TrackChoice {
    qint64 id = 0;
    QString text; ///< "Title (Version) — Artist"
};
/// The recordings of a work, by title.
std::optional<QList<TrackChoice>> recordingsOf(QSqlDatabase db, qint64 workId, QString *error);
/// Links a recording to the work it records; workId 0 unlinks it.
bool setTrackWork(QSqlDatabase db, qint64 trackId, qint64 workId, QString *error);
/// The work a recording records, or 0.
qint64 workOfTrack(QSqlDatabase db, qint64 trackId, QString *error);

} // namespace Imprint::CreditQueries
