// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Fingerprint.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <limits>

namespace Imprint::Fingerprint
{

namespace
{

// About eight words a second: shifts up to ±1.5 s and at least 3 s in common.
constexpr int maxShift = 12;
constexpr qsizetype minimumOverlap = 24;

} // namespace

QString encode(const QList<quint32> &fingerprint)
{
    QByteArray bytes(fingerprint.size() * 4, Qt::Uninitialized);
    for (qsizetype i = 0; i < fingerprint.size(); ++i)
        qToLittleEndian(fingerprint[i], bytes.data() + i * 4);
    return QString::fromLatin1(bytes.toBase64());
}

QList<quint32> decode(const QString &text)
{
    const QByteArray bytes = QByteArray::fromBase64(text.toLatin1());
    QList<quint32> words;
    words.reserve(bytes.size() / 4);
    for (qsizetype i = 0; i + 4 <= bytes.size(); i += 4)
        words.append(qFromLittleEndian<quint32>(bytes.constData() + i));
    return words;
}

double similarity(const QList<quint32> &a, const QList<quint32> &b)
{
    // The best alignment is found on the first words (cheap), then measured over the whole overlap:
    // finding duplicates compares many pairs, most of them unrelated.
    const auto share = [&a, &b](int shift, qsizetype limit) {
        const qsizetype startA = std::max(0, shift);
        const qsizetype startB = std::max(0, -shift);
        const qsizetype overlap = std::min({ a.size() - startA, b.size() - startB, limit });
        if (overlap < minimumOverlap)
            return 0.0;
        qint64 differing = 0;
        for (qsizetype i = 0; i < overlap; ++i)
            differing += std::popcount(a[startA + i] ^ b[startB + i]);
        return 1.0 - double(differing) / double(overlap * 32);
    };
    constexpr qsizetype probe = 64;
    double best = 0;
    int bestShift = 0;
    for (int shift = -maxShift; shift <= maxShift; ++shift) {
        if (const double value = share(shift, probe); value > best) {
            best = value;
            bestShift = shift;
        }
    }
    if (best < 0.7)
        return best; // unrelated audio: about half the bits differ
    return share(bestShift, std::numeric_limits<qsizetype>::max());
}

} // namespace Imprint::Fingerprint
