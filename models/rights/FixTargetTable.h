// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace Imprint
{

/// FixTargets for QML: the views get each finding's target with the finding; this is for what
/// has a rule id only (and for the test that walks every target).
class FixTargetTable : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FixTargetTable(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// Every rule id with an entry of its own.
    Q_INVOKABLE static QStringList ruleIds();
    /// {rule, page, record, recordId, tab, field} (FixTargets::toVariant).
    Q_INVOKABLE static QVariantMap target(const QString &ruleId, qint64 recordId = 0);
};

} // namespace Imprint
