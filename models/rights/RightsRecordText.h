// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "rights/RightsEdits.h"
#include "rights/TrackFacts.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

/// The records of the rights page as the edit history carries them (a record as JSON, a status,
/// a provenance field's text, "1"/"0" for a provenance record, a document's asset id), read
/// either from the facts a view shows or from the catalog inside a write. Comparing the two
/// before writing is what keeps one person's edit from being written over another's without a
/// word (issue 16, item 3).
namespace Imprint::RightsRecordText
{

QString jsonText(const QJsonObject &object);
QJsonObject jsonObject(const QString &text);

RightsEdits::ClearanceItem clearanceItemOf(const TrackFacts &facts, const ClearanceFact &fact);
RightsEdits::Contribution contributionOf(const TrackFacts &facts, const ContributionFact &fact);
RightsEdits::UploadedInput inputOf(const TrackFacts &facts, const InputFact &fact);
RightsEdits::ToolTerms termsOf(const ToolTermsFact &fact);
/// A provenance field as text. A track without a record reads as the record an edit would
/// create (origin "human"), so undo restores exactly that.
QString provenanceText(const TrackFacts &facts, const QString &field);

/// The text of a record (a field of RightsCatalog's history, without recordId's meaning
/// changing: a clearance item, contribution, input or terms row by its id; a provenance field,
/// the provenance record or the voice consent by the track) as the catalog holds it now; empty
/// when there is no such record. Call it inside the write's transaction: on PostgreSQL it locks
/// the record (or, for one that is not there, the table against other writers) until the end.
std::optional<QString> stored(
    QSqlDatabase db, const QString &libraryRoot, const QString &field, qint64 recordId, QString *error);

/// What a checked write did: saved (ok), found someone else's text in place of the one the edit
/// was made on (theirs; nothing written), or failed (error). An added record whose id someone
/// else's record took meanwhile is saved under the next free id (movedTo, written).
struct CheckedWrite {
    bool ok = false;
    QString error;
    std::optional<QString> theirs;
    qint64 movedTo = 0;
    QString written;
};

/// In one transaction: reads the record (stored()), and when it is still expected, calls change
/// with value to write it. change may open transactions of its own (they nest).
CheckedWrite writeIf(QSqlDatabase db, const QString &libraryRoot, const QString &field, qint64 recordId,
    const QString &expected, const QString &value,
    const std::function<bool(const QString &, QString *)> &change);

/// Whether two texts of a field are the same record. A save keeps a party's own spelling ("acme"
/// typed for "ACME") and trims what is typed, so those differences are not someone else's edit.
bool same(const QString &field, const QString &a, const QString &b);

/// A record's text with another id: an added record whose id someone else took meanwhile.
QString withId(const QString &text, qint64 id);

/// The name of what a history field edits, and a value of it in words, as the dialog that asks
/// about a conflict shows them.
QString fieldTitle(const QString &field);
QString shown(const QString &field, const QString &text);

QString elementName(const QString &element);
QString inputKindName(const QString &kind);
QString permissionName(const QString &permission);

} // namespace Imprint::RightsRecordText
