#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Two people, two computers, one team catalog (issue 16, item 5). The demo catalog is copied to
the throwaway PostgreSQL server; each computer (its own configuration folder) has the library at
its own place. Each names its folder with library-folder, which checks it (every file at its
relative path, SHA-256 where the catalog recorded one) and remembers it for that computer only.
A folder with none of the catalog's files is refused; a file missing or changed on one computer
is named there and does not touch the other."""
import hashlib
import json
import os
import shutil
import sqlite3
import sys

from common import catalog_sql, check, run, team_database

imprint, work = sys.argv[1], sys.argv[2]
server = os.environ["IMPRINT_TEST_PG_URL"]
demo_catalog = os.path.join(work, "demo", "catalog.sqlite")
folder = os.path.join(work, "team-library")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(os.path.join(folder, "empty"))

with sqlite3.connect(demo_catalog) as db:
    demo_library = db.execute("SELECT value FROM settings WHERE key = 'library_root'").fetchone()[0]
    files = [row[0] for row in db.execute("SELECT rel_path FROM assets ORDER BY rel_path")]
check(len(files) > 10, f"the demo catalog refers to {len(files)} files")


def sha256(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


def recorded_hashes():
    return dict(catalog_sql(team, "SELECT rel_path, content_hash FROM assets WHERE content_hash IS NOT NULL"))


def differing(mount):
    """The files whose bytes are not those the catalog recorded, by Python's own SHA-256."""
    return sorted(path for path, digest in recorded_hashes().items()
                  if os.path.exists(os.path.join(mount, path)) and sha256(os.path.join(mount, path)) != digest)

name = f"library_{os.getpid()}"
team = team_database(server, name)
run(imprint, "copy-catalog", demo_catalog, team)

# The shared library, mounted at a different place on each computer.
computers = {}
for person in ("ana", "ben"):
    mount = os.path.join(folder, person, "mnt", "Label Library")
    shutil.copytree(demo_library, mount)
    computers[person] = {"mount": mount,
                         "env": {"XDG_CONFIG_HOME": os.path.join(folder, person, "config")}}


def imprint_on(person, *args, expect=0):
    return run(imprint, "--catalog", team, *args, env=computers[person]["env"], expect=expect)


def library_on(person, *args, expect=0):
    result = imprint_on(person, "library-folder", *args, "--json", expect=expect)
    return json.loads(result.stdout)


# No folder on a computer yet: said so, with the command that names one.
said = imprint_on("ana", "library-folder", expect=1)
check("library-folder FOLDER" in said.stderr, f"no folder yet:\n{said.stderr}")
# A folder with none of the catalog's files is not taken for the library…
empty = os.path.join(folder, "empty")
said = imprint_on("ana", "library-folder", empty, expect=1)
check(empty in said.stderr and "--force" in said.stderr, f"an empty folder:\n{said.stderr}")
imprint_on("ana", "library-folder", expect=1)  # nothing was remembered

# …each computer's own is: every file found there. The demo's master agreement of Copper Sky was
# edited after it was attached, and its recorded SHA-256 says so on both computers.
tampered = differing(computers["ana"]["mount"])
check(len(tampered) == 1 and tampered[0].endswith("/Master agreement - Copper Sky.pdf"),
      f"the demo's edited agreement: {tampered}")
for person in ("ana", "ben"):
    report = library_on(person, computers[person]["mount"], expect=1)
    check(report["used"] and report["found"] == len(files) == report["files"] and not report["missing"]
          and report["changed"] == tampered, f"{person}'s library: {report}")

# Ana analyses the catalog: it records every audio file's SHA-256; Ben's copy verifies against it.
imprint_on("ana", "check", "--profile", "streaming", expect=1)  # the demo has failing tracks on purpose
hashed = len(recorded_hashes())
check(hashed > len(tampered) + 10, f"the analysis recorded {hashed} SHA-256 digests")
for person in ("ana", "ben"):
    report = library_on(person, expect=1)
    check(report["folder"] == computers[person]["mount"] and report["verified"] == hashed - len(tampered)
          and report["found"] == len(files) and report["changed"] == tampered, f"{person} verifies: {report}")

# The catalog itself names no one's folder: neither computer's mount point is in it.
stored = catalog_sql(team, "SELECT value FROM settings WHERE key = 'library_root'")
check(not any("mnt" in str(value) for value in stored), f"a computer's folder was written into the team catalog: {stored}")

# On Ben's computer one file was half synced and one is gone: both named, Ana's copy is fine.
changed = next(path for path in sorted(recorded_hashes()) if path not in tampered)
gone = next(path for path in files if path != changed and path not in tampered)
with open(os.path.join(computers["ben"]["mount"], changed), "r+b") as damaged:
    damaged.seek(-64, os.SEEK_END)
    damaged.write(b"\0" * 64)
os.remove(os.path.join(computers["ben"]["mount"], gone))
report = library_on("ben", expect=1)
check(report["changed"] == sorted(tampered + [changed]) == differing(computers["ben"]["mount"])
      and report["missing"] == [gone], f"Ben's check: {report}")
said = imprint_on("ben", "library-folder", expect=1)
check(f"missing: {gone}" in said.stderr and f"not the file analysed: {changed}" in said.stderr,
      f"Ben's check says:\n{said.stderr}")
report = library_on("ana", expect=1)
check(report["missing"] == [] and report["changed"] == tampered, f"Ana's library is as it was: {report}")
# A backup on Ben's computer names the missing file instead of leaving it out.
said = imprint_on("ben", "backup", os.path.join(folder, "ben.tar.zst"), expect=1)
check(gone in said.stderr, f"Ben's backup:\n{said.stderr}")
print(f"team library: {len(files)} files on two computers at two mount points, one catalog")
