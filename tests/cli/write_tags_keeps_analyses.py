#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Writing the catalog's tags into analysed masters keeps their analyses: the next check analyses
nothing and judges as before, the stems' null tests stay current, and importing the library again
finds every file unchanged. A master whose audio changed since its analysis is analysed again. With
--team, the demo is copied to a team catalog on the throwaway PostgreSQL server first (issue 16)."""
import hashlib
import os
import shutil
import subprocess
import sys

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "tags-keep-analyses-team" if "--team" in sys.argv[3:] else "tags-keep-analyses")
shutil.rmtree(demo, ignore_errors=True)
os.makedirs(work, exist_ok=True)
run_json(imprint, "demo", "--out", demo)
library = os.path.join(demo, "library")
catalog, team = script_catalog(demo, "tags_keep")
if team:
    run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
    library_folder(imprint, catalog, team, library, expect=1)  # the demo's edited document is told


def verdicts(report):
    return {(t["title"], t["version"]): t["verdict"] for t in report["tracks"]}


def sha256(path):
    with open(path, "rb") as data:
        return hashlib.file_digest(data, "sha256").hexdigest()


# An ALAC master too: its tag writer proves the audio unchanged by its own payload hash, so the
# catalog knows it by the bytes its analysis read.
alac = os.path.join(library, "Mira Vale", "Night Ferry.m4a")
os.makedirs(os.path.dirname(alac), exist_ok=True)
subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "sine=frequency=220:duration=31:sample_rate=44100", "-ac", "2", "-c:a", "alac",
                "-metadata", "title=Night Ferry", "-metadata", "artist=Mira Vale", alac], check=True)
added = run_json(imprint, "--catalog", catalog, "import", library)
check(added["added"] == 1, f"the ALAC master was not imported: {added}")

# Everything analysed and null-tested first, as a user who checked the catalog before tagging.
run_json(imprint, "--catalog", catalog, "check", "--profile", "streaming", expect=1)
before = run_json(imprint, "--catalog", catalog, "check", "--profile", "streaming", expect=1)
check(before["analysed"] == 0 and before["nullTested"] == 0, f"a second check did work: {before}")

# One master re-exported outside Imprint since its analysis: other audio under the same name.
suffix = " (2027 Master)"
catalog_sql(catalog, "UPDATE tracks SET title = title || ?", suffix)
reexported, reexported_title = catalog_sql(
    catalog, "SELECT a.rel_path, t.title FROM assets a JOIN tracks t ON t.id = a.track_id "
    "WHERE a.kind = 'master' AND a.rel_path LIKE '%.flac' "
    "AND NOT EXISTS (SELECT 1 FROM assets s WHERE s.track_id = t.id AND s.kind = 'stem') "
    "ORDER BY a.rel_path LIMIT 1")[0]
null_tested = catalog_sql(catalog, "SELECT count(*) FROM stem_null_tests")[0][0]
check(null_tested >= 2, f"the demo should have null-tested stems: {null_tested}")
reexported_path = os.path.join(library, reexported)
subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "sine=frequency=330:duration=4:sample_rate=44100", "-ac", "2", reexported_path + ".new.flac"],
               check=True)
os.replace(reexported_path + ".new.flac", reexported_path)

written = run_json(imprint, "--catalog", catalog, "write-tags", "--all")
statuses = [f["status"] for f in written["files"]]
check(written["failed"] == 0 and statuses.count("written") == 15, f"expected 15 masters written: {statuses}")

# The catalog knows the new bytes of every master whose audio it had analysed.
masters = catalog_sql(catalog, "SELECT a.rel_path, a.content_hash, a.size, a.mtime_ms, CASE WHEN EXISTS "
                      "(SELECT 1 FROM analyses n WHERE n.asset_id = a.id AND n.content_hash = a.content_hash) "
                      "THEN 1 ELSE 0 END FROM assets a WHERE a.kind = 'master'")
for path, content_hash, size, mtime_ms, analysed in masters:
    if path == reexported:
        continue
    full = os.path.join(library, path)
    check(content_hash == sha256(full) and analysed, f"{path}: the analysis did not follow the new bytes")
    check(size == os.path.getsize(full) and mtime_ms == os.stat(full).st_mtime_ns // 1_000_000,
          f"{path}: size or time not recorded")

# Only the file changed outside Imprint is news to an import, and to the next check.
again = run_json(imprint, "--catalog", catalog, "import", library)
check(again["added"] == 0 and again["updated"] == 1, f"importing again after the write: {again}")
after = run_json(imprint, "--catalog", catalog, "check", "--profile", "streaming", expect=1)
check(after["analysed"] == 1, f"only the re-exported master should be analysed again: {after['analysed']}")
check(after["nullTested"] == 0, f"the null tests should still be current: {after['nullTested']}")
was = verdicts(before)
differing = {key: (was.get((key[0].removesuffix(suffix), key[1])), verdict)
             for key, verdict in verdicts(after).items() if key[0] != reexported_title}
differing = {key: pair for key, pair in differing.items() if pair[0] != pair[1]}
check(not differing, f"verdicts changed by a tag write: {differing}")
print("1 passed, 0 failed")
