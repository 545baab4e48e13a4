// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"
#include "schedule/Milestone.h"

#include <QList>
#include <QString>

namespace Imprint::CalendarExport
{

/// What an export wrote, or why it did not.
struct Result {
    QString file;
    QString error; ///< names the file and the reason; empty on success
    int releases = 0; ///< all-day VEVENTs (scheduled releases)
    int milestones = 0; ///< VTODOs
    int done = 0; ///< VTODOs marked COMPLETED
    bool ok() const { return error.isEmpty(); }
};

/// The UIDs of the iCalendar components, derived from catalog ids only, so exporting again
/// after any change gives the same UIDs and a calendar app updates its copy instead of adding
/// a second one.
QString releaseUid(qint64 releaseId);
QString milestoneUid(qint64 milestoneId);

/// Writes plans as iCalendar (RFC 5545) to fileName, atomically (a temporary file renamed over
/// the target, so a failed export never leaves half a file): every scheduled release as an
/// all-day VEVENT, every milestone with an id as a VTODO due on its day (all-day), done ones
/// COMPLETED. releaseId 0 exports every plan, otherwise only that release's.
Result exportPlans(const QList<ReleasePlan> &plans, const QString &fileName, qint64 releaseId = 0);

/// The same for the plans stored in an open catalog (read on the calling thread).
Result exportCatalog(const CatalogStore &store, const QString &fileName, qint64 releaseId = 0);

} // namespace Imprint::CalendarExport
