// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QString>

namespace Imprint::CommandLine
{

struct NewReleaseOptions {
    QString title;
    QString artist;
    QString date; ///< YYYY-MM-DD, or empty for a release not scheduled yet
    QString type; ///< single (default), ep, album, compilation
    bool json = false;
};

/// imprint [--catalog FILE] new-release --title T --artist A [--date YYYY-MM-DD]
/// [--type single|ep|album|compilation] [--json]: plans a release before its audio exists, with
/// the milestones of its type derived backward from the date.
int runNewRelease(const CatalogStore &store, const NewReleaseOptions &options);

} // namespace Imprint::CommandLine
