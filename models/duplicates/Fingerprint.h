// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>

namespace Imprint::Fingerprint
{

/// How the catalog keeps a fingerprint (assets.fingerprint): base64 of its little-endian
/// 32-bit words, text that both backends store and compare the same way.
QString encode(const QList<quint32> &fingerprint);
QList<quint32> decode(const QString &text);

/// How alike two fingerprints are, 0 (unrelated) to 1 (identical): the share of equal bits
/// where they overlap, at the best of a few alignments (an encoder's padding shifts the start
/// by a fraction of a second), found on their first seconds. 0 when they overlap by less than
/// three seconds.
double similarity(const QList<quint32> &a, const QList<quint32> &b);

/// Re-encodes and gain changes of one take keep more than 85 % of the bits; unrelated audio
/// sits near 50 %. Chosen from generated melodies (tests/unit/tst_duplicates, tests/cli/duplicates.py);
/// not yet checked against real music.
constexpr double likelyDuplicate = 0.85;

} // namespace Imprint::Fingerprint
