// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Comma-separated values as RFC 4180 writes them, the way spreadsheets exchange tables.
namespace Imprint::Csv
{

/// One record and the line of the file it starts on (a quoted field may span lines).
struct Record {
    int line = 0;
    QStringList fields;
};

struct Table {
    QList<Record> records;
    /// Empty when the whole text parsed; otherwise why, naming the line.
    QString error;
};

/// Parses text into records. Accepts CRLF or LF line ends and a leading byte-order mark;
/// blank lines are skipped. An unterminated quote is an error for the whole text, because
/// everything after it would be misread.
Table parse(QStringView text);

/// One field, quoted when it holds a comma, quote, line break or leading/trailing space.
QString field(const QString &value);

/// A record as one line, without the line end.
QString line(const QStringList &fields);

} // namespace Imprint::Csv
