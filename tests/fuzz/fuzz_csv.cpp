// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Imprint contributors
//
// The CSV reader and the track CSV import (import-metadata FILE.csv, the GUI's Import CSV…)
// against any bytes: decode, parse, check that every record survives a write and a read, and
// run the import as a dry run on a small generated catalog.
#include "FuzzTarget.h"
#include "TestCatalog.h"

#include "exchange/Csv.h"
#include "exchange/TextDecoding.h"
#include "exchange/TrackCsv.h"

#include <QStringEncoder>

#include <cstdlib>

using namespace Imprint;
using namespace Qt::StringLiterals;

namespace
{

Test::TestCatalog &catalog()
{
    static Test::TestCatalog generated(8);
    if (!generated.isValid())
        Fuzz::fail("the generated catalog could not be made"); // fuzzing nothing would pass silently
    return generated;
}

// What the writer produces the reader must give back, field for field (formula guards included).
void checkRoundTrip(const Csv::Record &record)
{
    if (record.fields.size() == 1 && record.fields.first().isEmpty())
        return; // an empty line: written as nothing, read as no record, by design
    const Csv::Table again = Csv::parse(Csv::line(record.fields));
    if (!again.error.isEmpty() || again.records.size() != 1 || again.records.first().fields != record.fields)
        Fuzz::fail("a record does not survive a write and a read", record.fields.join(u'|'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    if (!decoded.error.isEmpty()) {
        TrackCsv::importFile(catalog().store().connection(), bytes, /*dryRun=*/true); // must refuse too
        return 0;
    }
    const Csv::Table table = Csv::parse(decoded.text, Csv::separatorOf(decoded.text));
    int lastLine = 0;
    for (const Csv::Record &record : table.records) {
        if (record.line <= lastLine)
            Fuzz::fail("records out of line order"); // each names its own line, in file order
        lastLine = record.line;
        checkRoundTrip(record);
    }
    TrackCsv::importFile(catalog().store().connection(), bytes, /*dryRun=*/true);
    return 0;
}

QList<QByteArray> Imprint::Fuzz::seeds()
{
    ensureApplication();
    QList<QByteArray> all;
    QString error;
    const QString exported = TrackCsv::exportTracks(catalog().store().connection(), &error);
    if (!exported.isEmpty())
        all.append(exported.toUtf8());
    // The cases a spreadsheet produces and the ones the audit named.
    all.append(QByteArray("\xEF\xBB\xBFtitle,artist,isrc\r\nSalt Ember,Nova Lark,GBAYE2600001\r\n"));
    // A spreadsheet's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    all.append(QByteArray(utf16.encode(u"title\tartist\tbpm\r\nSalt Ember\tNova Lark\t120\r\n"_s)));
    all.append("title;artist\nSalt \x96 Ember;Nova Lark\n"_ba); // Windows-1252, refused
    all.append("title,version,artist,bpm\n\"Line\nbreak\",Radio Edit,\"A, B\",128\n"_ba);
    all.append("title,bpm\n=HYPERLINK(\"x\"),nan\n+1,-3\n@a,1e400\n"_ba);
    all.append("track_id,title\n1,\"unclosed\n2,next\n"_ba);
    all.append("track_id,title,isrc,work\n1,\"\"\"quoted\"\"\",XX-000-00-00000,read only\n"_ba);
    return all;
}
