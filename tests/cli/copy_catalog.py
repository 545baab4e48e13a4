#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint copy-catalog (issue 16): the demo catalog copied to the throwaway PostgreSQL server
(IMPRINT_TEST_PG_URL) and back into a new file; export-metadata of all three is byte for byte the
same, and so are searches (the copy computes the derived search text). A catalog that holds
data is never copied into, and copying onto itself is refused."""
import os
import re
import shutil
import sqlite3
import subprocess
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "copy-catalog")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)

# A database of its own on the test server.
name = f"copy_{os.getpid()}"
subprocess.run(["psql", server, "-qc", f"CREATE DATABASE {name}"], check=True)
team = re.sub(r"^(postgresql://[^/]*)/[^?]*", rf"\1/{name}", server)


def export(catalog, out):
    run(imprint, "--catalog", catalog, "export-metadata", os.path.join(folder, out))
    with open(os.path.join(folder, out), "rb") as source:
        return source.read()


report = run_json(imprint, "copy-catalog", demo_catalog, team)
check(report["rows"]["tracks"] == 14 and report["to"] == team, f"copy report: {report}")
# The search text is derived and not in the copy: the copy computes it (checked before anything
# opens the copy, which would fill it too), and searches list what the file lists.
stale = subprocess.run(["psql", team, "-tAc", "SELECT count(*) FROM tracks WHERE search_text IS NULL"],
                       check=True, capture_output=True, text=True).stdout.strip()
check(stale == "0", f"{stale} tracks on the server have no search text after the copy")
original = export(demo_catalog, "demo.json")
check(export(team, "team.json") == original, "the server's export differs from the file's")

for words in ["quiet engines", "INSTRUMENTAL", "ep", "zzz-nothing", ""]:
    here = run_json(imprint, "--catalog", demo_catalog, "tracks", "--search", words)
    there = run_json(imprint, "--catalog", team, "tracks", "--search", words)
    check(here == there, f"search {words!r}: the server lists {there['count']}, the file {here['count']}")

back = os.path.join(folder, "back.sqlite")
text = run(imprint, "copy-catalog", team, back)
check("Copied" in text.stdout, f"copy back:\n{text.stdout}{text.stderr}")
copied = sqlite3.connect(back)
stale = copied.execute("SELECT count(*) FROM tracks WHERE search_text IS NULL").fetchone()[0]
copied.close()
check(stale == 0, f"{stale} tracks in the copy back have no search text")
check(export(back, "back.json") == original, "the copy back's export differs from the original")

# Never into a catalog that holds data, never onto itself.
text = run(imprint, "copy-catalog", back, team, expect=1)
check("already holds data" in text.stderr, f"copying into a full catalog:\n{text.stderr}")
check(export(team, "team-again.json") == original, "a refused copy changed the server's catalog")
run(imprint, "copy-catalog", back, back, expect=2)
run(imprint, "copy-catalog", back, expect=2)
print("copy-catalog: file → server → file, exports identical")
