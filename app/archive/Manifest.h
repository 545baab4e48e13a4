// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Imprint::Archive
{

struct ManifestLine {
    QString path; // relative, "/"-separated
    QByteArray sha256; // lower-case hex
};

/// The manifest in `sha256sum` format ("<hex>  <path>"), so `sha256sum -c MANIFEST.sha256` works in
/// an unpacked package.
QByteArray formatManifest(const QList<ManifestLine> &lines);

/// Parses a manifest; nullopt (and *error naming the line) if any line is malformed, unsafe or
/// repeats a path.
std::optional<QList<ManifestLine>> parseManifest(const QByteArray &text, QString *error);

} // namespace Imprint::Archive
