#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Issue 17, item 7: a catalog takes folders from anywhere and still backs up every file.
import refuses a folder outside the library unless --copy, which copies its files into the
library (verified, originals untouched); a catalog that refers to files outside its library (made
before imports copied) is fixed by consolidate, which the refused backup names; the backup then
holds every file and restores with it. With --team, on a team catalog on the throwaway PostgreSQL
server (issue 16), whose backup restores as a catalog file."""
import os
import shutil
import sys

from common import check, connect, library_folder, run, run_json, script_catalog, write_wav

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "import-copy-team" if "--team" in sys.argv[3:] else "import-copy")
shutil.rmtree(folder, ignore_errors=True)
library, takes, old = (os.path.join(folder, name) for name in ("Library", "Suno Downloads", "Old Takes"))
for path in (library, os.path.join(takes, "week 2"), old):
    os.makedirs(path)
write_wav(os.path.join(library, "First.wav"), seed=1)
write_wav(os.path.join(takes, "week 2", "Second.wav"), seed=2)
write_wav(os.path.join(old, "Third.wav"), seed=3)
catalog, team = script_catalog(folder, "import_copy")
library_folder(imprint, catalog, team, library)
run_json(imprint, "--catalog", catalog, "import", library)


def read(path):
    with open(path, "rb") as source:
        return source.read()


def stored_paths():
    with connect(catalog) as db:
        paths = sorted(row[0] for row in db.execute("SELECT rel_path FROM assets"))
    db.close()
    return paths


# Without --copy: refused, naming the folder, the library and the option; nothing stored.
text = run(imprint, "--catalog", catalog, "import", takes, expect=1)
check(takes in text.stderr and library in text.stderr and "--copy" in text.stderr,
      f"the refusal must name the folder, the library and --copy:\n{text.stderr}")
check(stored_paths() == ["First.wav"], f"a refused import stored something: {stored_paths()}")

# With --copy: the take is in the library, byte for byte, and the original where it was.
report = run_json(imprint, "--catalog", catalog, "import", takes, "--copy")
check(report["added"] == 1 and report["failed"] == 0, f"import --copy: {report}")
copy = os.path.join(library, "Suno Downloads", "week 2", "Second.wav")
original = os.path.join(takes, "week 2", "Second.wav")
check(read(copy) == read(original), "the copy differs from the original")
check(os.stat(copy).st_mtime_ns // 1_000_000 == os.stat(original).st_mtime_ns // 1_000_000,
      "the copy does not keep the original's time")
check(stored_paths() == ["First.wav", "Suno Downloads/week 2/Second.wav"], f"stored: {stored_paths()}")
check(not [n for n in os.listdir(os.path.dirname(copy)) if n.startswith(".")], "a temporary copy was left")
report = run_json(imprint, "--catalog", catalog, "import", takes, "--copy")
check(report["added"] == 0 and report["unchanged"] == 1, f"importing the folder again: {report}")
help_text = run(imprint, "import", "--help").stdout
check("--copy" in help_text, f"import --help does not list --copy:\n{help_text}")

# A catalog from before: a file beside the library, stored as "../Old Takes/Third.wav".
run_json(imprint, "--catalog", catalog, "import", old, "--copy")
os.remove(os.path.join(library, "Old Takes", "Third.wav"))
with connect(catalog) as db:
    db.execute("UPDATE assets SET rel_path = '../Old Takes/Third.wav' WHERE rel_path = 'Old Takes/Third.wav'")
db.close()
backup = os.path.join(folder, "backup.tar.zst")
text = run(imprint, "--catalog", catalog, "backup", backup, expect=1)
check("../Old Takes/Third.wav" in text.stderr and "imprint consolidate" in text.stderr,
      f"the refused backup must name the file and consolidate:\n{text.stderr}")

report = run_json(imprint, "--catalog", catalog, "consolidate")
check(report["outside"] == 1 and report["copied"] == 1 and not report["problems"], f"consolidate: {report}")
check(read(os.path.join(library, "Old Takes", "Third.wav")) == read(os.path.join(old, "Third.wav")),
      "the consolidated copy differs from the original")
check(os.path.exists(os.path.join(old, "Third.wav")), "consolidate removed the original")
text = run(imprint, "--catalog", catalog, "consolidate")
check("Every file the catalog refers to is in its library folder." in text.stdout, f"again:\n{text.stdout}")

# Every file is in the backup now, and comes back with a restore.
report = run_json(imprint, "--catalog", catalog, "backup", backup)
check(report["ok"] and report["files"] == 3 and not report["missing"], f"backup: {report}")
restored = os.path.join(folder, "restored")
check(run_json(imprint, "restore", backup, restored)["ok"], "restore")
for relative in ("First.wav", "Suno Downloads/week 2/Second.wav", "Old Takes/Third.wav"):
    check(os.path.isfile(os.path.join(restored, "library", relative)), f"not restored: {relative}")

# A file that is gone cannot be copied: named, exit 1.
with connect(catalog) as db:
    db.execute("UPDATE assets SET rel_path = '../Gone/Fourth.wav' WHERE rel_path = 'Old Takes/Third.wav'")
db.close()
text = run(imprint, "--catalog", catalog, "consolidate", expect=1)
check("Fourth.wav: the file is missing" in text.stderr, f"a missing file must be named:\n{text.stderr}")
print("1 passed, 0 failed")
