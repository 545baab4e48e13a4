// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include "delivery/DeliveryProfile.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Imprint::DeliveryQueries
{

/// A release with its tracks and every asset of them, for preflight and packaging.
std::optional<Delivery::DeliveryRelease> loadRelease(QSqlDatabase db, qint64 releaseId, QString *error);

/// One package made for a release: the delivery history.
struct DeliveryRecord {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString profile;
    QString file; // absolute path of the package when it was written
    qint64 size = 0;
    QString sha256; // of the package file
    QStringList warnings; // preflight issues exported anyway
    QDateTime createdAt; // UTC
};

bool recordDelivery(QSqlDatabase db, const DeliveryRecord &record, QString *error);
std::optional<QList<DeliveryRecord>> deliveriesOf(QSqlDatabase db, qint64 releaseId, QString *error);

} // namespace Imprint::DeliveryQueries
