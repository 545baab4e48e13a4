// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/AnalysisFacts.h"
#include "quality/QualityProfile.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Imprint
{

enum class Verdict { Pass, Warn, Fail };

/// "pass", "warn" or "fail": how verdicts appear in JSON and to QML.
QString verdictName(Verdict verdict);

/// One check of a profile on one file: the verdict, what was measured, the limit, and a
/// one-line fix a musician can act on (empty when there is nothing to do).
struct QualityCheck {
    QString id; ///< stable: "truePeak", "clipping", "trailingSilence", …
    QString title; ///< "True peak"
    Verdict verdict = Verdict::Pass;
    double value = 0; ///< the measured figure, in the check's unit
    QString measured; ///< "-0.2 dBTP"
    QString limit; ///< "≤ -1.0 dBTP"
    QString fix; ///< "reduce gain by 0.8 dB to reach -1.0 dBTP"
    qint64 assetId = 0; ///< the stem or cut-down a per-file check is about ("stem:Drums")

    QVariantMap toVariantMap() const;
};

/// A profile's verdict on one file: the worst of its checks.
struct QualityReport {
    QString profileKey;
    Verdict verdict = Verdict::Pass;
    QList<QualityCheck> checks;

    const QualityCheck *check(const QString &id) const;
    int count(Verdict verdict) const;
    /// The fixes of the failing checks, then the warning ones, one per line.
    QStringList fixes() const;
};

/// Which checks a report lists; its verdict is the same either way.
enum class ReportDetail {
    Full, ///< every check, with its texts
    Failures, ///< the failing checks only: what a verdict quotes, made at a fraction of the cost
};

/// Judges a file's measurements against a profile (DESIGN.md §5). Pure: no I/O.
QualityReport evaluate(
    const QualityProfile &profile, const AnalysisFacts &facts, ReportDetail detail = ReportDetail::Full);

/// Every check id evaluate() and evaluateStems() can give, per-file checks by their kind
/// ("stem" for "stem:Drums", "cutdown" for "cutdown:30s"). Each has a FixTargets entry as
/// "quality.<id>" (tst_qualitycheck runs the checks and compares).
QStringList qualityCheckIds();

/// A level as the checks show it, in the user's number format: one decimal and a real minus
/// sign ("−14.0"; German "−14,0").
QString formatLevel(double value, int decimals = 1);
/// A time in a file as the checks show it, to a tenth of a second: "1:05.3" (a dash for no
/// time: NaN or infinity).
QString formatClock(double seconds);
/// A sample rate in kHz, to four digits at most: "44.1", "48" (German "44,1").
QString formatKilohertz(int rate);

} // namespace Imprint
