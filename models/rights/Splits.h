// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>

namespace Imprint::Splits
{

/// 100 % in basis points. Shares are integers so that three writers at 33.33 %, 33.33 % and
/// 33.34 % add up to exactly 100 % — floats never would.
constexpr int whole = 10'000;

struct Share {
    qint64 partyId = 0;
    QString partyName;
    int basisPoints = 0;
};

struct Check {
    bool complete = false; ///< exactly 100 %, every share positive, no party twice
    int totalBasisPoints = 0;
    QString problem; ///< what is wrong, for a musician; empty when complete
};

/// Whether a set of shares (master ownership of a recording, or publishing of a work) can be
/// saved: it must add up to exactly 100 %, with no empty or negative share and no party twice.
Check check(const QList<Share> &shares);

/// "33.33 %" in the user's locale.
QString formatPercent(int basisPoints);

/// Parses "33.33", "33,33 %" or "50" into basis points; -1 when it is not a percentage with at
/// most two decimals between 0 and 100.
int parsePercent(const QString &text);

/// Splits 100 % evenly over count parties; the first ones get the rounding remainder, so the
/// result always adds up to exactly 100 %.
QList<int> evenSplit(int count);

} // namespace Imprint::Splits
