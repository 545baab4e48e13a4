// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// A release's plan (its date and milestones) as one record that two people may edit at once
/// (issue 16, item 3): the plan the catalog holds now, compared with the one an edit was made on
/// before it is written, and shown in words when they differ. Plans travel as the snapshot
/// texts of the edit history (PlanningSession::snapshot).
namespace Imprint::PlanConflicts
{

/// The release's plan as the catalog holds it now; empty when the release is gone. Call it
/// inside the write's transaction: on PostgreSQL it locks the release's row until the end.
std::optional<QString> stored(QSqlDatabase db, qint64 releaseId, QString *error);

/// Whether two snapshots are the same plan: the same date and milestones, whatever the
/// milestones' ids (one added a moment ago has none yet in the snapshot it was made on).
bool same(const QString &a, const QString &b);

/// A plan in words for the conflict dialog: its date, and of its milestones those that differ
/// from the other plan's (all of them when nothing does), done and open.
QString shown(const QString &snapshot, const QString &other);

} // namespace Imprint::PlanConflicts
