#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint export-metadata / import-metadata on the demo catalog: the JSON export imports into an
empty catalog and exports again byte for byte; the CSV reads in Python's csv module, and an edited
CSV with bad rows applies the good ones and names each bad one by line. With --team, the catalog
imported into and edited is a team catalog on the throwaway PostgreSQL server (issue 16)."""
import csv
import json
import os
import shutil
import sys

from common import catalog_sql, check, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "metadata-team" if "--team" in sys.argv[3:] else "metadata")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
fresh, team = script_catalog(folder, "metadata")

# JSON: the whole catalog, round trip exact.
exported = os.path.join(folder, "catalog.json")
run(imprint, "--catalog", demo_catalog, "export-metadata", exported)
with open(exported, encoding="utf-8") as source:
    document = json.load(source)
check(document["format"] == "imprint-catalog" and len(document["tables"]["tracks"]) == 14,
      f"unexpected export: {list(document)} with {len(document['tables'].get('tracks', []))} tracks")
check("library_root" not in {row["key"] for row in document["tables"]["settings"]},
      "the library root is exported")

report = run_json(imprint, "--catalog", fresh, "import-metadata", exported)
check(report["ok"] and report["rows"]["tracks"] == 14, f"import report: {report}")
again = os.path.join(folder, "again.json")
run(imprint, "--catalog", fresh, "export-metadata", again)
with open(exported, "rb") as first, open(again, "rb") as second:
    check(first.read() == second.read(), "the re-exported JSON differs from the first export")
check(run_json(imprint, "--catalog", fresh, "tracks") == run_json(imprint, "--catalog", demo_catalog, "tracks"),
      "the imported catalog lists other tracks")

# A catalog that holds data is never overwritten by a JSON import.
text = run(imprint, "--catalog", fresh, "import-metadata", exported, expect=1)
check("already holds data" in text.stderr, f"importing twice must be refused:\n{text.stderr}")
broken = os.path.join(folder, "broken.json")
with open(broken, "w", encoding="utf-8") as target:
    target.write('{"format": "imprint-catalog", "tables": {')
text = run(imprint, "--catalog", os.path.join(folder, "other.sqlite"), "import-metadata", broken, expect=1)
check("broken.json" in text.stderr and "not valid JSON" in text.stderr, f"bad JSON message:\n{text.stderr}")

# CSV: one row per track, readable by an independent reader.
tracks_csv = os.path.join(folder, "tracks.csv")
run(imprint, "--catalog", fresh, "export-metadata", tracks_csv)
with open(tracks_csv, newline="", encoding="utf-8") as source:
    rows = list(csv.DictReader(source))
check(len(rows) == 14 and rows[0]["track_id"] and "isrc" in rows[0] and "release" in rows[0],
      f"CSV rows: {rows[:1]}")

# Edit it as a spreadsheet would: one good change, one bad ISRC, one unknown track.
rows[0]["genre"] = "Dream Pop"
rows[1]["isrc"] = "NOT-AN-ISRC"
extra = dict(rows[2], track_id="9999")
rows.append(extra)
edited = os.path.join(folder, "edited.csv")
with open(edited, "w", newline="", encoding="utf-8") as target:
    writer = csv.DictWriter(target, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)

report = run_json(imprint, "--catalog", fresh, "import-metadata", edited, "--dry-run", expect=1)
check(report["dryRun"] and report["updated"] == 1, f"dry run report: {report}")
check(catalog_sql(fresh, "SELECT count(*) FROM tracks WHERE genre = 'Dream Pop'") == [(0,)],
      "a dry run changed the catalog")

text = run(imprint, "--catalog", fresh, "import-metadata", edited, expect=1)
check("edited.csv:3: ISRC" in text.stderr and "edited.csv:16: no track" in text.stderr,
      f"bad rows are not named by line:\n{text.stderr}")
check("Updated 1" in text.stdout and "2 rows refused" in text.stdout, f"summary:\n{text.stdout}")
check(catalog_sql(fresh, "SELECT id FROM tracks WHERE genre = 'Dream Pop'") == [(int(rows[0]["track_id"]),)],
      "the good row was not applied")

run(imprint, "export-metadata", expect=2)
run(imprint, "export-metadata", os.path.join(folder, "out.txt"), expect=2)
print("1 passed, 0 failed")
