#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint backup refuses (exit 1, nothing written) a catalog whose files it cannot all package
-- a file outside the library folder (as catalogs from before imports copied kept them), a file
gone from the library -- naming each and how to fix it, unless --allow-missing; imprint restore refuses a backup whose catalog points its assets
outside the restored library (an absolute or ".." path), naming the row, with nothing left."""
import hashlib
import os
import shutil
import sqlite3
import sys
import tarfile

from common import check, run, run_json, write_wav

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "backup-refusals")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
demo = os.path.join(folder, "demo")
run(imprint, "demo", "--out", demo)
catalog = os.path.join(demo, "catalog.sqlite")

# A second folder, beside the library, imported into the same catalog: imports copy it into the
# library now, but catalogs from before kept its files where they were ("../../second/…").
second = os.path.join(folder, "second")
os.makedirs(second)
write_wav(os.path.join(second, "Second Folder Take.wav"), seed=7)
run_json(imprint, "--catalog", catalog, "import", second, "--copy")
os.remove(os.path.join(demo, "library", "second", "Second Folder Take.wav"))
with sqlite3.connect(catalog) as db:
    db.execute("UPDATE assets SET rel_path = '../../second/Second Folder Take.wav' "
               "WHERE rel_path = 'second/Second Folder Take.wav'")
db.close()
with sqlite3.connect(catalog) as db:
    outside = [row[0] for row in db.execute("SELECT rel_path FROM assets WHERE rel_path LIKE '%Second Folder Take%'")]
db.close()
check(outside == ["../../second/Second Folder Take.wav"], f"the second folder's take is not in the catalog: {outside}")

backup = os.path.join(folder, "two-folders.tar.zst")
text = run(imprint, "--catalog", catalog, "backup", backup, expect=1)
check("Second Folder Take.wav" in text.stderr and "outside the library folder" in text.stderr
      and "imprint consolidate" in text.stderr and "Copy Files into Library" in text.stderr,
      f"the file outside the library is not named with the way to copy it in:\n{text.stderr}")
check(not os.path.exists(backup), "a backup missing files was written")
report = run_json(imprint, "--catalog", catalog, "backup", backup, expect=1)
check(not report["ok"] and report["missing"] == outside and "Second Folder Take.wav" in report["error"],
      f"JSON report of the refused backup: {report}")
check(not [n for n in os.listdir(folder) if n.startswith(".")], f"leftovers: {os.listdir(folder)}")

# A file gone from the library is named too.
with sqlite3.connect(catalog) as db:
    gone = db.execute("SELECT rel_path FROM assets WHERE kind = 'artwork' ORDER BY rel_path").fetchone()[0]
os.remove(os.path.join(demo, "library", gone))
text = run(imprint, "--catalog", catalog, "backup", backup, expect=1)
check(f"{gone}: missing from the library folder" in text.stderr, f"the missing file is not named:\n{text.stderr}")

# --allow-missing: written without them, each listed.
report = run_json(imprint, "--catalog", catalog, "backup", backup, "--allow-missing")
check(report["ok"] and sorted(report["missing"]) == sorted(outside + [gone]), f"--allow-missing: {report}")
check(run_json(imprint, "verify", backup)["ok"], "the backup with --allow-missing does not verify")
text = run(imprint, "--catalog", catalog, "backup", os.path.join(folder, "again.tar.zst"), "--allow-missing")
check("Second Folder Take.wav: outside the library folder" in text.stderr and "not backed up" in text.stderr,
      f"--allow-missing must still list what is left out:\n{text.stderr}")


# A crafted backup: a good one whose catalog is changed to point an asset outside the library,
# with the manifest made to match, so only the path check can stop it.
def sha256(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


clean = os.path.join(folder, "clean")
run(imprint, "demo", "--out", clean)
good = os.path.join(folder, "good.tar.gz")
run(imprint, "--catalog", os.path.join(clean, "catalog.sqlite"), "backup", good)
for bad_path in ("../../victim.txt", "/etc/hostname"):
    unpacked = os.path.join(folder, "unpacked")
    shutil.rmtree(unpacked, ignore_errors=True)
    with tarfile.open(good) as archive:
        names = archive.getnames()
        archive.extractall(unpacked, filter="data")
    with sqlite3.connect(os.path.join(unpacked, "catalog.sqlite")) as db:
        asset_id = db.execute("SELECT id FROM assets WHERE kind = 'master' ORDER BY id").fetchone()[0]
        db.execute("UPDATE assets SET rel_path = ? WHERE id = ?", (bad_path, asset_id))
    db.close()
    with open(os.path.join(unpacked, "MANIFEST.sha256"), "w", encoding="utf-8") as manifest:
        for name in names:
            if name != "MANIFEST.sha256" and os.path.isfile(os.path.join(unpacked, name)):
                manifest.write(f"{sha256(os.path.join(unpacked, name))}  {name}\n")
    crafted = os.path.join(folder, "crafted.tar.gz")
    with tarfile.open(crafted, "w:gz") as archive:
        for name in names:
            if os.path.isfile(os.path.join(unpacked, name)):
                archive.add(os.path.join(unpacked, name), arcname=name, recursive=False)
    target = os.path.join(folder, "restored")
    report = run_json(imprint, "restore", crafted, target, expect=1)
    check(f"assets, id {asset_id}: path \"{bad_path}\"" in report["error"] and not os.path.exists(target),
          f"a backup pointing outside its library must be refused, naming the row: {report}")
    check(any(p["path"] == "catalog.sqlite" and p["status"] == "invalid" for p in report["problems"]),
          f"problems of the crafted backup: {report['problems']}")
check(run_json(imprint, "restore", good, os.path.join(folder, "restored-good"))["ok"], "the good backup")
print("1 passed, 0 failed")
