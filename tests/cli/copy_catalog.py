#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint copy-catalog (issue 16): the demo catalog copied to the throwaway PostgreSQL server
(IMPRINT_TEST_PG_URL) and back into a new file; export-metadata of all three is byte for byte the
same. A catalog that holds data is never copied into, and copying onto itself is refused."""
import os
import re
import shutil
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
original = export(demo_catalog, "demo.json")
check(export(team, "team.json") == original, "the server's export differs from the file's")

back = os.path.join(folder, "back.sqlite")
text = run(imprint, "copy-catalog", team, back)
check("Copied" in text.stdout, f"copy back:\n{text.stdout}{text.stderr}")
check(export(back, "back.json") == original, "the copy back's export differs from the original")

# Never into a catalog that holds data, never onto itself.
text = run(imprint, "copy-catalog", back, team, expect=1)
check("already holds data" in text.stderr, f"copying into a full catalog:\n{text.stderr}")
check(export(team, "team-again.json") == original, "a refused copy changed the server's catalog")
run(imprint, "copy-catalog", back, back, expect=2)
run(imprint, "copy-catalog", back, expect=2)
print("copy-catalog: file → server → file, exports identical")
