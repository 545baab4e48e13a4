// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Splits.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Imprint::Splits
{

Check check(const QList<Share> &shares)
{
    Check result;
    QSet<qint64> parties;
    for (const Share &share : shares) {
        if (share.basisPoints <= 0) {
            result.problem
                = QCoreApplication::translate("Splits", "%1 has no share; remove them or give them one.")
                      .arg(share.partyName);
            return result;
        }
        if (parties.contains(share.partyId)) {
            result.problem
                = QCoreApplication::translate("Splits", "%1 is listed twice; combine their shares.")
                      .arg(share.partyName);
            return result;
        }
        parties.insert(share.partyId);
        result.totalBasisPoints += share.basisPoints;
    }
    if (shares.isEmpty()) {
        result.problem = QCoreApplication::translate("Splits", "Nobody holds a share yet.");
    } else if (result.totalBasisPoints < whole) {
        result.problem = QCoreApplication::translate("Splits", "The shares add up to %1; %2 is not assigned.")
                             .arg(formatPercent(result.totalBasisPoints),
                                 formatPercent(whole - result.totalBasisPoints));
    } else if (result.totalBasisPoints > whole) {
        result.problem = QCoreApplication::translate("Splits", "The shares add up to %1, %2 too much.")
                             .arg(formatPercent(result.totalBasisPoints),
                                 formatPercent(result.totalBasisPoints - whole));
    } else {
        result.complete = true;
    }
    return result;
}

QString formatPercent(int basisPoints)
{
    const QLocale locale;
    const int decimals = basisPoints % 100 == 0 ? 0 : 2;
    return QCoreApplication::translate("Splits", "%1 %")
        .arg(locale.toString(basisPoints / 100.0, 'f', decimals));
}

int parsePercent(const QString &text)
{
    QString value = text.trimmed();
    if (value.endsWith(u'%'))
        value.chop(1);
    value = value.trimmed().replace(u',', u'.');
    static const QRegularExpression number(u"^(\\d{1,3})(?:\\.(\\d{1,2}))?$"_s);
    const auto match = number.match(value);
    if (!match.hasMatch())
        return -1;
    const QString decimals = match.captured(2).leftJustified(2, u'0');
    const int basisPoints = match.captured(1).toInt() * 100 + decimals.toInt();
    return basisPoints <= whole ? basisPoints : -1;
}

QList<int> evenSplit(int count)
{
    QList<int> shares;
    if (count <= 0)
        return shares;
    for (int i = 0; i < count; ++i)
        shares.append(whole / count + (i < whole % count ? 1 : 0));
    return shares;
}

} // namespace Imprint::Splits
