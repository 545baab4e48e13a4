// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryProfile.h"
#include "delivery/Preflight.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Imprint::DeliveryQueries
{

/// A release with its tracks and every asset of them, for preflight and packaging, with what the
/// app knows of each track: credits, the readiness facts as the Rights page reads them (documents
/// looked up under libraryRoot, judged on today, and against this release even when the track is
/// also on an earlier one), and the stored analyses with the catalog's quality profiles.
std::optional<Delivery::DeliveryRelease> loadRelease(
    QSqlDatabase db, qint64 releaseId, const QString &libraryRoot, const QDate &today, QString *error);

/// One package made for a release: the delivery history.
struct DeliveryRecord {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString profile;
    QString file; // absolute path of the package when it was written
    qint64 size = 0;
    QString sha256; // of the package file
    /// Preflight issues exported anyway (forced blockers and warnings), each with its level.
    QList<Delivery::PreflightIssue> issues;
    /// The same for people ("Blocker: Harbour Lights: …"); rows written before levels existed
    /// have only these. Written as given when issues is empty.
    QStringList warnings;
    QDateTime createdAt; // UTC
    /// Writing only: the release's milestone with this template key is marked done in the same
    /// transaction (a delivery happened; never unmarked by a later failure). Empty: none.
    QString milestoneKey = {};
};

/// Records a delivery, and ticks its milestone; *milestoneTicked says whether one was open.
bool recordDelivery(
    QSqlDatabase db, const DeliveryRecord &record, QString *error, bool *milestoneTicked = nullptr);
std::optional<QList<DeliveryRecord>> deliveriesOf(QSqlDatabase db, qint64 releaseId, QString *error);

} // namespace Imprint::DeliveryQueries
