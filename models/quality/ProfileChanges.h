// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/QualityProfile.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Imprint
{

/// A change to a delivery profile's thresholds, saved over what the catalog holds (issue 16,
/// item 3): a profile is stored whole, so a change is written as the fields it touches, over the
/// values it was made on. Someone else's edit of another threshold stays; someone else's edit of
/// the same one is a conflict, never written over.
namespace ProfileChanges
{

/// The fields (ProfileFields names) whose values differ between a and b, in editor order.
QStringList changedFields(const QualityProfile &a, const QualityProfile &b);

/// stored with every field that differs between before and after set to after's value.
QualityProfile applied(
    const QualityProfile &stored, const QualityProfile &before, const QualityProfile &after);

/// The fields of the change from before to after that someone else changed first: stored holds
/// neither before's value nor after's. When they are all still as the change found them but the
/// result would combine badly with another field someone else set (a lower loudness warning
/// above their upper one), every field of the change.
QStringList conflicting(
    const QualityProfile &stored, const QualityProfile &before, const QualityProfile &after);

/// What saving a change came to.
struct Saved {
    bool ok = false;
    QualityProfile profile; ///< when ok: what the catalog holds now (others' edits included)
    std::optional<QualityProfile> theirs; ///< on a conflict: what the catalog holds
    QStringList conflicting; ///< on a conflict: the fields
    QString error; ///< when it failed otherwise
};

/// Saves the change from before to after in one transaction, the profiles locked against other
/// writers on a server. A profile back at its defaults is stored as no row at all.
Saved save(QSqlDatabase db, const QualityProfile &before, const QualityProfile &after);

} // namespace ProfileChanges

} // namespace Imprint
