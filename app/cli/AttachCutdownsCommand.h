// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QStringList>

#include <atomic>

namespace Imprint::CommandLine
{

struct AttachCutdownsOptions {
    QStringList files;
    QString track; // id
    bool json = false;
};

/// imprint attach-cutdowns FILE... --track ID [--json]
int runAttachCutdowns(
    const CatalogStore &store, const AttachCutdownsOptions &options, const std::atomic_bool &cancel);

} // namespace Imprint::CommandLine
