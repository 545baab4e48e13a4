// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Imprint::Csv
{

namespace
{

// A number a spreadsheet reads as a number (-3.2, +1, 4e-2) starts with + or - but is no formula.
bool isPlainNumber(QStringView value)
{
    static const QRegularExpression number(u"^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$"_s);
    return number.matchView(value).hasMatch();
}

// The value written before field() guarded it.
QString unguarded(const QString &value)
{
    return value.startsWith(u'\'') && needsFormulaGuard(QStringView(value).mid(1)) ? value.mid(1) : value;
}

} // namespace

bool needsFormulaGuard(QStringView value)
{
    // A value that starts with quote marks is guarded when what follows them is, so that a value
    // really starting with a quote mark survives the guard being taken off on reading.
    qsizetype start = 0;
    while (start < value.size() && value.at(start) == u'\'')
        ++start;
    const QStringView rest = value.mid(start);
    if (rest.isEmpty())
        return false;
    const QChar first = rest.front();
    const bool trigger = first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
    return trigger && !isPlainNumber(rest);
}

Table parse(QStringView text, QChar separator)
{
    Table table;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    Record record;
    QString value;
    bool quoted = false; // inside a quoted field
    bool closed = false; // right after a quoted field's closing quote
    bool fieldStarted = false; // the record has at least one character or separator
    int line = 1;
    int quoteLine = 0;
    record.line = line;

    auto endRecord = [&] {
        if (fieldStarted || !value.isEmpty()) {
            record.fields.append(unguarded(value));
            record.lastLine = line;
            table.records.append(record);
        }
        record = Record {};
        value.clear();
        fieldStarted = false;
        closed = false;
    };
    auto fail = [&table](const QString &error) {
        table.error = error;
        table.records.clear();
        return table;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    value.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    closed = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                value.append(c);
            }
            continue;
        }
        const bool endsField = c == separator || c == u'\n' || c == u'\r';
        if (closed && !endsField) {
            if (quoteLine == line)
                return fail(QCoreApplication::translate("Csv",
                    "line %1: text follows the closing quote of a quoted field (is a quote mark missing, or "
                    "not doubled inside the field?)")
                        .arg(line));
            return fail(QCoreApplication::translate("Csv",
                "line %1: a quoted field opened here closes on line %2 and text follows its closing quote, "
                "so lines %1–%2 cannot be read (is a quote mark missing, or not doubled inside the field?)")
                    .arg(quoteLine)
                    .arg(line));
        }
        if (c == u'"' && value.isEmpty()) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == separator) {
            record.fields.append(unguarded(value));
            value.clear();
            fieldStarted = true;
            closed = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
            record.line = line;
        } else {
            value.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        const int lastLine = text.endsWith(u'\n') ? line - 1 : line;
        return fail(QCoreApplication::translate(
            "Csv", "line %1: a quoted field opened here is never closed, so lines %1–%2 cannot be read")
                .arg(quoteLine)
                .arg(lastLine));
    }
    endRecord();
    return table;
}

QChar separatorOf(QStringView text)
{
    const QStringView header = text.left(text.indexOf(u'\n'));
    if (header.contains(u','))
        return u',';
    if (header.contains(u'\t'))
        return u'\t';
    if (header.contains(u';'))
        return u';';
    return u',';
}

QString field(const QString &value)
{
    if (needsFormulaGuard(value)) {
        QString escaped = u'\'' + value;
        escaped.replace(u"\""_s, u"\"\""_s);
        return u'"' + escaped + u'"';
    }
    // A leading U+FEFF is quoted too: as the file's first character it would be read as the
    // byte-order mark and dropped (found by fuzz_csv).
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || value.startsWith(QChar(0xFEFF))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &value : fields)
        out.append(field(value));
    return out.join(u',');
}

} // namespace Imprint::Csv
