// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// The rights records the rights page edits as a whole: clearance items, human contributions
/// and attached documents. Each record travels as JSON text through the edit history (an empty
/// text is "no such record"), so undo and redo restore exactly what was there.
namespace Imprint::RightsEdits
{

struct ClearanceItem {
    qint64 id = 0;
    qint64 trackId = 0;
    QString kind = QStringLiteral("other");
    QString status = QStringLiteral("missing");
    QString counterparty; ///< a party's name; found or created on save, empty for none
    qint64 documentAssetId = 0;
    QString territory;
    QDate validFrom;
    QDate validUntil;
    QString notes;

    QJsonObject toJson() const;
    static ClearanceItem fromJson(const QJsonObject &json);
};

/// What a person did on a track (lyrics, melody, arrangement, performance, mix, master), with
/// the documents that prove it.
struct Contribution {
    qint64 id = 0;
    qint64 trackId = 0;
    QString element = QStringLiteral("lyrics");
    QString party; ///< a party's name; found or created on save
    QString description;
    QList<qint64> evidenceAssetIds;

    QJsonObject toJson() const;
    static Contribution fromJson(const QJsonObject &json);
};

/// Something uploaded to the AI tool (a vocal take, lyrics, a melody, an image), who owns it,
/// and whether the user may use it; the document is the licence or permission.
struct UploadedInput {
    qint64 id = 0;
    qint64 trackId = 0;
    QString kind = QStringLiteral("audio");
    QString description;
    QString owner; ///< a party's name; found or created on save, empty for not recorded
    QString permission = QStringLiteral("unknown");
    qint64 documentAssetId = 0;
    QString notes;

    QJsonObject toJson() const;
    static UploadedInput fromJson(const QJsonObject &json);
};

/// One row of the AI tools' terms table: what a plan of a tool allowed from validFrom (until
/// validUntil, open-ended when invalid), as the user recorded it on recordedOn.
struct ToolTerms {
    qint64 id = 0;
    QString tool;
    QString plan;
    int paid = -1; ///< -1 not recorded
    bool commercialUse = false;
    QString ownership = QStringLiteral("user"); ///< user, vendor, licensed
    QDate recordedOn;
    QDate validFrom;
    QDate validUntil;
    QString source;
    bool example = false;

    QJsonObject toJson() const;
    static ToolTerms fromJson(const QJsonObject &json);
};

const QStringList &inputKinds();
const QStringList &inputPermissions();
const QStringList &termsOwnerships();

const QStringList &clearanceKinds();
const QStringList &contributionElements();

/// Why an item cannot be saved (unknown kind or status, validity ending before it starts), for
/// a musician; empty when it can.
QString validate(const ClearanceItem &item);
QString validate(const Contribution &contribution);
QString validate(const UploadedInput &input);
/// Tool and plan required, the start and recording dates valid, the end not before the start.
QString validate(const ToolTerms &terms);

std::optional<ClearanceItem> clearanceItem(QSqlDatabase db, qint64 id, QString *error);
std::optional<Contribution> contribution(QSqlDatabase db, qint64 id, QString *error);

/// Inserts or replaces the record with its id (ids are chosen by the caller, so that an undone
/// removal brings back the same record).
bool saveClearanceItem(QSqlDatabase db, const ClearanceItem &item, QString *error);
bool removeClearanceItem(QSqlDatabase db, qint64 id, QString *error);
bool saveContribution(QSqlDatabase db, const Contribution &contribution, QString *error);
bool removeContribution(QSqlDatabase db, qint64 id, QString *error);

bool saveUploadedInput(QSqlDatabase db, const UploadedInput &input, QString *error);
bool removeUploadedInput(QSqlDatabase db, qint64 id, QString *error);
/// Refused with a clear message when another row has the same tool, plan and start date.
bool saveToolTerms(QSqlDatabase db, const ToolTerms &terms, QString *error);
bool removeToolTerms(QSqlDatabase db, qint64 id, QString *error);

/// Creates a track's provenance record (origin "human") when it has none, or removes it.
bool setProvenanceRecorded(QSqlDatabase db, qint64 trackId, bool recorded, QString *error);

/// The voice-likeness consent document of a track (0 detaches it).
bool setVoiceConsentDocument(QSqlDatabase db, qint64 trackId, qint64 assetId, QString *error);

/// The party of that name (case-insensitive), created when the catalog has none; 0 for an
/// empty name.
std::optional<qint64> partyByName(QSqlDatabase db, const QString &name, QString *error);

/// The next free id of a table that the edit history may bring records back into.
qint64 nextClearanceId(QSqlDatabase db);
qint64 nextContributionId(QSqlDatabase db);
qint64 nextInputId(QSqlDatabase db);
qint64 nextTermsId(QSqlDatabase db);

/// A document attached to a track: a file outside the library is copied to
/// Documents/<track id>/<name> under the library root (a number added when the name is taken),
/// one inside it stays where it is. Either way it is hashed (SHA-256) and recorded as a
/// "document" asset; the same file attached twice is one asset. Returns the asset id.
std::optional<qint64> attachDocument(
    QSqlDatabase db, const QString &libraryRoot, qint64 trackId, const QString &sourcePath, QString *error);

/// The absolute path of a document asset (to open it with the system's viewer).
QString documentPath(QSqlDatabase db, const QString &libraryRoot, qint64 assetId);

} // namespace Imprint::RightsEdits
