// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QStringList>

#include <optional>

namespace Imprint::Demo
{

struct DemoSummary {
    int audioFiles = 0; // tagged release tracks (masters), stems not included
    int stemFiles = 0;
    int images = 0;
    QStringList files; // every file written, relative to the root with '/' separators, sorted
};

// Writes a small, realistic, deterministic library of tagged takes, stems and artwork under rootDir
// (created if missing; files of an earlier run are replaced):
//   <root>/<Artist>/<Release>/<NN> <Title>[ (<Version>)].<ext>        tagged masters
//   <root>/<Artist>/<Release>/Stems/<Title>/{drums,bass,keys,vocals}.wav
//   <root>/<Artist>/<Release>/cover.jpg (cover.png for a PNG cover)
// Returns std::nullopt and sets *error ("<file>: <reason>") on the first failure.
std::optional<DemoSummary> generateDemoLibrary(const QString &rootDir, QString *error);

} // namespace Imprint::Demo
