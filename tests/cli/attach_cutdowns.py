#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint attach-cutdowns on a small catalog of its own: the 30 s and 60 s edits a sync library
asks for are copied to CutDowns/<artist>/<track>/ and recorded as the track's cut-downs with their
hashes, the chosen files untouched; attaching them again adds nothing; a file that is no audio,
one that cannot be decoded and a missing one are each refused with its name, and neither the
library nor the catalog changes. Analyze then measures them against 30.000 s and 60.000 s, and
the sync readiness no longer asks for cut-downs. With --team, on a team catalog on the throwaway
PostgreSQL server (issue 16)."""
import hashlib
import os
import shutil
import sys

from common import catalog_sql, check, library_folder, run, run_json, script_catalog, write_wav

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "attach-cutdowns-team" if "--team" in sys.argv[3:] else "attach-cutdowns")
shutil.rmtree(folder, ignore_errors=True)
library = os.path.join(folder, "library")
edits = os.path.join(folder, "edits")  # where the user exported them, outside the library
os.makedirs(library)
os.makedirs(edits)
catalog, team = script_catalog(folder, "attach_cutdowns")


def digest(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


def snapshot():
    tree = sorted(os.path.relpath(os.path.join(base, name), library)
                  for base, dirs, files in os.walk(library) for name in dirs + files)
    return tree, catalog_sql(catalog, "SELECT rel_path, kind FROM assets ORDER BY id")


write_wav(os.path.join(library, "Glass Harbour.wav"), 1, seconds=2)
library_folder(imprint, catalog, team, library)
run_json(imprint, "--catalog", catalog, "import", library)
track = str(run_json(imprint, "--catalog", catalog, "tracks")["tracks"][0]["id"])



def sync_rules():
    entry = run_json(imprint, "--catalog", catalog, "rights-report", "--track", track)["tracks"][0]
    return [finding["rule"] for finding in entry["readiness"]["sync"]["findings"]]


check("sync.cutdowns.missing" in sync_rules(), f"sync readiness before: {sync_rules()}")
short, long = os.path.join(edits, "Glass Harbour 30s.wav"), os.path.join(edits, "Glass Harbour 60s.wav")
write_wav(short, 2, seconds=30)
write_wav(long, 3, seconds=60)
originals = {short: digest(short), long: digest(long)}
report = run_json(imprint, "--catalog", catalog, "attach-cutdowns", short, long, "--track", track)
report_paths = list(report["added"])
check(report["ok"] and len(report["added"]) == 2 and report["folder"].startswith("CutDowns/"), f"{report}")
rows = catalog_sql(catalog, "SELECT rel_path, content_hash, duration_ms, track_id FROM assets "
                   "WHERE kind = 'cutdown' ORDER BY rel_path")
check([row[0] for row in rows] == sorted(report["added"]), f"cut-down rows: {rows}")
for rel_path, content_hash, duration, track_id in rows:
    path = os.path.join(library, rel_path)
    check(os.path.isfile(path) and digest(path) == content_hash, f"{rel_path}: not in place or hash")
    check(duration in (30000, 60000) and str(track_id) == track, f"row {rel_path}: {duration}, {track_id}")
check(all(digest(path) == sha for path, sha in originals.items()), "the chosen files changed")
check(not [n for n in os.listdir(library) if n.startswith(".imprint")], "a temporary folder is left")

# Again: the same content is attached already, nothing is added.
again = run_json(imprint, "--catalog", catalog, "attach-cutdowns", short, "--track", track)
check(again["ok"] and not again["added"] and again["alreadyAttached"] == [os.path.basename(short)], f"{again}")

# Refusals name the file; nothing changes, also not for the good file chosen with them.
text = os.path.join(edits, "notes.txt")
with open(text, "w") as out:
    out.write("not audio")
broken = os.path.join(edits, "Broken 30s.wav")
with open(broken, "wb") as out:
    out.write(b"RIFF\x24\x00\x00\x00WAVEjunk")
fresh = os.path.join(edits, "Glass Harbour 30s v2.wav")
write_wav(fresh, 4, seconds=30)
before = snapshot()
for bad, word in ((text, "not an audio file"), (broken, "Broken 30s.wav"),
                  (os.path.join(edits, "gone.wav"), "no such file")):
    result = run(imprint, "--catalog", catalog, "attach-cutdowns", fresh, bad, "--track", track, expect=1)
    message = next((line for line in result.stderr.splitlines() if line.startswith("imprint: ")), "")
    check(os.path.basename(bad) in message and word in message and "nothing was attached" in message,
          f"{bad}: unclear message: {result.stderr}")
    check(snapshot() == before, f"{bad}: the library or the catalog changed")
    report = run_json(imprint, "--catalog", catalog, "attach-cutdowns", fresh, bad, "--track", track, expect=1)
    check(not report["ok"] and not report["added"] and report["error"], f"{bad}: {report}")

# A cut-down removed by hand keeps its row: a new export of the same name is put beside it, not
# refused by the catalog's unique path. (Then the first is put back and the new one taken off.)
removed = [path for path in report_paths if path.endswith("Glass Harbour 30s.wav")][0]
os.remove(os.path.join(library, removed))
os.makedirs(os.path.join(edits, "v2"))
same_name = os.path.join(edits, "v2", "Glass Harbour 30s.wav")
write_wav(same_name, 5, seconds=30)
again = run_json(imprint, "--catalog", catalog, "attach-cutdowns", same_name, "--track", track)
check(again["ok"] and len(again["added"]) == 1 and again["added"][0] != removed, f"{again}")
shutil.copyfile(short, os.path.join(library, removed))
os.remove(os.path.join(library, again["added"][0]))
catalog_sql(catalog, "DELETE FROM assets WHERE rel_path = ?", again["added"][0])

# The analysis measures them against 30.000 s and 60.000 s (the 2 s master fails other checks).
sync = run_json(imprint, "--catalog", catalog, "check", "--profile", "sync", expect=1)
cuts = [c for t in sync["tracks"] for c in t["stems"]["checks"] if c["id"].startswith("cutdown:")]
check(len(cuts) == 2 and all(c["verdict"] == "pass" for c in cuts), f"cut-down checks: {cuts}")
check("sync.cutdowns.missing" not in sync_rules(), f"sync readiness still asks for cut-downs: {sync_rules()}")

run(imprint, "--catalog", catalog, "attach-cutdowns", short, "--track", "999999", expect=1)
run(imprint, "--catalog", catalog, "attach-cutdowns", short, expect=2)
print("1 passed, 0 failed")
