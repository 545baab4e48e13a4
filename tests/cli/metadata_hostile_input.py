#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""import-metadata / export-metadata on hostile files (issue 17): formulas leave as text and come
back unchanged; new tracks from a file with a version column; a BPM of nan is refused by line;
Windows-1252 is refused naming the line, UTF-16 tab-separated text is read; a read-only edit is a
warning; an unclosed quote names the lines it swallows; JSON with bad identifiers, without tables
or broken is refused with the line and column."""
import csv
import json
import os
import shutil
import sqlite3
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "metadata-hostile")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
catalog = os.path.join(folder, "catalog.sqlite")
FORMULA = '=HYPERLINK("http://evil.example","click")'


def write(name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as target:
        target.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def titles():
    with sqlite3.connect(catalog) as db:
        return [row[0] for row in db.execute("SELECT title FROM tracks ORDER BY id")]


# New tracks from a file with a version column; the nan BPM row is refused by its line.
rows = [["title", "version", "artist", "bpm"], [FORMULA, "", "@Nova", "120"],
        ["Salt – Ember", "Radio Edit", "Nova Lark", "nan"], ["Plain", "", "", "-3.2"], ["Second", "Clean", "", ""]]
with open(os.path.join(folder, "new.csv"), "w", newline="", encoding="utf-8") as target:
    csv.writer(target).writerows(rows)
text = run(imprint, "--catalog", catalog, "import-metadata", os.path.join(folder, "new.csv"), "--new", expect=1)
check("new.csv:3: BPM" in text.stderr and "new.csv:4: BPM" in text.stderr, f"refused rows:\n{text.stderr}")
check("NOT NULL" not in text.stderr, f"a version column breaks new rows:\n{text.stderr}")
check("created 2" in text.stdout and "2 rows refused" in text.stdout, f"summary:\n{text.stdout}")
check(titles() == [FORMULA, "Second"], f"tracks: {titles()}")

# The export shows the formula as text, and reads back as the original value.
exported = os.path.join(folder, "tracks.csv")
run(imprint, "--catalog", catalog, "export-metadata", exported)
with open(exported, encoding="utf-8", newline="") as source:
    raw = source.read()
check('"\'=HYPERLINK(""http://evil.example"",""click"")"' in raw and '"\'@Nova"' in raw,
      f"formulas are not guarded:\n{raw}")
records = list(csv.DictReader(raw.splitlines()))
check(records[0]["title"] == "'" + FORMULA, f"a spreadsheet would read: {records[0]['title']}")
report = run_json(imprint, "--catalog", catalog, "import-metadata", exported)
check(report["ok"] and report["unchanged"] == 2 and not report["warnings"], f"re-import: {report}")
check(titles() == [FORMULA, "Second"], f"re-import changed titles: {titles()}")

# A read-only edit is a warning; the row's other cells are applied and the exit status is 0.
records[1]["release_date"] = "2030-01-01"
records[1]["genre"] = "Ambient"
edited = os.path.join(folder, "edited.csv")
with open(edited, "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=list(records[0]))
    writer.writeheader()
    writer.writerows(records)
text = run(imprint, "--catalog", catalog, "import-metadata", edited)
check("edited.csv:3: warning: release_date: read-only" in text.stderr, f"read-only edit:\n{text.stderr}")
check("Updated 1" in text.stdout, f"summary:\n{text.stdout}")

# Encodings: Windows-1252 refused by line, UTF-16 "Unicode text" (tab-separated) read.
cp1252 = write("cp1252.csv", "track_id,title\n1,Café\n2,Salt – Ember\n".encode("cp1252"))
text = run(imprint, "--catalog", catalog, "import-metadata", cp1252, expect=1)
check("cp1252.csv" in text.stderr and "line 2 is not UTF-8" in text.stderr, f"Windows-1252:\n{text.stderr}")
check(titles() == [FORMULA, "Second"], f"a refused file changed titles: {titles()}")
unicode_text = write("unicode.csv", "track_id\ttitle\r\n2\tSalt – Ember\r\n".encode("utf-16"))
run(imprint, "--catalog", catalog, "import-metadata", unicode_text)
check(titles() == [FORMULA, "Salt – Ember"], f"UTF-16: {titles()}")

# An unclosed quote names the lines it swallows; nothing is applied.
unclosed = write("unclosed.csv", 'track_id,title\n1,Fine\n2,"Open\n3,x\n')
text = run(imprint, "--catalog", catalog, "import-metadata", unclosed, expect=1)
check("unclosed.csv" in text.stderr and "lines 3–4" in text.stderr, f"unclosed quote:\n{text.stderr}")
check(titles()[0] == FORMULA, "an unreadable file was partly applied")

# JSON: identifiers, structure and line:column.
run(imprint, "--catalog", catalog, "new-release", "--title", "Glass Harbour", "--artist", "Nova Lark")
catalog_json = os.path.join(folder, "catalog.json")
run(imprint, "--catalog", catalog, "export-metadata", catalog_json)
with open(catalog_json, encoding="utf-8") as source:
    document = json.load(source)
for table, column, value in [("tracks", "isrc", "NOT-AN-ISRC"), ("releases", "upc", "123")]:
    bad = json.loads(json.dumps(document))
    bad["tables"][table][0][column] = value
    path = write(f"bad-{column}.json", json.dumps(bad, indent=1))
    text = run(imprint, "--catalog", os.path.join(folder, f"{column}.sqlite"), "import-metadata", path, expect=1)
    check(f"bad-{column}.json" in text.stderr and f'"{value}"' in text.stderr and f"{table}, row 1" in text.stderr,
          f"{column} {value}:\n{text.stderr}")
no_tables = write("no-tables.json", json.dumps({key: document[key] for key in document if key != "tables"}))
text = run(imprint, "--catalog", os.path.join(folder, "none.sqlite"), "import-metadata", no_tables, expect=1)
check("not a complete Imprint catalog export" in text.stderr, f"no tables:\n{text.stderr}")
broken = write("broken.json", '{\n  "format": "imprint-catalog",\n  "tables": [1, 2,,]\n}\n')
text = run(imprint, "--catalog", os.path.join(folder, "broken.sqlite"), "import-metadata", broken, expect=1)
check("broken.json: not valid JSON at line 3, column" in text.stderr and "byte" not in text.stderr,
      f"broken JSON:\n{text.stderr}")
report = run_json(imprint, "--catalog", os.path.join(folder, "broken.sqlite"), "import-metadata", broken, expect=1)
check(not report["ok"] and "line 3" in report["error"], f"--json: {report}")
good = run_json(imprint, "--catalog", os.path.join(folder, "good.sqlite"), "import-metadata", catalog_json)
check(good["ok"] and good["rows"]["tracks"] == 2, f"the unedited export: {good}")
print("1 passed, 0 failed")
