// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QDate>

namespace Imprint::Demo
{

/// Gives the demo catalog's tracks rights records that tell the stories of the rights page:
/// - Harbour Lights was generated on Suno's free plan: blocked for streaming until a commercial
///   licence is attached (one waits, unattached, in library/Inbox) and its item is cleared;
/// - Lanterns is fully documented (AI-assisted on a paid plan, splits, publisher's approval,
///   stems, evidence): sync-ready, with only the master agreement missing for a placement;
/// - others show what goes wrong: a sample clearance expiring soon, a cover without a
///   mechanical licence, a generation date before the tool existed, a document changed after
///   it was attached, a featured artist not yet cleared.
/// Also fills in the Tidal Memory release (UPC, ℗/©, language) and the tracks' credits,
/// master splits and works. Documents are small PDFs under library/Documents/<track id>/.
bool addDemoRights(const CatalogStore &store, QDate today, QString *error);

} // namespace Imprint::Demo
