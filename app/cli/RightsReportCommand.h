// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

namespace Imprint::CommandLine
{

struct RightsReportOptions {
    QString track; ///< id, or empty
    QString release; ///< id, or empty
    QString pdf; ///< where to write the PDF, or empty
    bool json = false;
};

/// imprint rights-report (--track ID | --release ID) [--pdf OUT.pdf] [--json]: the rights sheet
/// of a track or release. The PDF needs a QGuiApplication (CommandLine::run makes one).
int runRightsReport(const CatalogStore &store, const RightsReportOptions &options);

} // namespace Imprint::CommandLine
