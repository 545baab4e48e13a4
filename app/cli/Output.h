// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace Imprint::CommandLine
{

/// One line on stream, flushed at once so progress and messages keep their order.
void print(FILE *stream, const QString &text);

/// --json output: object, indented, on stdout.
void printJson(const QJsonObject &object);

} // namespace Imprint::CommandLine
