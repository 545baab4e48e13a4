// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>

namespace Imprint
{

/// One stem given to the null test: what to call it in findings, and its file.
struct StemInput {
    QString name; ///< "bass"
    QString path;
};

/// The null test of a track's stems against its mix: is the mix the sum of its stems?
struct StemNullTestResult {
    static constexpr double ExactNull = -std::numeric_limits<double>::infinity();

    bool measured = false; ///< false: see error
    /// Why there is no measurement: files that cannot be read, stems at another sample rate or
    /// with a channel layout that cannot be summed into the mix's. One finding per stem.
    QString error;
    /// Energy of (mix − Σ stems) over the energy of the mix, in dB; ExactNull when they cancel.
    double residualDb = ExactNull;
    qint64 frames = 0; ///< compared: the longest of the files
    /// Per stem, what does not match the mix but still allows a measurement ("“bass” is 0.500 s
    /// shorter than the mix").
    QStringList findings;

    struct Stem {
        QString name;
        int sampleRate = 0;
        int channels = 0;
        qint64 frames = 0; ///< decoded
    };
    Stem mix;
    QList<Stem> stems;
};

/// Reads the mix and every stem side by side in blocks (memory does not grow with the length),
/// sums the stems, subtracts the mix and measures the residual's energy relative to the mix's.
/// A mono stem counts in every channel of the mix. A stem that ends early counts as silence
/// afterwards, and anything a stem or the mix holds beyond the other counts in the residual, so
/// a length mismatch shows in the figure. Runs on the calling thread; checks *cancel per block.
StemNullTestResult nullTestStems(
    const QString &mixPath, const QList<StemInput> &stems, const std::atomic_bool *cancel = nullptr);

} // namespace Imprint
