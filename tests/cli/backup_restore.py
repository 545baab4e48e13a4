#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""imprint backup/restore on the demo catalog: the restored catalog lists the same tracks, every
restored file hashes the same, and a truncated backup is refused naming what is missing, with
nothing left behind (not even the folders made above the target); a bomb is refused fast. With
--team, the demo is backed up from a team catalog on the throwaway PostgreSQL server (issue 16)
and restores as a catalog file."""
import hashlib
import io
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import time

from common import catalog_sql, check, library_folder, run, run_json, script_catalog

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "archive"))
import hostile  # noqa: E402  the archive tests' builders of hostile archives

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "backup-team" if "--team" in sys.argv[3:] else "backup")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
# A demo catalog of its own: other tests analyse the shared one (storing content hashes) while
# this one runs, and the whole-catalog comparison below must see only what the backup saw.
demo = os.path.join(folder, "demo")
run(imprint, "demo", "--out", demo)
catalog, team = script_catalog(demo, "backup")
if team:
    run(imprint, "copy-catalog", os.path.join(demo, "catalog.sqlite"), catalog)
    library_folder(imprint, catalog, team, os.path.join(demo, "library"), expect=1)  # the edited document


def sha256(path):
    with open(path, "rb") as source:
        return hashlib.sha256(source.read()).hexdigest()


def assets(catalog_path):
    """The catalog's library folder on this computer and its files (sorted here: a server's
    collation may order them otherwise)."""
    root = (os.path.join(demo, "library") if catalog_path.startswith("postgresql://") else
            catalog_sql(catalog_path, "SELECT value FROM settings WHERE key = 'library_root'")[0][0])
    return root, sorted(row[0] for row in catalog_sql(catalog_path, "SELECT rel_path FROM assets"))


backup = os.path.join(folder, "demo.tar.zst")
report = run_json(imprint, "--catalog", catalog, "backup", backup)
check(report["ok"] and report["files"] == 35 and report["tracks"] == 14 and not report["missing"],
      f"backup report: {report}")
check(os.path.isfile(backup) and not os.path.exists(backup + ".partial"), "the backup is not in place")
check(run_json(imprint, "verify", backup)["ok"], "the backup does not verify")
listing = subprocess.run(["bsdtar", "-tf", backup], capture_output=True, text=True)
check(listing.returncode == 0 and listing.stdout.splitlines()[0] == "backup.json",
      f"bsdtar cannot list the backup, or backup.json is not first:\n{listing.stderr}")
# Every file the catalog refers to is in it, documents included: the licence waiting in the
# demo's Inbox (README: the user drops it on its clearance item) and the attached ones.
packaged = set(listing.stdout.splitlines())
documents = [row[0] for row in catalog_sql(catalog, "SELECT rel_path FROM assets WHERE kind = 'document'")]
check("library/Inbox/Suno commercial licence - Harbour Lights.pdf" in packaged,
      f"the Inbox licence is not in the backup: {sorted(packaged)}")
check(len(documents) >= 6 and all("library/" + path in packaged for path in documents),
      f"documents missing from the backup: {[p for p in documents if 'library/' + p not in packaged]}")

restored = os.path.join(folder, "restored")
report = run_json(imprint, "restore", backup, restored)
check(report["ok"] and report["tracks"] == 14 and report["files"] == 35, f"restore report: {report}")
restored_catalog = os.path.join(restored, "catalog.sqlite")
before = run_json(imprint, "--catalog", catalog, "tracks")
after = run_json(imprint, "--catalog", restored_catalog, "tracks")
check(before == after, f"the restored catalog lists other tracks:\n{before}\n{after}")
# The whole catalog, not only its tracks: the metadata exports match byte for byte.
exports = []
for name, path in (("before.json", catalog), ("after.json", restored_catalog)):
    run(imprint, "--catalog", path, "export-metadata", os.path.join(folder, name))
    with open(os.path.join(folder, name), "rb") as source:
        exports.append(source.read())
check(exports[0] == exports[1], "the restored catalog's metadata export differs from the original's")

root, paths = assets(catalog)
new_root, new_paths = assets(restored_catalog)
check(os.path.realpath(new_root) == os.path.realpath(os.path.join(restored, "library")),
      f"the restored library root is {new_root}")
check(paths == new_paths and len(paths) == 35, "the restored catalog lists other assets")
for path in paths:
    check(sha256(os.path.join(root, path)) == sha256(os.path.join(new_root, path)), f"{path} differs")
check(sorted(os.listdir(restored)) == ["catalog.sqlite", "library"] or
      set(os.listdir(restored)) <= {"catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm", "library"},
      f"unexpected files in the restore: {os.listdir(restored)}")

# Into a folder that is not empty: refused, nothing changed.
text = run(imprint, "restore", backup, restored, expect=1)
check("empty" in text.stderr, f"restoring over files must be refused:\n{text.stderr}")

# A backup cut in half: a clear error naming what is missing, and nothing written.
truncated = os.path.join(folder, "truncated.tar.zst")
with open(backup, "rb") as source, open(truncated, "wb") as target:
    target.write(source.read()[: os.path.getsize(backup) // 2])
target_dir = os.path.join(folder, "from-truncated")
report = run_json(imprint, "restore", truncated, target_dir, expect=1)
check(report["error"] and not os.path.exists(target_dir), f"a truncated backup left files: {report}")
statuses = {p["path"]: p["status"] for p in report["problems"]}
check(statuses.get("MANIFEST.sha256") == "missing" and statuses.get("catalog.sqlite") is None,
      f"problems of a truncated backup: {statuses}")
check(any(s in ("missing", "truncated") and p.startswith("library/") for p, s in statuses.items()),
      f"the missing library files are not named: {statuses}")
check(not [n for n in os.listdir(folder) if n.startswith(".")], f"leftovers: {os.listdir(folder)}")
text = run(imprint, "restore", truncated, target_dir, expect=1)
check("MANIFEST.sha256: missing" in text.stderr, f"the text report names no entries:\n{text.stderr}")

# A failed restore takes back the folders it made above the target, and only those: refused
# while unpacking (the truncated backup) or afterwards (a file that differs from the manifest).
gz_backup = os.path.join(folder, "demo.tar.gz")
run_json(imprint, "--catalog", catalog, "backup", gz_backup)
damaged = os.path.join(folder, "damaged.tar.gz")
with tarfile.open(gz_backup) as source, tarfile.open(damaged, "w:gz") as target:
    for member in source.getmembers():
        data = source.extractfile(member).read() if member.isfile() else None
        if member.name.startswith("library/") and data:
            data = bytes([data[0] ^ 0xFF]) + data[1:]
        target.addfile(member, io.BytesIO(data) if data is not None else None)
for broken, status in ((truncated, "missing"), (damaged, "mismatch")):
    nested = os.path.join(folder, "new-parent", "nested", "restored")
    report = run_json(imprint, "restore", broken, nested, expect=1)
    check(any(p["status"] == status for p in report["problems"]), f"{broken}: {report}")
    check(not os.path.exists(os.path.join(folder, "new-parent")) and os.path.isdir(folder),
          f"{broken}: a failed restore left the folders it created: {os.listdir(folder)}")

# A bomb: 4 GiB of zeros in a .tar.zst of 128 KB. Unpacking refuses it by its compression ratio,
# and the diagnosis after the refusal must keep to the same limits instead of inflating it all.
bomb = os.path.join(folder, "bomb.tar.zst")
hostile.main("tar-zst-bomb", bomb)
before = resource.getrusage(resource.RUSAGE_CHILDREN)
started = time.monotonic()
report = run_json(imprint, "restore", bomb, os.path.join(folder, "from-bomb"), expect=1)
elapsed = time.monotonic() - started
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
os.remove(bomb)
check("ratio" in report["error"] and "catalog.sqlite" in report["error"], f"bomb: {report}")
# Inflating and hashing 4 GiB takes tens of seconds of CPU; stopping at the limit, well under one.
check(cpu < 5 and elapsed < 60, f"refusing the bomb took {cpu:.1f} s of CPU ({elapsed:.1f} s): "
      "it was decompressed in full")
check(not os.path.exists(os.path.join(folder, "from-bomb")), "the bomb left a folder")

run(imprint, "backup", expect=2)
run(imprint, "restore", backup, expect=2)
print("1 passed, 0 failed")
