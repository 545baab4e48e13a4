#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""A folder with a corrupt, a truncated and a non-audio file: each is reported with its reason,
the rest is imported, and the exit status says not everything could be read (1, as for check).
A missing folder is a clear error."""
import os
import shutil
import sys

from common import check, run, run_json

imprint, work = sys.argv[1], sys.argv[2]
folder = os.path.join(work, "bad-input")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(folder)
good = os.path.join(work, "demo", "library", "Nova Lark", "Glass Harbour", "01 Glass Harbour.flac")
shutil.copy(good, os.path.join(folder, "good.flac"))
with open(good, "rb") as source, open(os.path.join(folder, "truncated.flac"), "wb") as target:
    data = source.read()
    target.write(data[: len(data) // 3])
with open(os.path.join(folder, "corrupt.wav"), "wb") as target:
    target.write(b"RIFF\x00\x00\x00\x00WAVEjunk" + bytes(1000))
with open(os.path.join(folder, "notes.txt"), "w") as target:
    target.write("lyrics draft\n")

catalog = os.path.join(folder, "catalog.sqlite")
summary = run_json(imprint, "--catalog", catalog, "import", folder, expect=1)
check(summary["added"] == 1, f"expected the good file imported: {summary}")
check(summary["failed"] == 2 and summary["skipped"] == 1, f"expected 2 failed, 1 skipped: {summary}")
reported = {os.path.basename(p["path"]): p["reason"] for p in summary["problems"]}
check(set(reported) == {"truncated.flac", "corrupt.wav", "notes.txt"}, f"reported: {reported}")
check("truncated" in reported["truncated.flac"], f"reason for truncated.flac: {reported['truncated.flac']}")

text = run(imprint, "--catalog", catalog, "import", folder, expect=1)
check("truncated.flac" in text.stderr and "corrupt.wav" in text.stderr, f"text mode must name the files:\n{text.stderr}")

# Only the files that could not be read make it 1: a non-audio file alone is skipped, exit 0.
os.remove(os.path.join(folder, "truncated.flac"))
os.remove(os.path.join(folder, "corrupt.wav"))
clean = run_json(imprint, "--catalog", catalog, "import", folder)
check(clean["failed"] == 0 and clean["skipped"] == 1, f"expected only notes.txt skipped: {clean}")

missing = run(imprint, "--catalog", catalog, "import", os.path.join(folder, "nowhere"), expect=1)
check("nowhere" in missing.stderr, f"a missing folder must be named:\n{missing.stderr}")

# A backup that misses a library file is done only in part, so exit 1 too, with the file named.
os.remove(os.path.join(folder, "good.flac"))
archive = os.path.join(work, "bad-input-backup.tar.zst")
if os.path.exists(archive):
    os.remove(archive)
backup = run(imprint, "--catalog", catalog, "backup", archive, expect=1)
check("good.flac" in backup.stderr and "missing" in backup.stderr, f"the missing file must be named:\n{backup.stderr}")
print("1 passed, 0 failed")
