// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Comma-separated values as RFC 4180 writes them, the way spreadsheets exchange tables.
namespace Imprint::Csv
{

/// One record and the lines of the file it starts and ends on (a quoted field may span lines).
struct Record {
    int line = 0;
    int lastLine = 0;
    QStringList fields;
};

struct Table {
    QList<Record> records;
    /// Empty when the whole text parsed; otherwise why, naming the line.
    QString error;
};

/// Parses text into records. Accepts CRLF or LF line ends and a leading byte-order mark;
/// blank lines are skipped. An unterminated quote, or text after a closing quote (a quote mark
/// missing its partner), is an error for the whole text naming the lines it covers, because
/// everything after it would be misread. A field guarded against formulas (see field()) is
/// read back without its guard, so parse(line(fields)) gives the fields again.
Table parse(QStringView text, QChar separator = u',');

/// The separator the first line (the header) uses: a comma, else a tab (a spreadsheet's
/// "Unicode text"), else a semicolon (a spreadsheet's CSV in locales with a decimal comma).
QChar separatorOf(QStringView text);

/// One field, quoted when it holds a comma, quote, line break or leading/trailing space.
/// A value a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage
/// return) is guarded as OWASP advises: a single quote in front, and quoted. A plain number
/// such as -3.2 is not a formula and is written as it is.
QString field(const QString &value);

/// Whether field() puts a guard quote in front of value.
bool needsFormulaGuard(QStringView value);

/// A record as one line, without the line end.
QString line(const QStringList &fields);

} // namespace Imprint::Csv
