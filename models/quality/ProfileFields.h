// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "quality/QualityProfile.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Imprint
{

/// One editable threshold of a delivery profile: how it is shown, and what it accepts.
struct ProfileField {
    enum class Kind { Number, Integer, Switch, List };

    QString name; ///< the JSON name in QualityProfile::toJson
    QString label; ///< "True peak above"
    QString unit; ///< "dBTP"
    QString group; ///< "must", "warn", "report", "stems"
    Kind kind = Kind::Number;
    double minimum = 0;
    double maximum = 0;
    bool optional = true; ///< may be left empty: then it is not checked
};

/// The editing rules of delivery profiles (the profile editor's model side): every field as text,
/// parsed and range-checked, with a message a user can act on. Pure: no I/O.
namespace ProfileFields
{

/// Every editable field, in the order the editor shows them.
const QList<ProfileField> &all();
const ProfileField *find(const QString &name);

/// A field's value as the editor shows it: "-1", "44100", "WAV, FLAC"; "true"/"false" for
/// switches; empty when not set.
QString text(const QualityProfile &profile, const QString &name);

/// The profile with the field set from text (empty clears an optional field). Nothing, and
/// *error set ("True peak above must be between −20 and 3 dBTP"), when the text is refused.
std::optional<QualityProfile> withText(
    const QualityProfile &profile, const QString &name, const QString &text, QString *error);

/// Why a profile's settings do not go together ("set either an exact sample rate or a minimum,
/// not both"), or an empty string when they do.
QString combinationError(const QualityProfile &profile);

/// A field's text (see text()) as a sentence shows it: "−1 dBTP", "on", "(not checked)".
QString shownValue(const QString &name, const QString &text);

/// A field for QML: name, label, unit, group, groupLabel, kind ("number", "integer", "switch", "list"),
/// minimum, maximum, optional, value (text), defaultValue (text), isDefault.
QVariantMap describe(
    const ProfileField &field, const QualityProfile &profile, const QualityProfile &defaults);

} // namespace ProfileFields

} // namespace Imprint
