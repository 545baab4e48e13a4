// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// A JSON file read for import, with errors placed where an editor shows them.
namespace Imprint::JsonText
{

/// The top-level object of bytes. Empty, with *error set, when the text is not JSON (naming the
/// line and column, counted from 1, where the parser stopped) or its top level is not an object.
QJsonObject parseObject(const QByteArray &bytes, QString *error);

/// The 1-based line and column (in characters) of a byte offset into UTF-8 text.
struct Position {
    int line = 1;
    int column = 1;
};
Position positionOf(const QByteArray &bytes, qsizetype offset);

} // namespace Imprint::JsonText
