// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QObject>
#include <QUrl>
#include <QtQmlIntegration>

namespace Imprint
{

/// A file's URL as the user reads it in a message: its name, or its whole path with this
/// system's separators (a network share keeps its server). For QML, which has no local paths.
class FilePaths : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit FilePaths(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    /// "take.flac" for file:///music/take.flac; the last part of any other URL; empty for none.
    Q_INVOKABLE static QString name(const QUrl &url);
    /// "/music/take.flac", "\\nas\share\take.flac" on Windows; any other URL as it is written.
    Q_INVOKABLE static QString shown(const QUrl &url);
};

} // namespace Imprint
