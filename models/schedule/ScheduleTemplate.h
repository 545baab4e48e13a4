// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Imprint
{

/// One milestone of a template, placed relative to the release date D.
struct MilestoneDefinition {
    QString key; ///< stable identifier, e.g. "delivery"; unique within a template
    QString name; ///< shown to the user; editable
    int offsetDays = 0; ///< due on D + offsetDays (negative: before the release)
    std::optional<int> hardLimitOffsetDays; ///< the last possible day, D + this
    bool required = false;

    bool operator==(const MilestoneDefinition &) const = default;
};

/// The milestones derived for one release type (DESIGN.md §7). Templates are data: the
/// defaults below can be edited in the settings and are stored in the catalog as JSON.
struct ScheduleTemplate {
    QString releaseType; ///< single, ep, album or compilation
    QList<MilestoneDefinition> milestones;

    bool operator==(const ScheduleTemplate &) const = default;

    /// Well-known keys the risk rules look for.
    static inline const QString deliveryKey = QStringLiteral("delivery");
    static inline const QString releaseKey = QStringLiteral("release");

    /// Offsets are limited to ten years either side of the release: beyond that a template is
    /// a typo, and it keeps every derived date representable.
    static constexpr int maxOffsetDays = 3660;

    /// The template for releaseType from DESIGN.md §7 (compilations plan like albums).
    static ScheduleTemplate defaultFor(const QString &releaseType);
    static QList<ScheduleTemplate> defaults();
    static const QStringList &releaseTypes();

    /// Days before the release the distributor needs the delivery (the delivery milestone's
    /// offset, negated); 0 when the template has no delivery milestone.
    int distributorLeadDays() const;

    const MilestoneDefinition *definition(const QString &key) const;

    /// The catalog keeps a template milestone's name in English while the user has not renamed
    /// it, so it reads right in any language: shownName gives the name to show for a stored one
    /// (the translation of a default name, anything else as it is), storedName the reverse.
    static QString shownName(const QString &key, const QString &storedName);
    static QString storedName(const QString &key, const QString &shownName);

    /// Empty when the template can be used; otherwise why not. A milestone after the release
    /// date is allowed (a post-release review); a hard limit before the due date is not.
    QString validate() const;

    QJsonObject toJson() const;
    static std::optional<ScheduleTemplate> fromJson(const QJsonObject &json, QString *error);

    /// A whole set, as stored in settings exports: {"version": 1, "templates": [...]}.
    static QByteArray toJsonDocument(const QList<ScheduleTemplate> &templates);
    static std::optional<QList<ScheduleTemplate>> fromJsonDocument(const QByteArray &json, QString *error);
};

} // namespace Imprint
