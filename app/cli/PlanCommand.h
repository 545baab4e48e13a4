// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "catalog/CatalogStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace Imprint::CommandLine
{

/// add-track and set-artwork: planning a release before (or besides) its audio.
const QStringList &planCommands();

/// Their options (--title, --artist, --track-version, --isrc), added to the parser by run().
QList<QCommandLineOption> planOptions();

/// imprint add-track --release ID --title T [--artist A] [--track-version V] [--isrc X] [--json]
/// imprint set-artwork --release ID IMAGE [--json]
int runPlanCommand(const QString &command, const CatalogStore &store, const QStringList &args,
    const QCommandLineParser &parser);

} // namespace Imprint::CommandLine
