#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Imprint contributors
"""Imprint speaks the user's language: with LANGUAGE=de its messages are German."""
import os
import re
import subprocess
import sys

from common import check, run, write_wav

imprint, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
catalog = os.path.join(work, "german.sqlite")
for stale in (catalog, catalog + "-wal", catalog + "-shm"):
    if os.path.exists(stale):
        os.remove(stale)
german = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}

missing = run(imprint, "--catalog", catalog, "import", os.path.join(work, "nirgendwo"), env=german, expect=1)
check("Ordner" in missing.stderr, f"expected a German message, got:\n{missing.stderr}")
english = run(imprint, "--catalog", catalog, "import", os.path.join(work, "nirgendwo"), expect=1)
check("no such folder" in english.stderr, f"expected English without LANGUAGE, got:\n{english.stderr}")

# Messages of namespace-level code (a CSV row's reason, a rights report's refusal) are looked up
# under the context lupdate filed them under, so they are German too.
bad_csv = os.path.join(work, "german-bad.csv")
with open(bad_csv, "w", encoding="utf-8") as out:
    out.write("track_id,title,isrc\n1,,\n")
csv = run(imprint, "--catalog", catalog, "import-metadata", bad_csv, "--dry-run", env=german, expect=1)
check("der Titelname ist leer" in csv.stdout + csv.stderr, f"expected the row's reason in German, got:\n{csv.stdout}{csv.stderr}")
report = run(imprint, "--catalog", catalog, "rights-report", "--track", "999", env=german, expect=1)
check("Im Katalog gibt es keinen Titel" in report.stderr, f"expected a German refusal, got:\n{report.stderr}")

# Numbers in the user's format: levels in German have a decimal comma, in English a point.
takes = os.path.join(work, "german-takes")
os.makedirs(takes, exist_ok=True)
write_wav(os.path.join(takes, "Salz.wav"), seed=3)
run(imprint, "--catalog", catalog, "import", takes, env=german)
levels = {}
for language, env, point in (("German", german, ","), ("English", {}, ".")):
    merged = dict(os.environ)
    merged.update(env)
    result = subprocess.run([imprint, "--catalog", catalog, "check", "--profile", "streaming"],
                            capture_output=True, text=True, env=merged, timeout=300)
    check(result.returncode in (0, 1), f"check in {language}: exit {result.returncode}\n{result.stderr}")
    found = re.search(r"\[(−?\d+)(\D)(\d) LUFS, −?\d+(\D)\d dBTP\]", result.stdout)
    check(found and found.group(2) == point and found.group(4) == point,
          f"levels in {language} want a decimal {point!r}:\n{result.stdout}")
    levels[language] = found.group(1) + found.group(3)
check(levels["German"] == levels["English"], f"the same level differs by language: {levels}")
print("4 passed, 0 failed")
