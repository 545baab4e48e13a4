// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "ProfileChanges.h"

#include "catalog/SqlDialect.h"
#include "catalog/SqlTransaction.h"
#include "quality/AnalysisRepository.h"
#include "quality/ProfileFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Imprint::ProfileChanges
{

namespace
{

std::optional<QualityProfile> storedProfile(QSqlDatabase db, const QString &key, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT definition FROM quality_profiles WHERE key = ?"_s);
    query.addBindValue(key);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        if (auto defaults = QualityProfile::defaultFor(key))
            return defaults;
        *error = QCoreApplication::translate("ProfileChanges", "There is no profile “%1”.").arg(key);
        return std::nullopt;
    }
    return QualityProfile::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object(), error);
}

} // namespace

QStringList changedFields(const QualityProfile &a, const QualityProfile &b)
{
    QStringList fields;
    for (const ProfileField &field : ProfileFields::all()) {
        if (ProfileFields::text(a, field.name) != ProfileFields::text(b, field.name))
            fields.append(field.name);
    }
    return fields;
}

QualityProfile applied(
    const QualityProfile &stored, const QualityProfile &before, const QualityProfile &after)
{
    // Merged as JSON, where an unset threshold is an absent member, then read back whole.
    QJsonObject json = stored.toJson();
    const QJsonObject wanted = after.toJson();
    for (const QString &name : changedFields(before, after)) {
        if (wanted.contains(name))
            json.insert(name, wanted.value(name));
        else
            json.remove(name);
    }
    return QualityProfile::fromJson(json, nullptr).value_or(after);
}

QStringList conflicting(
    const QualityProfile &stored, const QualityProfile &before, const QualityProfile &after)
{
    const QStringList changed = changedFields(before, after);
    QStringList taken;
    for (const QString &name : changed) {
        const QString now = ProfileFields::text(stored, name);
        if (now != ProfileFields::text(before, name) && now != ProfileFields::text(after, name))
            taken.append(name);
    }
    if (taken.isEmpty() && !ProfileFields::combinationError(applied(stored, before, after)).isEmpty())
        return changed;
    return taken;
}

Saved save(QSqlDatabase db, const QualityProfile &before, const QualityProfile &after)
{
    Saved saved;
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        saved.error = transaction.error();
        return saved;
    }
    if (const QString lock = SqlDialect::of(db).lockAgainstWriters(u"quality_profiles"_s); !lock.isEmpty()) {
        if (QSqlQuery query(db); !query.exec(lock)) {
            saved.error = query.lastError().text();
            return saved;
        }
    }
    const std::optional<QualityProfile> stored = storedProfile(db, after.key, &saved.error);
    if (!stored)
        return saved;
    saved.conflicting = conflicting(*stored, before, after);
    if (!saved.conflicting.isEmpty()) {
        saved.theirs = stored;
        return saved;
    }
    const QualityProfile profile = applied(*stored, before, after);
    const bool isDefault = QualityProfile::defaultFor(profile.key) == profile;
    const bool written = isDefault ? AnalysisRepository::removeProfile(db, profile.key, &saved.error)
                                   : AnalysisRepository::saveProfile(db, profile, &saved.error);
    if (!written)
        return saved;
    if (!transaction.commit()) {
        saved.error = transaction.error();
        return saved;
    }
    saved.ok = true;
    saved.profile = profile;
    return saved;
}

} // namespace Imprint::ProfileChanges
