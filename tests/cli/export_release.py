#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint export-release on a copy of the demo catalog: preflight refuses without --force and
names what is missing; Distributor (ZIP) and Sync (tar.zst) packages verify and independent readers
accept them; the library's masters stay byte-identical; the tagged copies carry the catalog's
ISRC; every package is in the release's delivery history."""
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile

import mutagen

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
demo = os.path.join(work, "demo")
folder = os.path.join(work, "export")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
catalog = os.path.join(folder, "catalog.sqlite")
# A consistent copy through SQLite (the library root stays the demo's absolute folder).
with sqlite3.connect(os.path.join(demo, "catalog.sqlite")) as source, sqlite3.connect(catalog) as target:
    source.backup(target)

with sqlite3.connect(catalog) as db:
    root = db.execute("SELECT value FROM settings WHERE key = 'library_root'").fetchone()[0]
    release_id, title = db.execute(
        "SELECT r.id, r.title FROM releases r JOIN release_tracks rt ON rt.release_id = r.id "
        "JOIN assets a ON a.track_id = rt.track_id AND a.kind = 'stem' WHERE coalesce(r.upc, '') = '' "
        "ORDER BY r.id LIMIT 1").fetchone()
    track_id = db.execute("SELECT track_id FROM release_tracks WHERE release_id = ? ORDER BY track_number LIMIT 1",
                          (release_id,)).fetchone()[0]
    db.execute("UPDATE tracks SET isrc = 'QZTST2600042' WHERE id = ?", (track_id,))
    paths = [row[0] for row in db.execute("SELECT rel_path FROM assets")]


def digest(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


before = {path: digest(os.path.join(root, path)) for path in paths}

package = os.path.join(folder, "distributor.zip")
refused = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                   "distributor", "--out", package, expect=1)
messages = [w["message"] for w in refused["warnings"]]
check(refused["refused"] and "no UPC/EAN" in messages and not os.path.exists(package),
      f"preflight must refuse a release without UPC: {refused}")

report = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                  "distributor", "--out", package, "--force")
check(report["ok"] and report["files"] >= 2 and len(report["sha256"]) == 64, f"distributor export: {report}")
# Every packaged file plus metadata.json and metadata.csv was read back and matched the manifest.
check(report["verifiedEntries"] == report["files"] + 2, f"verification: {report}")
check(run_json(imprint, "verify", package)["ok"], "the distributor package does not verify")
check(subprocess.run(["unzip", "-tq", package], capture_output=True).returncode == 0, "unzip -t refuses it")
with zipfile.ZipFile(package) as archive:
    names = archive.namelist()
    check("metadata.json" in names and "metadata.csv" in names and "MANIFEST.sha256" in names, str(names))
    check(any(n.startswith("Artwork/cover.") for n in names), f"no artwork: {names}")
    masters = [n for n in names if n.startswith("Masters/")]
    check(len(masters) == report["files"] - 1, f"masters: {masters}")
    metadata = json.loads(archive.read("metadata.json"))
    check(metadata["release"]["title"] == title, f"metadata: {metadata['release']}")
    check(any("UPC" in w["message"] for w in metadata["warnings"]), "the warnings are not recorded")
    archive.extract(masters[0], folder)
tags = mutagen.File(os.path.join(folder, masters[0]))
text = " ".join(str(v) for v in (tags.tags.values() if hasattr(tags.tags, "values") else []))
check("QZTST2600042" in text, f"the tagged copy lacks the catalog's ISRC: {text[:400]}")

sync = os.path.join(folder, "sync.tar.zst")
report = run_json(imprint, "--catalog", catalog, "export-release", "--release", str(release_id), "--profile",
                  "sync", "--out", sync, "--force")
check(report["ok"], f"sync export: {report}")
check(run_json(imprint, "verify", sync)["ok"], "the sync package does not verify")
listing = subprocess.run(["bsdtar", "-tf", sync], capture_output=True, text=True)
check(listing.returncode == 0 and "metadata.csv" in listing.stdout, f"bsdtar refuses it: {listing.stderr}")
check(any(line.startswith("Stems/") for line in listing.stdout.splitlines()), "the sync package has no stems")

after = {path: digest(os.path.join(root, path)) for path in paths}
check(before == after, "the library's files changed during export")
with sqlite3.connect(catalog) as db:
    history = db.execute("SELECT profile, size, length(sha256) FROM deliveries WHERE release_id = ? ORDER BY id",
                         (release_id,)).fetchall()
check([h[0] for h in history] == ["distributor", "sync"] and all(h[2] == 64 for h in history),
      f"history: {history}")
run(imprint, "--catalog", catalog, "export-release", "--release", "999999", "--profile", "sync", "--out",
    os.path.join(folder, "none.zip"), expect=1)
run(imprint, "--catalog", catalog, "export-release", "--profile", "sync", expect=2)
print("1 passed, 0 failed")
