// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>

namespace Imprint
{

/// A person or company of the catalog (DESIGN.md §3).
struct PartyRow {
    qint64 id = 0;
    QString name;
    QString sortName;
    QString isni; ///< normalised, or empty
    QString ipi; ///< normalised, or empty
    QString pro;
    QString contact;
    int creditCount = 0; ///< credits and shares across the catalog
};

/// One credit of a recording. partyId is 0 for a party that is only named so far: saving it
/// creates the party (or finds one of that name).
struct CreditRow {
    qint64 partyId = 0;
    QString partyName;
    QString role;
    QString instrument;
    bool aiUsed = false;

    friend bool operator==(const CreditRow &, const CreditRow &) = default;
};

/// One share of a split set: master ownership of a recording (no role) or publishing of a work
/// (role from the work_shares list). partyId 0 as for CreditRow.
struct ShareRow {
    qint64 partyId = 0;
    QString partyName;
    QString role;
    int basisPoints = 0;

    friend bool operator==(const ShareRow &, const ShareRow &) = default;
};

/// A composition.
struct WorkRow {
    qint64 id = 0;
    QString title;
    QString iswc; ///< normalised, or empty
    QString writers; ///< "Mara Vell, Ilo Park" for the list
    int trackCount = 0;
};

/// Where a party appears: a credit on a recording, a master share or a publishing share.
struct PartyActivityRow {
    QString kind; ///< "credit", "master", "publishing"
    qint64 subjectId = 0; ///< track id, or work id for "publishing"
    QString subject; ///< the track or work title
    QString detail; ///< the role, instrument or share
};

} // namespace Imprint
