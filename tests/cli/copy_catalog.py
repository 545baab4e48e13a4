#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint copy-catalog (issue 16): the demo catalog copied to the throwaway PostgreSQL server
(IMPRINT_TEST_PG_URL) and back into a new file; export-metadata of all three is byte for byte the
same, and so are searches (the copy computes the derived search text). The stored analyses and
stem null tests come back byte for byte, so the copy is not analysed again. A catalog that holds
data is never copied into, and copying onto itself is refused. A backup of the team catalog has
the measurements too."""
import os
import shutil
import sqlite3
import subprocess
import sys

from common import catalog_sql, check, run, run_json, team_database

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "copy-catalog")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)

# A database of its own on the test server.
name = f"copy_{os.getpid()}"
team = team_database(server, name)


def export(catalog, out):
    run(imprint, "--catalog", catalog, "export-metadata", os.path.join(folder, out))
    with open(os.path.join(folder, out), "rb") as source:
        return source.read()


def measurements(catalog):
    with sqlite3.connect(catalog) as db:
        return (db.execute("SELECT * FROM analyses ORDER BY asset_id, content_hash").fetchall(),
                db.execute("SELECT * FROM stem_null_tests ORDER BY track_id").fetchall())


analyses, null_tests = measurements(demo_catalog)
check(analyses and null_tests, "the demo catalog has no stored analyses or null tests to copy")
report = run_json(imprint, "copy-catalog", demo_catalog, team)
check(report["rows"]["tracks"] == 14 and report["to"] == team, f"copy report: {report}")
check(report["rows"]["analyses"] == len(analyses) and report["rows"]["stem_null_tests"] == len(null_tests),
      f"copy report: {report['rows']}, the file has {len(analyses)} analyses and {len(null_tests)} null tests")
curves = "SELECT count(*), sum(length(curve)) FROM analyses WHERE curve IS NOT NULL"
here, there = catalog_sql(demo_catalog, curves), catalog_sql(team, curves)
check(here == there, f"loudness curves (count, bytes): the file has {here}, the server {there}")
# The search text is derived and not in the copy: the copy computes it (checked before anything
# opens the copy, which would fill it too), and searches list what the file lists.
stale = catalog_sql(team, "SELECT count(*) FROM tracks WHERE search_text IS NULL")[0][0]
check(stale == 0, f"{stale} tracks on the server have no search text after the copy")
original = export(demo_catalog, "demo.json")
check(export(team, "team.json") == original, "the server's export differs from the file's")

for words in ["quiet engines", "INSTRUMENTAL", "ep", "zzz-nothing", ""]:
    here = run_json(imprint, "--catalog", demo_catalog, "tracks", "--search", words)
    there = run_json(imprint, "--catalog", team, "tracks", "--search", words)
    check(here == there, f"search {words!r}: the server lists {there['count']}, the file {here['count']}")

# A backup of the team catalog is a catalog file made the same way: the measurements are in it.
this_computer = {"XDG_CONFIG_HOME": os.path.join(folder, "config")}
# It exits 1, as the demo's Copper Sky agreement was edited after it was attached (on purpose), and
# remembers the folder all the same.
named = subprocess.run([imprint, "--catalog", team, "library-folder", os.path.join(work, "demo", "library")],
                       capture_output=True, text=True, env=dict(os.environ, **this_computer), timeout=300)
check("The team library is in" in named.stdout, f"library-folder:\n{named.stdout}{named.stderr}")
run(imprint, "--catalog", team, "backup", os.path.join(folder, "team.tar.zst"), env=this_computer)
run(imprint, "restore", os.path.join(folder, "team.tar.zst"), os.path.join(folder, "restored"))
check(measurements(os.path.join(folder, "restored", "catalog.sqlite")) == (analyses, null_tests),
      "the team catalog's backup lost or changed analyses or null tests")

back = os.path.join(folder, "back.sqlite")
text = run(imprint, "copy-catalog", team, back)
check("Copied" in text.stdout, f"copy back:\n{text.stdout}{text.stderr}")
check("  analyses: " in text.stderr and "  tracks: 14 rows\n" in text.stderr,
      f"copy back names no tables as it writes them:\n{text.stderr}")
copied = sqlite3.connect(back)
stale = copied.execute("SELECT count(*) FROM tracks WHERE search_text IS NULL").fetchone()[0]
copied.close()
check(stale == 0, f"{stale} tracks in the copy back have no search text")
check(export(back, "back.json") == original, "the copy back's export differs from the original")
check(measurements(back) == (analyses, null_tests), "the copy back's analyses or null tests differ")

# Never into a catalog that holds data, never onto itself.
text = run(imprint, "copy-catalog", back, team, expect=1)
check("already holds data" in text.stderr, f"copying into a full catalog:\n{text.stderr}")
check(export(team, "team-again.json") == original, "a refused copy changed the server's catalog")
run(imprint, "copy-catalog", back, back, expect=2)
run(imprint, "copy-catalog", back, expect=2)
print("copy-catalog: file → server → file, exports identical")
