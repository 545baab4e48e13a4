// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
#include "Csv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Imprint::Csv
{

Table parse(QStringView text)
{
    Table table;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    Record record;
    QString value;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false; // the record has at least one character or separator
    int line = 1;
    int quoteLine = 0;
    record.line = line;

    auto endRecord = [&] {
        if (fieldStarted || !value.isEmpty()) {
            record.fields.append(value);
            table.records.append(record);
        }
        record = Record {};
        value.clear();
        fieldStarted = false;
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
                }
            } else {
                if (c == u'\n')
                    ++line;
                value.append(c);
            }
            continue;
        }
        if (c == u'"' && value.isEmpty()) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == u',') {
            record.fields.append(value);
            value.clear();
            fieldStarted = true;
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
        table.error
            = QCoreApplication::translate("Csv", "line %1: a quoted field is never closed").arg(quoteLine);
        table.records.clear();
        return table;
    }
    endRecord();
    return table;
}

QString field(const QString &value)
{
    const bool needsQuotes = value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r') || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
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
