// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQmlIntegration>

namespace Imprint
{

/// The identifier rules for QML editors, so a field can show what is wrong while the user types
/// and store only the normalised form. The rules themselves live in Isrc, Gtin, Iswc, Isni and
/// Ipi; this class only dispatches by kind.
class Identifiers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Identifiers(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// The kinds `validate` knows: "isrc", "isrcPrefix" (the registrant prefix CC-XXX), "upc" (also
    /// accepted as "ean", "gtin", "icpn": one rule for all release barcodes), "iswc", "isni", "ipi".
    Q_INVOKABLE static QStringList kinds();

    /// { valid: bool, normalized: storage form, display: how to show it, reason: why it is
    /// invalid, empty when valid }. An unknown kind is invalid with a reason, never a crash.
    Q_INVOKABLE static QVariantMap validate(const QString &kind, const QString &text);
};

} // namespace Imprint
