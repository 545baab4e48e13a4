// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QString>

namespace Imprint::Audio
{

/// Whether libsndfile can decode a file to its end. A tag reader trusts the header; a file cut
/// short by a failed copy or download still has a good header, so the importer asks this too.
struct ProbeResult {
    bool decodable = false;
    bool supported = true; ///< false for containers libsndfile does not read (M4A): not checked
    qint64 frames = 0;
    int sampleRate = 0;
    QString reason;
};

ProbeResult probeDecodable(const QString &absolutePath);

} // namespace Imprint::Audio
